"""Supplier invoices at head office (issue 14), matched three ways line by line against
the order and what the branches received (kernel.purchasing.matching): a goods line off
the order, not received, invoiced above what arrived beyond the quantity tolerance, or
priced off the order's beyond the price tolerance blocks the invoice for payment until
someone with ``payables.accept_mismatch`` accepts it with a reason (kept on the invoice,
audited by the replica's triggers and the server's, queued again).

The invoice clears "invoices not yet received" at what its goods were received at; the
rest (price difference, the rate's change since the receipt for an import) and the landed
costs (freight, customs, transit, spread over the received lines by value:
kernel.purchasing.invoice_costs, as the receiving branch applies them) go into stock; a foreign-currency invoice is booked at its own rate (the day's
from the replica's rates unless given). Its prices become the supplier's last prices.

Off an order (a market purchase, or services), the invoice names the receipt it bills
(given, or the newest receipt without an order carrying all its goods): the server sends
it down to that receipt's branch, whose average cost takes the difference exactly as an
order's receiving branch does (kernel.purchasing.invoice_costs). What went back to the
supplier before the invoice is not counted as received (kernel.purchasing.matching).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from uuid import UUID

from erp_desktop.app.bridge import chart_of, queue
from erp_desktop.app.changes import Changed, Done
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.documents.finalize import InTransaction, finalize
from erp_desktop.app.ports import ReadView, UnitOfWork
from erp_desktop.kernel.documents import payload
from erp_desktop.kernel.documents.purchase import (
    GOODS,
    SUPPLIER_INVOICE,
    InvoiceLineInput,
    PurchaseOrder,
    PurchaseReceipt,
    SupplierInvoice,
    supplier_invoice,
)
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.ownership import write_refusal
from erp_desktop.kernel.permissions import Permission
from erp_desktop.kernel.purchasing.accounts import purchasing_chart
from erp_desktop.kernel.purchasing.invoice_costs import landed_shares
from erp_desktop.kernel.purchasing.landed_costs import LandedShare
from erp_desktop.kernel.purchasing.matching import (
    MatchProblem,
    ReceivedGoods,
    accept,
    received_goods,
    three_way_match,
    with_received_costs,
)
from erp_desktop.kernel.purchasing.suppliers import with_last_price

INVOICE_CHANGES = frozenset({Changed.PURCHASING, Changed.JOURNAL, Changed.OUTBOX})


@dataclass(frozen=True, slots=True)
class InvoiceLineEntry:
    quantity: Decimal
    unit_price: Decimal  # tax excluded, the invoice's currency
    nature: str = GOODS  # or freight, customs, transit
    product_id: UUID | None = None
    vat_rate: Decimal | None = None  # None: the product's rate (landed costs: 0)
    description: str = ""


@dataclass(frozen=True, slots=True)
class InvoiceEntry:
    supplier_id: UUID
    supplier_number: str
    lines: Sequence[InvoiceLineEntry]
    order_id: UUID | None = None
    receipt_id: UUID | None = None  # off an order: the receipt it bills (a market purchase)
    currency: str | None = None  # None: the supplier's
    rate: Decimal | None = None  # None: the replica's rate of the day
    stamp_duty: Decimal = Decimal(0)  # what the supplier billed (Tunisia's droit de timbre)
    issued_at: datetime | None = None  # None: now


@dataclass(frozen=True, slots=True)
class InvoiceOutcome:
    invoice: SupplierInvoice
    problems: tuple[MatchProblem, ...]
    landed: tuple[LandedShare, ...]  # each goods line's share of the landed costs


def _receipts(
    tx: ReadView, supplier_id: UUID, order: PurchaseOrder | None, receipt_id: UUID | None = None
) -> list[PurchaseReceipt]:
    if order is not None:
        return tx.purchasing.receipts_of_order(order.id)
    if receipt_id is not None:  # the market purchase it bills
        return [tx.purchasing.purchase_receipt(receipt_id)]
    return [r for r in tx.purchasing.receipts_of_supplier(supplier_id, 500) if r.order_id is None]


def _received(tx: ReadView, receipts: list[PurchaseReceipt]) -> dict[UUID, ReceivedGoods]:
    """What arrived less what went back before the invoice (the supplier bills the rest)."""
    returns = tx.purchasing.returns_of_receipts([r.id for r in receipts])
    return received_goods(receipts, returns)


def _invoiced_before(tx: ReadView, order: PurchaseOrder | None) -> dict[UUID, Decimal]:
    billed: dict[UUID, Decimal] = {}
    for inv in tx.purchasing.invoices_of_order(order.id) if order else []:
        for ln in inv.lines:
            key = ln.order_line_id or ln.product_id
            if ln.nature == GOODS and key is not None:
                billed[key] = billed.get(key, Decimal(0)) + ln.quantity
    return billed


def enter_supplier_invoice(deps: Deps, actor: Actor, entry: InvoiceEntry) -> Done[InvoiceOutcome]:
    """Matches, books and queues a supplier's invoice (blocked or matched)."""
    actor.require(Permission.PAYABLES_INVOICE)
    with deps.store.transaction(actor.user_id) as tx:
        site = tx.org.local_branch()
        refusal = write_refusal(SUPPLIER_INVOICE, site.kind)
        if refusal is not None:
            raise refusal
        company = tx.org.company()
        now = entry.issued_at or deps.now()
        today = deps.business_date(company.country, now)
        supplier = tx.suppliers.supplier(entry.supplier_id)
        order = tx.purchasing.purchase_order(entry.order_id) if entry.order_id else None
        if order is not None and order.supplier_id != supplier.id:
            raise ValidationError("payables.wrong_supplier", order=order.number)
        currency = entry.currency or (order.currency if order else supplier.currency)
        rate = entry.rate or Decimal(1)
        if currency != company.currency and entry.rate is None:
            found = tx.catalog.exchange_rate(currency, company.currency, today)
            if found is None:
                raise ValidationError(
                    "money.missing_rate",
                    source=currency,
                    target=company.currency,
                    on=today.isoformat(),
                )
            rate = found
        inputs = [_input(deps, tx, ln, order, company.country, now) for ln in entry.lines]
        if entry.receipt_id is not None and order is None:
            billed = tx.purchasing.purchase_receipt(entry.receipt_id)
            if billed.supplier_id != supplier.id or billed.order_id is not None:
                raise ValidationError("payables.wrong_supplier", order=billed.number)
        receipts = _receipts(tx, supplier.id, order, entry.receipt_id)
        billed_receipt = entry.receipt_id or _market_receipt(receipts, inputs, order)
        if billed_receipt is not None:  # matched against the receipt it bills, as shown
            receipts = [r for r in receipts if r.id == billed_receipt]
        received = _received(tx, receipts)
        match, problems = three_way_match(
            inputs, received, order=order, invoiced_before=_invoiced_before(tx, order)
        )
        invoice = supplier_invoice(
            number="",
            supplier_number=entry.supplier_number,
            country=company.country,
            branch_id=site.id,
            supplier_id=supplier.id,
            issued_at=now,
            currency=currency,
            lines=with_received_costs(inputs, received),
            terms=supplier.terms,
            match=match,
            rate=rate,
            stamp_duty=Money.of(entry.stamp_duty, currency) if entry.stamp_duty else None,
            order_id=order.id if order else None,
            receipt_id=billed_receipt,
        )
        chart = purchasing_chart(chart_of(tx))
        invoice, _entry = finalize(InTransaction(deps, tx, actor.user_id, now), invoice, chart)
        landed = landed_shares(invoice, company.currency)
        _record_last_prices(deps, tx, invoice, actor.user_id)
    return Done(InvoiceOutcome(invoice, problems, landed), INVOICE_CHANGES)


