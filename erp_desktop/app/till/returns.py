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
from erp_desktop.app.crm.loyalty import give_back_points_in
from erp_desktop.app.deps import Deps
from erp_desktop.app.documents.finalize import InTransaction, finalize
from erp_desktop.app.events import Event
from erp_desktop.app.ports import UnitOfWork
from erp_desktop.kernel.documents import SaleDocument, SaleLine, payments_of
from erp_desktop.kernel.errors import ConflictError, NotFound, ValidationError
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.inventory.movements import MovementKind
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.permissions import Permission
from erp_desktop.kernel.sales.on_account_returns import (
    RETURNED_CREDIT,
    cumulative_share,
    over_dues,
)
from erp_desktop.kernel.sales.refunds import refund_of_line

REFUND_TENDERS = ("cash", "card", "cheque", "transfer", "store_credit", "on_account")


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
        shares = _shares(original, refund)
        tender = _refund_tender(original, request.refund_tender)
        account = _on_account(tx, original, refund, shares[0], tender == "on_account")
        points = Money.from_minor(shares[1], cur)
        zero = Money.zero(cur)
        rest = refund - sum((m for _, m in account), zero) - points
        if tender == "on_account":
            tender = "cash"  # nothing is left: the whole refund went on account
        if tender == "store_credit" and not rest.is_zero():
            if original.customer_id is None:
                raise ValidationError("common.required", field="customer")
            tx.customers.change_store_credit(original.customer_id, rest.to_minor(), now)
        tenders = [("on_account", m, Decimal(1), ref) for ref, m in account]
        if not points.is_zero():
            tenders.append(("points", points, Decimal(1), ""))
        if not rest.is_zero() or not tenders:
            tenders.append((tender, rest, Decimal(1), request.reference))
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
            payments=payments_of(credit_id, tenders),
        )
        steps = InTransaction(deps, tx, actor.user_id, now, register)
        credit, _entry = finalize(steps, draft, chart_of(tx))
        number = credit.number
        give_back_points_in(deps, tx, credit, original)
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


def _shares(original: SaleDocument, refund: Money) -> tuple[int, int]:
    """What of this refund goes back on account and as points (minor units): the same
    cumulative share of the ticket's on-account part and points tender as of its total."""
    refundable = sum(ln.base.to_minor() + ln.vat.to_minor() for ln in original.lines)
    before = sum(ln.refunded.base_minor + ln.refunded.vat_minor for ln in original.lines)
    paid_by_points = sum(p.amount.to_minor() for p in original.payments if p.tender == "points")
    return (
        cumulative_share(original.on_account.to_minor(), refundable, before, refund.to_minor()),
        cumulative_share(paid_by_points, refundable, before, refund.to_minor()),
    )


def _on_account(
    tx: UnitOfWork, original: SaleDocument, refund: Money, share: int, all_of_it: bool
) -> list[tuple[str, Money]]:
    """(due date or ``credit``, amount) the return credits to the customer's account: its
    share of the ticket's on-account part (all of the refund when the cashier asks for it),
    spread over the due dates still owed, what the ticket no longer has open (it was paid)
    as the customer's unallocated credit."""
    cur = original.currency
    if all_of_it and original.on_account.is_zero():
        raise ValidationError("sales.not_on_account", number=original.number)
    if original.on_account.is_zero() or original.customer_id is None:
        return []
    returned = dict(tx.receivables.returned_on_account(original.id))
    left = original.on_account.to_minor() - sum(returned.values())
    amount = refund.to_minor() if all_of_it else min(share, left)
    if amount > left:
        raise ValidationError(
            "sales.refund_exceeds_on_account", amount=str(Money.from_minor(amount, cur).amount)
        )
    item = next(
        (i for i in tx.receivables.open_items(original.customer_id) if i.invoice_id == original.id),
        None,
    )
    open_minor = max(0, item.open.to_minor()) if item is not None else 0
    reduce = min(amount, open_minor)
    dues: dict[str, int] = {}
    for p in original.payments:
        if p.tender == "on_account":
            dues[p.reference] = dues.get(p.reference, 0) + p.amount.to_minor()
    owed = sorted((d, m - returned.get(d, 0)) for d, m in dues.items())
    parts = [(d, Money.from_minor(m, cur)) for d, m in over_dues(reduce, owed)]
    if amount > reduce:
        parts.append((RETURNED_CREDIT, Money.from_minor(amount - reduce, cur)))
    return parts


def _refund_tender(original: SaleDocument, wanted: str) -> str:
    """The original tender is the one that paid most of the receipt (cash if it was split);
    what a ticket left on account or paid in points goes back that way on its own."""
    if wanted != "original":
        if wanted not in REFUND_TENDERS:
            raise ValidationError("posting.unknown_tender", kind=wanted)
        return wanted
    local = [
        p
        for p in original.payments
        if p.currency == original.currency and p.tender not in ("on_account", "points")
    ]
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
