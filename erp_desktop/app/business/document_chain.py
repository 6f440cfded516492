"""What follows a business document: an order from its quote (all its lines, once),
delivery notes taking quantities of the order's lines (never more than is left) and moving
the stock out at average cost, what is left being the backorder; and the invoice of what
was delivered and not yet invoiced, with the order's services once, due by the customer's
terms (or the law's default). Every refusal is a coded error raised before anything is
written."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal
from uuid import UUID

from erp_desktop.app.bridge import move_stock
from erp_desktop.app.business.documents import (
    MOVED,
    POSTED,
    WRITTEN,
    check_own_final,
    document_of,
    issue_in,
    publish_issued,
    terms_of,
    with_due_date,
)
from erp_desktop.app.changes import Done
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.ports import ReadView, UnitOfWork
from erp_desktop.kernel.documents.business import (
    CUSTOMER_INVOICE,
    DELIVERY_NOTE,
    GOODS,
    QUOTE,
    SALES_ORDER,
    SERVICE,
    BusinessDocument,
    BusinessLineInput,
    business_document,
)
from erp_desktop.kernel.errors import ConflictError, ValidationError
from erp_desktop.kernel.inventory.movements import MovementKind
from erp_desktop.kernel.invoicing import flow
from erp_desktop.kernel.invoicing.line_discounts import discount_share
from erp_desktop.kernel.invoicing.terms import (
    terms_from_code,
)
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.permissions import Permission
from erp_desktop.kernel.tax.vat import PriceMode


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
        quote = document_of(tx, quote_id, QUOTE)
        check_own_final(quote, actor)
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
        order = document_of(tx, order_id, SALES_ORDER)
        check_own_final(order, actor)
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
    return Done(note, MOVED)


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
        order = document_of(tx, order_id, SALES_ORDER)
        check_own_final(order, actor)
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
    return Done(invoice, POSTED)


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