def _market_receipt(
    receipts: Sequence[PurchaseReceipt],
    inputs: Sequence[InvoiceLineInput],
    order: PurchaseOrder | None,
) -> UUID | None:
    """Off an order with no receipt named: the newest receipt without an order carrying all
    the invoice's goods, which it is taken to bill (its branch's average cost takes the
    difference, as an order's receiving branch does)."""
    if order is not None:
        return None
    wanted = {ln.product_id for ln in inputs if ln.nature == GOODS}
    for receipt in sorted(receipts, key=lambda r: r.issued_at, reverse=True):
        if receipt.order_id is None and wanted <= {ln.product_id for ln in receipt.lines}:
            return receipt.id
    return None


def _input(
    deps: Deps,
    tx: ReadView,
    ln: InvoiceLineEntry,
    order: PurchaseOrder | None,
    country: str,
    now: datetime,
) -> InvoiceLineInput:
    order_line = None
    rate = ln.vat_rate
    if ln.nature == GOODS:
        if ln.product_id is None:
            raise ValidationError("common.required", field="product")
        product = tx.catalog.product(ln.product_id)
        if rate is None:
            rate = deps.taxes.vat_rate(
                country, product.tax_class, deps.business_date(country, now)
            ).rate
        if order is not None:
            order_line = next((o.id for o in order.lines if o.product_id == ln.product_id), None)
    return InvoiceLineInput(
        quantity=ln.quantity,
        unit_price=ln.unit_price,
        vat_rate=rate if rate is not None else Decimal(0),
        nature=ln.nature,
        product_id=ln.product_id,
        order_line_id=order_line,
        description=ln.description,
    )


