"""Returns against a receipt: a credit note in the register's series, goods back in stock,
the refund by the original tender or as store credit.

Each returned line refunds its share of what was actually paid for it (after line and
ticket discounts): the share of what is left of the line, the last return taking the
remainder (kernel.sales.refunds), so returning everything, at once or a piece at a time,
refunds exactly the receipt's total before stamp duty and brings its VAT back to zero
(Algeria's duty on the original cash payment is not refunded).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from uuid import UUID

from erp_desktop.app.bridge import chart_of, move_stock
from erp_desktop.app.changes import Changed, Done
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.documents.finalize import InTransaction, finalize
from erp_desktop.app.events import Event
from erp_desktop.kernel.documents import SaleDocument, SaleLine, payments_of
from erp_desktop.kernel.errors import ConflictError, NotFound, ValidationError
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.inventory.movements import MovementKind
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.permissions import Permission
from erp_desktop.kernel.sales.refunds import refund_of_line

REFUND_TENDERS = ("cash", "card", "cheque", "transfer", "store_credit")


@dataclass(frozen=True, slots=True)
class ReturnRequest:
    original_number: str
    quantities: dict[UUID, Decimal]  # original line id -> quantity returned
    refund_tender: str = "original"  # "original" or one of REFUND_TENDERS
    reference: str = ""


def return_sale(deps: Deps, actor: Actor, request: ReturnRequest) -> Done[SaleDocument]:
    actor.require(Permission.SALES_RETURN)
    if actor.register_id is None:
        raise ValidationError("common.required", field="register")
    if not request.quantities:
        raise ValidationError("sales.empty_document")
    with deps.store.transaction(actor.user_id) as tx:
        original = tx.sales.sale_by_number(request.original_number.strip())
        if original is None:
            raise NotFound("sales.document_not_found", number=request.original_number)
        if original.kind == "credit_note" or original.status != "final":
            raise ConflictError("sales.not_returnable", number=original.number)
        register = tx.org.register(actor.register_id)
        session = tx.till.current_session(register.id)
        if session is None:
            raise ConflictError("sales.no_open_session", register=register.code)
        cur = original.currency
        by_id = {ln.id: ln for ln in original.lines}
        now = deps.now()
        credit_id = new_id()
        warehouse = tx.org.default_warehouse(register.branch_id)
        lines: list[SaleLine] = []
        revenue: dict[Decimal, tuple[Money, Money]] = {}
        cost = Decimal(0)
        for position, (line_id, qty) in enumerate(request.quantities.items(), start=1):
            line = by_id.get(line_id)
            if line is None:
                raise ValidationError(
                    "sales.invalid_return_quantity", line=str(line_id), quantity=str(qty)
                )
            back = refund_of_line(
                line.quantity,
                line.figures,
                line.returned,
                line.refunded,
                qty,
                line.position,
            )
            base = Money.from_minor(back.base_minor, cur)
            vat = Money.from_minor(back.vat_minor, cur)
            discount = Money.from_minor(back.discount_minor, cur)
            b, v = revenue.get(line.vat_rate, (Money.zero(cur), Money.zero(cur)))
            revenue[line.vat_rate] = (b + base, v + vat)
            move_stock(
                deps,
                tx,
                warehouse_id=warehouse,
                branch_id=register.branch_id,
                product_id=line.product_id,
                kind=MovementKind.RETURN,
                quantity=qty,
                unit_cost=line.unit_cost,
                document_type="credit_note",
                document_id=credit_id,
                actor_id=actor.user_id,
            )
            cost += line.unit_cost * qty
            lines.append(
                SaleLine(
                    id=new_id(),
                    position=position,
                    product_id=line.product_id,
                    description=line.description,
                    quantity=qty,
                    unit_price=line.unit_price,
                    vat_rate=line.vat_rate,
                    discount=discount,
                    base=base,
                    vat=vat,
                    unit_cost=line.unit_cost,
                    returned_line_id=line.id,
                )
            )
        refund = sum((b + v for b, v in revenue.values()), Money.zero(cur))
        tender = _refund_tender(original, request.refund_tender)
        if tender == "store_credit":
            if original.customer_id is None:
                raise ValidationError("common.required", field="customer")
            tx.customers.change_store_credit(original.customer_id, refund.to_minor(), now)
        zero = Money.zero(cur)
        draft = SaleDocument(
            id=credit_id,
            kind="credit_note",
            number="",
            series="",
            sequence=0,
            status="final",
            register_id=register.id,
            session_id=session.id,
            branch_id=register.branch_id,
            customer_id=original.customer_id,
            issued_at=now,
            currency=cur,
            rate=Decimal(1),
            price_mode=original.price_mode,
            base=sum((b for b, _ in revenue.values()), zero),
            vat=sum((v for _, v in revenue.values()), zero),
            discount=sum((ln.discount for ln in lines), zero),
            stamp_duty=zero,
            rounding=zero,
            total=refund,
            change=zero,
            cost=Money.of(cost, cur).amount,
            original_id=original.id,
            previous_hash="",
            hash="",
            cashier_id=actor.user_id,
            lines=tuple(lines),
            payments=payments_of(credit_id, [(tender, refund, Decimal(1), request.reference)]),
        )
        steps = InTransaction(deps, tx, actor.user_id, now, register)
        credit, _entry = finalize(steps, draft, chart_of(tx))
        number = credit.number
    deps.bus.publish(
        Event("sales.return_completed", {"credit_note": number, "original": original.number})
    )
    return Done(
        credit,
        frozenset(
            {
                Changed.SALES,
                Changed.STOCK,
                Changed.JOURNAL,
                Changed.OUTBOX,
                Changed.CASH_SESSION,
                Changed.CUSTOMERS,
            }
        ),
    )


def _refund_tender(original: SaleDocument, wanted: str) -> str:
    """The original tender is the one that paid most of the receipt (cash if it was split)."""
    if wanted != "original":
        if wanted not in REFUND_TENDERS:
            raise ValidationError("posting.unknown_tender", kind=wanted)
        return wanted
    local = [p for p in original.payments if p.currency == original.currency]
    if not local or any(p.tender == "cash" for p in original.payments):
        return "cash"
    return max(local, key=lambda p: p.amount.to_minor()).tender


def find_receipt(deps: Deps, actor: Actor, number: str) -> SaleDocument:
    """The receipt a customer brings back (scanned from its QR code or typed), with what
    was already returned on each line."""
    actor.require(Permission.SALES_RETURN)
    with deps.store.read() as tx:
        sale = tx.sales.sale_by_number(number.strip())
    if sale is None:
        raise NotFound("sales.document_not_found", number=number.strip())
    if sale.kind == "credit_note" or sale.status != "final":
        raise ConflictError("sales.not_returnable", number=sale.number)
    return sale
