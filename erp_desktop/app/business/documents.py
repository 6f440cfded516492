"""The life of a sale to a business: quote → sales order → delivery notes → invoice, credit
notes, cancellations; each step one local transaction through the one finalize step
(app.documents.finalize: number in the branch's series of its kind, insert, post from the
payload queued, queue).

- A quote or an order is written from lines (goods at the product's price, less the
  customer's discount, or services at a typed price); an order made from a quote copies it.
- An order reserves its goods until delivered (``tx.business.reserved``).
- A delivery note takes quantities of the order's lines (never more than is left), and moves
  the stock out at average cost; what is left is the backorder.
- An invoice bills what was delivered and not yet invoiced, and the order's services once;
  its due dates come from the customer's terms (or the law's default).
- A credit note takes back quantities of an invoice's lines (exact remainder).
- An unpaid, uncredited invoice is cancelled by reversing its entry; an order or a quote
  with nothing delivered is cancelled (the reservation goes).
- A till ticket becomes a business customer's invoice without selling twice: the invoice
  names the ticket and posts nothing (the ticket posted the sale).

Every refusal is a coded error raised before anything is written.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from uuid import UUID

from erp_desktop.app.bridge import chart_of, move_stock, post_entry
from erp_desktop.app.changes import Changed, Changes, Done
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.documents.finalize import InTransaction, finalize
from erp_desktop.app.events import Event
from erp_desktop.app.ports import ReadView, UnitOfWork
from erp_desktop.app.receivables.credit import check_credit_limit
from erp_desktop.kernel.documents import document_from_payload, payload
from erp_desktop.kernel.documents.business import (
    CUSTOMER_CREDIT_NOTE,
    CUSTOMER_INVOICE,
    DELIVERY_NOTE,
    GOODS,
    QUOTE,
    SALES_ORDER,
    SERVICE,
    BusinessDocument,
    BusinessLineInput,
    DueLine,
    business_document,
)
from erp_desktop.kernel.documents.business_posting import cancellation_entry
from erp_desktop.kernel.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from erp_desktop.kernel.ids import derived_id
from erp_desktop.kernel.inventory.movements import MovementKind
from erp_desktop.kernel.invoicing import credit_notes, flow
from erp_desktop.kernel.invoicing.line_discounts import discount_share
from erp_desktop.kernel.invoicing.terms import (
    PaymentTerms,
    check_due_date,
    check_terms,
    default_terms,
    terms_from_code,
)
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.permissions import Permission
from erp_desktop.kernel.protocol.payloads import validate_payload
from erp_desktop.kernel.sales.totals import Discount
from erp_desktop.kernel.tax.vat import PriceMode

WRITTEN: Changes = frozenset({Changed.SALES, Changed.OUTBOX})
_POSTED: Changes = frozenset({Changed.SALES, Changed.JOURNAL, Changed.OUTBOX})
_MOVED: Changes = frozenset({Changed.SALES, Changed.STOCK, Changed.OUTBOX})
_PRICE = Decimal("0.0001")
INVOICE_ISSUED = "invoicing.invoice_issued"  # what the CRM's customer history listens for


@dataclass(frozen=True, slots=True)
class LineRequest:
    """One line asked for: a product (at its price unless ``unit_price`` is typed) or a
    service (its description and price typed)."""

    quantity: Decimal
    product_id: UUID | None = None
    unit_price: Decimal | None = None  # in the document's price mode
    description: str = ""
    vat_rate: Decimal | None = None  # a service's; a product's comes from its tax class
    # the line's own discount, beside the customer's (which is in the price): a percent or
    # an amount off the line in the document's currency, not both (``sales.invalid_discount``;
    # above the line: ``sales.discount_exceeds_amount``)
    discount_percent: Decimal | None = None
    discount_amount: Decimal | None = None

    def discount(self, currency: str) -> Discount | None:
        if self.discount_percent is None and self.discount_amount is None:
            return None
        off = None if self.discount_amount is None else Money.of(self.discount_amount, currency)
        return Discount(percent=self.discount_percent, amount=off)


@dataclass(frozen=True, slots=True)
class DocumentRequest:
    kind: str  # quote, sales_order, or customer_invoice (services only, without an order)
    customer_id: UUID
    lines: tuple[LineRequest, ...]
    terms: str | None = None  # PaymentTerms.code; None: the customer's, else the law's
    currency: str | None = None  # None: the customer's (else the company's)
    rate: Decimal | None = None  # a foreign currency's; None: the day's rate on the replica
    due_on: date | None = None  # an invoice's one due date agreed for it, over the terms
    # receivables: a manager who approved passing the customer's blocking credit limit (PIN)
    approver: Actor | None = None


def with_due_date(
    document: BusinessDocument, due_on: date | None, country: str
) -> BusinessDocument:
    """An invoice due in full on ``due_on`` (refused before the invoice date,
    ``receivables.due_before_invoice``, or past the law's cap); unchanged without one."""
    if due_on is None or document.kind != CUSTOMER_INVOICE:
        return document
    issued = document.issued_on(country)
    check_due_date(issued, due_on)
    terms = PaymentTerms.net((due_on - issued).days)
    check_terms(country, issued, terms)
    due = DueLine(derived_id("due_line", document.id, 0), due_on.isoformat(), document.total)
    return replace(document, terms=terms.code, schedule=(due,))


def _document(tx: ReadView, document_id: UUID, *kinds: str) -> BusinessDocument:
    found = tx.business.business_document(document_id)
    if found is None or (kinds and found.kind not in kinds):
        raise NotFound("common.not_found", entity="business_document", id=str(document_id))
    return found


def _final(document: BusinessDocument, actor: Actor) -> None:
    """Refuses a cancelled document, or one another site issued (each site writes what
    follows its own documents; it sees the others' after a sync)."""
    if document.status != "final":
        raise ConflictError("business.document_cancelled", number=document.number)
    if document.branch_id != actor.branch_id:
        raise PermissionDenied("business.other_site_document", number=document.number)


def terms_of(tx: ReadView, deps: Deps, customer_id: UUID, code: str | None) -> PaymentTerms:
    """The terms typed, else the customer's agreed ones, else the law's default (Morocco's
    60 days), else cash."""
    if code:
        return terms_from_code(code)
    agreed = tx.customers.customer(customer_id).terms
    if agreed:
        return terms_from_code(agreed)
    country = tx.org.company().country
    return default_terms(country, deps.business_date(country)) or PaymentTerms.cash()


def _inputs(
    deps: Deps,
    tx: ReadView,
    request: DocumentRequest,
    mode: PriceMode,
    branch_id: UUID,
    currency: str,
    rate: Decimal,
) -> list[BusinessLineInput]:
    """The kernel's lines: a product at its price (converted to ``mode``, and at ``rate``
    into a foreign document's currency), less the customer's discount, costed at its
    average cost (company currency); a service as typed."""
    company = tx.org.company()
    today = deps.business_date(company.country)
    customer = tx.customers.customer(request.customer_id)
    keep = (Decimal(100) - customer.discount) / Decimal(100)
    warehouse = tx.org.default_warehouse(branch_id)
    lines: list[BusinessLineInput] = []
    for index, ln in enumerate(request.lines, start=1):
        if ln.quantity <= 0:
            raise ValidationError("sales.quantity_not_positive", quantity=str(ln.quantity))
        if ln.product_id is None:
            if ln.unit_price is None or ln.unit_price < 0 or not ln.description.strip():
                raise ValidationError(
                    "sales.invalid_line", line=index, quantity=str(ln.quantity), price="-"
                )
            lines.append(
                BusinessLineInput(
                    ln.quantity,
                    ln.unit_price,
                    ln.vat_rate if ln.vat_rate is not None else Decimal(0),
                    nature=SERVICE,
                    description=ln.description.strip(),
                    discount=ln.discount(currency),
                )
            )
            continue
        product = tx.catalog.product(ln.product_id)
        vat = deps.taxes.vat_rate(company.country, product.tax_class, today).rate
        price = ln.unit_price
        if price is None:
            listed = Money.from_minor(product.price_minor, product.currency).amount
            if product.price_mode != mode.value:
                factor = Decimal(1) + vat / Decimal(100)
                listed = listed * factor if mode is PriceMode.TAX_INCLUDED else listed / factor
            if currency != product.currency:
                listed = listed / rate  # the company's currency per unit of the document's
            price = (listed * keep).quantize(_PRICE, ROUND_HALF_UP)
        lines.append(
            BusinessLineInput(
                ln.quantity,
                price,
                vat,
                product_id=product.id,
                description=product.name,
                unit_cost=tx.stock.stock_position(warehouse, product.id).average_cost,
                discount=ln.discount(currency),
                name_ar=product.name_ar,
            )
        )
    return lines


def issue_in(deps: Deps, tx: UnitOfWork, actor: Actor, draft: BusinessDocument) -> BusinessDocument:
    steps = InTransaction(deps, tx, actor.user_id, deps.now())
    document, _entry = finalize(steps, draft, chart_of(tx))
    return document


def publish_issued(deps: Deps, actor: Actor, document: BusinessDocument) -> None:
    """After the commit: the document issued; an invoice also as ``INVOICE_ISSUED``, the
    seam the customer's history (CRM) listens on, with what it leaves owing."""
    deps.bus.publish(
        Event(
            "business.document_issued",
            {"document_id": str(document.id), "kind": document.kind, "number": document.number},
        )
    )
    if document.kind != CUSTOMER_INVOICE:
        return
    deps.bus.publish(
        Event(
            INVOICE_ISSUED,
            {
                "document_id": str(document.id),
                "customer_id": str(document.customer_id),
                "number": document.number,
                "at": document.issued_at.isoformat(),
                "total_minor": document.total.to_minor(),
                "currency": document.currency,
                # a ticket's invoice was paid at the counter
                "due_minor": 0 if document.ticket_id else document.total.to_minor(),
                "actor_id": str(actor.user_id),
            },
        )
    )


def _rate(
    deps: Deps, tx: UnitOfWork, currency: str, company_currency: str, typed: Decimal | None
) -> Decimal:
    """The document's rate: 1 in the company's currency, else the one typed, else the day's
    rate the replica holds (as the till takes foreign cash)."""
    if currency == company_currency:
        return Decimal(1)
    if typed is not None:
        return typed
    today = deps.business_date(tx.org.company().country)
    rate = tx.catalog.exchange_rate(currency, company_currency, today)
    if rate is None:
        raise ValidationError(
            "money.missing_rate", source=currency, target=company_currency, on=today.isoformat()
        )
    return rate


def issue_document(deps: Deps, actor: Actor, request: DocumentRequest) -> Done[BusinessDocument]:
    """A quote, an order, or an invoice of services (goods are invoiced once delivered)."""
    actor.require(Permission.SALES_INVOICE)
    if request.kind not in (QUOTE, SALES_ORDER, CUSTOMER_INVOICE):
        raise ValidationError("protocol.bad_value", path="kind", expected="a business kind")
    if not request.lines:
        raise ValidationError("sales.empty_document")
    if request.kind == CUSTOMER_INVOICE and any(ln.product_id for ln in request.lines):
        raise ValidationError("business.goods_need_delivery")
    with deps.store.transaction(actor.user_id) as tx:
        company = tx.org.company()
        customer = tx.customers.customer(request.customer_id)
        currency = request.currency or customer.account_currency or company.currency
        mode = _price_mode(tx, request)
        rate = _rate(deps, tx, currency, company.currency, request.rate)
        draft = business_document(
            request.kind,
            number="",
            country=company.country,
            branch_id=actor.branch_id,
            customer_id=request.customer_id,
            issued_at=deps.now(),
            currency=currency,
            lines=_inputs(deps, tx, request, mode, actor.branch_id, currency, rate),
            terms=terms_of(tx, deps, request.customer_id, request.terms),
            rate=rate,
            price_mode=mode,
            catalog=deps.taxes,
        )
        draft = with_due_date(draft, request.due_on, company.country)
        if draft.kind in (SALES_ORDER, CUSTOMER_INVOICE):  # a sale on account (receivables)
            check_credit_limit(tx, draft.customer_id, draft.total, request.approver)
        document = issue_in(deps, tx, actor, draft)
    publish_issued(deps, actor, document)
    return Done(document, _POSTED if document.kind == CUSTOMER_INVOICE else WRITTEN)


def _price_mode(tx: ReadView, request: DocumentRequest) -> PriceMode:
    """Prices as the catalog states them (the first product's mode), else tax excluded."""
    for ln in request.lines:
        if ln.product_id is not None:
            return PriceMode(tx.catalog.product(ln.product_id).price_mode)
    return PriceMode.TAX_EXCLUDED


def _copy(
    source: BusinessDocument,
    quantities: Mapping[UUID, Decimal],
    earlier: Sequence[BusinessDocument] = (),
) -> list[BusinessLineInput]:
    """The source's lines at their price, cost and rate, for the quantities asked, each with
    its share of the source line's own discount (``earlier``: the documents of the same kind
    that took parts of those lines already; the last part takes exactly what is left)."""
    taken_qty: dict[UUID, Decimal] = defaultdict(Decimal)
    taken_off: dict[UUID, Money] = {}
    for doc in earlier:
        for before in doc.lines:
            if before.source_line_id is not None:
                taken_qty[before.source_line_id] += before.quantity
                off = taken_off.get(before.source_line_id, Money.zero(doc.currency))
                taken_off[before.source_line_id] = off + before.discount
    lines = []
    for ln in source.lines:
        qty = quantities.get(ln.id, Decimal(0))
        if qty <= 0:
            continue
        share = discount_share(
            ln, qty, taken_qty[ln.id], taken_off.get(ln.id, Money.zero(source.currency))
        )
        lines.append(
            BusinessLineInput(
                qty,
                ln.unit_price,
                ln.vat_rate,
                product_id=ln.product_id,
                nature=ln.nature,
                description=ln.description,
                unit_cost=ln.unit_cost,
                source_line_id=ln.id,
                discount=share,
                name_ar=ln.name_ar,
                typed_percent=ln.discount_percent,
            )
        )
    return lines


def _following(
    deps: Deps,
    tx: UnitOfWork,
    actor: Actor,
    source: BusinessDocument,
    kind: str,
    lines: list[BusinessLineInput],
) -> BusinessDocument:
    if not lines:
        raise ValidationError("sales.empty_document")
    company = tx.org.company()
    return business_document(
        kind,
        number="",
        country=company.country,
        branch_id=actor.branch_id,
        customer_id=source.customer_id,
        issued_at=deps.now(),
        currency=source.currency,
        lines=lines,
        terms=terms_from_code(source.terms)
        if kind != CUSTOMER_INVOICE
        else terms_of(tx, deps, source.customer_id, None),
        rate=source.rate,
        price_mode=PriceMode(source.price_mode),
        related_id=source.id,
        catalog=deps.taxes,
    )


def order_from_quote(deps: Deps, actor: Actor, quote_id: UUID) -> Done[BusinessDocument]:
    """The customer accepted the quote: an order of all its lines (once)."""
    actor.require(Permission.SALES_INVOICE)
    with deps.store.transaction(actor.user_id) as tx:
        quote = _document(tx, quote_id, QUOTE)
        _final(quote, actor)
        taken = [d for d in tx.business.documents_related_to(quote.id) if d.status == "final"]
        if taken:
            raise ConflictError("business.quote_already_ordered", number=taken[0].number)
        lines = _copy(quote, {ln.id: ln.quantity for ln in quote.lines})
        order = issue_in(deps, tx, actor, _following(deps, tx, actor, quote, SALES_ORDER, lines))
    publish_issued(deps, actor, order)
    return Done(order, WRITTEN)


def deliver(
    deps: Deps, actor: Actor, order_id: UUID, quantities: Mapping[UUID, Decimal]
) -> Done[BusinessDocument]:
    """A delivery note of ``quantities`` (per order line) moving the goods out of the
    branch's warehouse; what is left on the order is its backorder. Goods leave as a sale
    does, so the server asks the same right of its stock movements (``sales.checkout``)."""
    actor.require(Permission.SALES_INVOICE)
    actor.require(Permission.SALES_CHECKOUT)
    with deps.store.transaction(actor.user_id) as tx:
        order = _document(tx, order_id, SALES_ORDER)
        _final(order, actor)
        goods = {ln.id for ln in order.lines if ln.nature == GOODS}
        asked = {line: qty for line, qty in quantities.items() if line in goods and qty > 0}
        earlier = [d for d in tx.business.documents_related_to(order.id) if d.status == "final"]
        notes = [d for d in earlier if d.kind == DELIVERY_NOTE]
        draft = _following(deps, tx, actor, order, DELIVERY_NOTE, _copy(order, asked, notes))
        flow.check_delivery(order, earlier, draft)
        warehouse = tx.org.default_warehouse(actor.branch_id)
        lines = []
        for ln in draft.lines:
            assert ln.product_id is not None
            movement = move_stock(
                deps,
                tx,
                warehouse_id=warehouse,
                branch_id=actor.branch_id,
                product_id=ln.product_id,
                kind=MovementKind.SALE,
                quantity=-ln.quantity,
                unit_cost=None,
                document_type=DELIVERY_NOTE,
                document_id=draft.id,
                actor_id=actor.user_id,
            )
            lines.append(replace(ln, unit_cost=movement.unit_cost))
        note = issue_in(deps, tx, actor, replace(draft, lines=tuple(lines)))
    publish_issued(deps, actor, note)
    return Done(note, _MOVED)


def billable_lines(tx: ReadView, order: BusinessDocument) -> dict[UUID, Decimal]:
    """Per order line: what an invoice may bill now (delivered goods not yet invoiced, and
    services not yet invoiced)."""
    related = [d for d in tx.business.documents_related_to(order.id) if d.status == "final"]
    deliveries = [d for d in related if d.kind == DELIVERY_NOTE]
    invoices = [d for d in related if d.kind == CUSTOMER_INVOICE]
    left = flow.billable(deliveries, invoices)
    billed: dict[UUID, Decimal] = defaultdict(Decimal)
    for inv in invoices:
        for ln in inv.lines:
            if ln.source_line_id is not None:
                billed[ln.source_line_id] += ln.quantity
    found: dict[UUID, Decimal] = {}
    for ln in order.lines:
        qty = left.get(ln.id, Decimal(0)) if ln.nature == GOODS else ln.quantity - billed[ln.id]
        if qty > 0:
            found[ln.id] = qty
    return found


def _delivered_costs(tx: ReadView, order: BusinessDocument) -> dict[UUID, Decimal]:
    """Per order line: the average unit cost its deliveries moved the goods out at."""
    qty: dict[UUID, Decimal] = defaultdict(Decimal)
    value: dict[UUID, Decimal] = defaultdict(Decimal)
    for d in tx.business.documents_related_to(order.id):
        if d.kind != DELIVERY_NOTE or d.status != "final":
            continue
        for ln in d.lines:
            if ln.source_line_id is not None:
                qty[ln.source_line_id] += ln.quantity
                value[ln.source_line_id] += ln.quantity * ln.unit_cost
    return {line: value[line] / qty[line] for line in qty if qty[line]}


def invoice_order(
    deps: Deps,
    actor: Actor,
    order_id: UUID,
    quantities: Mapping[UUID, Decimal] | None = None,
    due_on: date | None = None,
) -> Done[BusinessDocument]:
    """The invoice of what the order delivered and did not bill yet (or of ``quantities``
    per order line, refused beyond that), at the order's prices, due by the terms."""
    actor.require(Permission.SALES_INVOICE)
    with deps.store.transaction(actor.user_id) as tx:
        order = _document(tx, order_id, SALES_ORDER)
        _final(order, actor)
        asked = dict(quantities) if quantities is not None else billable_lines(tx, order)
        costs = _delivered_costs(tx, order)
        related = [d for d in tx.business.documents_related_to(order.id) if d.status == "final"]
        billed = [d for d in related if d.kind == CUSTOMER_INVOICE]
        lines = [
            replace(ln, unit_cost=costs.get(ln.source_line_id, ln.unit_cost))
            if ln.source_line_id is not None and ln.nature == GOODS
            else ln
            for ln in _copy(order, asked, billed)
        ]
        draft = _following(deps, tx, actor, order, CUSTOMER_INVOICE, lines)
        flow.check_invoice(
            draft,
            [d for d in related if d.kind == DELIVERY_NOTE],
            [d for d in related if d.kind == CUSTOMER_INVOICE],
        )
        _check_services(order, draft, related)
        draft = with_due_date(draft, due_on, tx.org.company().country)
        invoice = issue_in(deps, tx, actor, draft)
    publish_issued(deps, actor, invoice)
    return Done(invoice, _POSTED)


def _check_services(
    order: BusinessDocument, invoice: BusinessDocument, related: Sequence[BusinessDocument]
) -> None:
    """A service of the order is billed once, up to its ordered quantity."""
    billed: dict[UUID, Decimal] = defaultdict(Decimal)
    for d in related:
        if d.kind == CUSTOMER_INVOICE:
            for ln in d.lines:
                if ln.source_line_id is not None:
                    billed[ln.source_line_id] += ln.quantity
    ordered = {ln.id: ln for ln in order.lines}
    for ln in invoice.lines:
        source = ordered.get(ln.source_line_id) if ln.source_line_id else None
        if ln.nature != SERVICE or source is None:
            continue
        left = source.quantity - billed[source.id]
        if ln.quantity > left:
            raise ValidationError(
                "receivables.invoice_exceeds_delivered",
                line=ln.position,
                quantity=str(ln.quantity),
                deliverable=str(left),
            )


def credit_invoice(
    deps: Deps,
    actor: Actor,
    invoice_id: UUID,
    quantities: Mapping[UUID, Decimal] | None = None,
    restock: bool = False,
) -> Done[BusinessDocument]:
    """A credit note taking back ``quantities`` per invoice line (all that is left when
    None). With ``restock`` the goods come back into the branch's warehouse at the cost
    they left at, and the note posts that cost back to stock; without it (a price or a
    quality allowance, the goods stay with the customer) its lines carry no cost, so it
    moves no value out of stock either: stock and its account keep agreeing."""
    actor.require(Permission.SALES_INVOICE)
    if restock:
        actor.require(Permission.SALES_RETURN)  # goods in, as the server asks of them
    with deps.store.transaction(actor.user_id) as tx:
        invoice = _document(tx, invoice_id, CUSTOMER_INVOICE)
        _final(invoice, actor)
        if invoice.ticket_id is not None:
            raise ConflictError("business.ticket_invoice_credit", number=invoice.number)
        earlier = [
            d
            for d in tx.business.documents_related_to(invoice.id)
            if d.kind == CUSTOMER_CREDIT_NOTE
        ]
        if quantities is None:
            taken = credit_notes.credited(invoice, earlier)
            quantities = {
                ln.id: ln.quantity - taken.get(ln.id, (Decimal(0), None))[0] for ln in invoice.lines
            }
            quantities = {k: v for k, v in quantities.items() if v > 0}
        country = tx.org.company().country
        draft = credit_notes.credit_note(
            invoice,
            earlier,
            quantities,
            number="",
            country=country,
            issued_at=deps.now(),
            catalog=deps.taxes,
        )
        draft = replace(draft, branch_id=actor.branch_id)
        if restock:
            warehouse = tx.org.default_warehouse(actor.branch_id)
            for ln in draft.lines:
                if ln.nature == GOODS and ln.product_id is not None:
                    move_stock(
                        deps,
                        tx,
                        warehouse_id=warehouse,
                        branch_id=actor.branch_id,
                        product_id=ln.product_id,
                        kind=MovementKind.RETURN,
                        quantity=ln.quantity,
                        unit_cost=ln.unit_cost,
                        document_type=CUSTOMER_CREDIT_NOTE,
                        document_id=draft.id,
                        actor_id=actor.user_id,
                    )
        else:
            lines = tuple(replace(ln, unit_cost=Decimal(0)) for ln in draft.lines)
            draft = replace(draft, lines=lines)
        note = issue_in(deps, tx, actor, draft)
    publish_issued(deps, actor, note)
    return Done(note, _POSTED | _MOVED if restock else _POSTED)


def open_amount_paid(tx: ReadView, invoice: BusinessDocument) -> Money:
    """What payments settled of the invoice (the receivables module's allocations, less
    those of bounced cheques and traites)."""
    return Money.from_minor(tx.receivables.allocated_to(invoice.id), invoice.currency)


def cancel_document(deps: Deps, actor: Actor, document_id: UUID) -> Done[BusinessDocument]:
    """Cancels a quote, an order with nothing delivered, or an unpaid and uncredited invoice
    (by the reversal of its entry); never an edit or a delete."""
    actor.require(Permission.SALES_INVOICE)
    with deps.store.transaction(actor.user_id) as tx:
        document = _document(tx, document_id)
        _final(document, actor)
        following = [
            d for d in tx.business.documents_related_to(document.id) if d.status == "final"
        ]
        if document.kind in (DELIVERY_NOTE, CUSTOMER_CREDIT_NOTE):
            raise ConflictError("business.not_cancellable", number=document.number)
        changes = WRITTEN
        now = deps.now()
        cancelled = replace(document, status="cancelled", cancelled_at=now)
        wire = validate_payload("business_document", payload(cancelled))
        if document.kind == CUSTOMER_INVOICE:
            if following:
                raise ConflictError("business.invoice_credited", number=document.number)
            if not open_amount_paid(tx, document).is_zero():
                raise ValidationError("receivables.invoice_paid", invoice=document.number)
            # the reversal from the payload queued, as the server will make it
            sent = document_from_payload("business_document", wire, document.branch_id)
            assert isinstance(sent, BusinessDocument)
            post_entry(tx, cancellation_entry(chart_of(tx), sent), now)
            changes = _POSTED
        elif following:
            raise ConflictError("business.document_followed", number=following[0].number)
        tx.business.cancel_business_document(document.id, now)  # its cancelled_at: now
        tx.outbox.queue_change(
            "business_document", document.id, wire, deps.hlc.now().encode(), actor.user_id, now
        )
    deps.bus.publish(
        Event(
            "business.document_cancelled",
            {"document_id": str(document.id), "kind": document.kind, "number": document.number},
        )
    )
    return Done(cancelled, changes)