def _record_last_prices(
    deps: Deps, tx: UnitOfWork, invoice: SupplierInvoice, actor_id: UUID | None
) -> None:
    """The invoice's prices become the supplier's last prices (in its currency) here; the
    server does the same when it merges the invoice, and sends the supplier down again."""
    supplier = tx.suppliers.supplier(invoice.supplier_id)
    if invoice.currency != supplier.currency:
        return
    changed = supplier
    for ln in invoice.lines:
        if ln.nature == GOODS and ln.product_id and supplier.product(ln.product_id):
            changed = with_last_price(
                changed, ln.product_id, Money.of(ln.unit_price, ln.base.currency)
            )
    if changed != supplier:
        tx.suppliers.save_supplier(changed, deps.now())


def accept_mismatch(
    deps: Deps, actor: Actor, invoice_id: UUID, reason: str
) -> Done[SupplierInvoice]:
    """Releases a blocked invoice for payment, with the acceptor and the reason on it."""
    actor.require(Permission.PAYABLES_ACCEPT_MISMATCH)
    with deps.store.transaction(actor.user_id) as tx:
        held = tx.purchasing.supplier_invoice(invoice_id)
        accepted = accept(held, actor.user_id, reason)
        tx.purchasing.accept_supplier_invoice(
            invoice_id, actor.user_id, accepted.acceptance_reason, deps.now()
        )
        queue(deps, tx, SUPPLIER_INVOICE, accepted.id, payload(accepted), actor.user_id)
    return Done(accepted, frozenset({Changed.PURCHASING, Changed.OUTBOX}))


def find_supplier_invoices(
    deps: Deps, actor: Actor, supplier_id: UUID | None = None, limit: int = 200
) -> list[SupplierInvoice]:
    actor.require(Permission.PURCHASING_VIEW)
    with deps.store.read() as tx:
        return tx.purchasing.supplier_invoices(supplier_id, limit)


def invoice_match(
    deps: Deps, actor: Actor, invoice_id: UUID
) -> tuple[SupplierInvoice, tuple[MatchProblem, ...]]:
    """The invoice and its problems, matched again against what is known now (for the
    screen that shows the match line by line)."""
    actor.require(Permission.PURCHASING_VIEW)
    with deps.store.read() as tx:
        invoice = tx.purchasing.supplier_invoice(invoice_id)
        order = tx.purchasing.purchase_order(invoice.order_id) if invoice.order_id else None
        received = _received(tx, _receipts(tx, invoice.supplier_id, order, invoice.receipt_id))
        earlier = {k: v for k, v in _invoiced_before(tx, order).items()}
        for ln in invoice.lines:  # this invoice's own lines are not "before" it
            key = ln.order_line_id or ln.product_id
            if ln.nature == GOODS and key in earlier:
                earlier[key] -= ln.quantity
        inputs = [
            InvoiceLineInput(
                ln.quantity,
                ln.unit_price,
                ln.vat_rate,
                ln.nature,
                ln.product_id,
                ln.order_line_id,
                ln.description,
            )
            for ln in invoice.lines
        ]
        _match, problems = three_way_match(inputs, received, order=order, invoiced_before=earlier)
        return replace(invoice), problems
