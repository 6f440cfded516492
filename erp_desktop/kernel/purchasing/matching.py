"""The three-way match of a supplier invoice, line by line: order <-> receipts <-> invoice.

Each goods line of the invoice is matched by its key: the order line it bills, or (for
goods received without an order) its product. It is a problem when
- the line bills nothing ordered (an order is given and the line is not on it),
- nothing of it was received,
- the invoiced quantity (with what earlier invoices billed) is above what was received,
  beyond the quantity tolerance,
- its price differs from the order's by more than the price tolerance (either way).
Every problem is listed at once: ``(result, problems)``. A blocked invoice cannot be paid
until someone accepts it with a reason (:func:`accept`; the permission check is the app's).
The tolerances are data (kernel.purchasing.policy). Landed-cost lines are not matched.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from uuid import UUID

from erp_desktop.kernel.documents.purchase import (
    ACCEPTED,
    BLOCKED,
    GOODS,
    MATCHED,
    InvoiceLineInput,
    PurchaseOrder,
    PurchaseReceipt,
    SupplierInvoice,
)
from erp_desktop.kernel.documents.supplier_return import SupplierReturn
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.purchasing.policy import Tolerances, default_tolerances

HUNDRED = Decimal(100)
NOT_ON_ORDER, NOT_RECEIVED = "not_on_order", "not_received"
QUANTITY_ABOVE_RECEIVED, PRICE_DIFFERS = "quantity_above_received", "price_differs"


@dataclass(frozen=True, slots=True)
class MatchProblem:
    line: int  # the invoice line's position, from 1
    kind: str
    expected: str
    found: str


@dataclass(frozen=True, slots=True)
class ReceivedGoods:
    quantity: Decimal
    value: Decimal  # company currency, at the cost the goods entered stock at

    @property
    def unit_cost(self) -> Decimal:
        return self.value / self.quantity if self.quantity else Decimal(0)


def received_goods(
    receipts: Sequence[PurchaseReceipt], returns: Sequence[SupplierReturn] = ()
) -> dict[UUID, ReceivedGoods]:
    """What arrived, by order line (or by product, off an order), over the receipts, less
    what went back to the supplier before it was invoiced (a return against an invoice is
    a debit note on that invoice: the goods stay billed, the note takes them off)."""
    out: dict[UUID, ReceivedGoods] = {}
    keys: dict[UUID, UUID] = {}
    for receipt in receipts:
        for ln in receipt.lines:
            key = ln.order_line_id or ln.product_id
            keys[ln.id] = key
            prior = out.get(key, ReceivedGoods(Decimal(0), Decimal(0)))
            out[key] = ReceivedGoods(prior.quantity + ln.quantity, prior.value + ln.value)
    for sent_back in returns:
        if sent_back.invoice_id is not None or sent_back.status == "cancelled":
            continue
        for back in sent_back.lines:
            came = keys.get(back.receipt_line_id)
            if came is None:
                continue
            prior = out[came]
            out[came] = ReceivedGoods(prior.quantity - back.quantity, prior.value - back.cost)
    return out


def key_of(line: InvoiceLineInput) -> UUID | None:
    return line.order_line_id or line.product_id


def three_way_match(
    lines: Sequence[InvoiceLineInput],
    received: Mapping[UUID, ReceivedGoods],
    *,
    order: PurchaseOrder | None = None,
    invoiced_before: Mapping[UUID, Decimal] | None = None,
    tolerances: Tolerances | None = None,
) -> tuple[str, tuple[MatchProblem, ...]]:
    """``(matched or blocked, every problem)`` of the invoice lines (see the module)."""
    tol = tolerances or default_tolerances()
    before = dict(invoiced_before or {})
    problems: list[MatchProblem] = []
    billed: dict[UUID, Decimal] = {}
    for position, ln in enumerate(lines, start=1):
        if ln.nature != GOODS:
            continue
        key = key_of(ln)
        assert key is not None
        if order is not None:
            ordered = order.line(ln.order_line_id) if ln.order_line_id else None
            if ordered is None:
                problems.append(MatchProblem(position, NOT_ON_ORDER, "-", str(ln.product_id)))
                continue
            slack = ordered.unit_price * tol.invoice_price_percent / HUNDRED
            if abs(ln.unit_price - ordered.unit_price) > slack:
                problems.append(
                    MatchProblem(
                        position, PRICE_DIFFERS, str(ordered.unit_price), str(ln.unit_price)
                    )
                )
        got = received.get(key)
        if got is None or got.quantity <= 0:
            problems.append(MatchProblem(position, NOT_RECEIVED, "0", str(ln.quantity)))
            continue
        billed[key] = billed.get(key, before.get(key, Decimal(0))) + ln.quantity
        allowed = got.quantity * (1 + tol.invoice_quantity_percent / HUNDRED)
        if billed[key] > allowed:
            problems.append(
                MatchProblem(position, QUANTITY_ABOVE_RECEIVED, str(got.quantity), str(billed[key]))
            )
    return (BLOCKED if problems else MATCHED), tuple(problems)


def with_received_costs(
    lines: Sequence[InvoiceLineInput], received: Mapping[UUID, ReceivedGoods]
) -> list[InvoiceLineInput]:
    """The lines carrying the unit cost their goods were received at (what clears
    "invoices not yet received" when the invoice is posted)."""
    out = []
    for ln in lines:
        key = key_of(ln)
        got = received.get(key) if ln.nature == GOODS and key is not None else None
        out.append(replace(ln, received_cost=got.unit_cost) if got is not None else ln)
    return out


def accept(invoice: SupplierInvoice, by: UUID, reason: str) -> SupplierInvoice:
    """A blocked invoice accepted despite its problems by ``by``, for ``reason`` (audited
    with the invoice); it may then be paid."""
    if invoice.match != BLOCKED:
        raise ValidationError("payables.nothing_to_accept", invoice=invoice.number)
    if not reason.strip():
        raise ValidationError("payables.acceptance_needs_reason", invoice=invoice.number)
    return replace(invoice, match=ACCEPTED, accepted_by=by, acceptance_reason=reason.strip())


def check_payable(invoice: SupplierInvoice) -> None:
    """Refuses to pay a blocked (or cancelled) invoice."""
    if invoice.status == "cancelled":
        raise ValidationError("payables.invoice_cancelled", invoice=invoice.number)
    if invoice.match not in (MATCHED, ACCEPTED):
        raise ValidationError("payables.invoice_blocked", invoice=invoice.number)
