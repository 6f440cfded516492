"""The order's life: delivered in parts, then invoiced for what was delivered.

An order is ``open`` until a delivery note takes goods from it, ``partially_delivered``
while a line still has quantity to deliver, ``delivered`` once every goods line is. A
delivery never takes more of a line than is left to deliver; an invoice bills a goods line
only up to what was delivered and not yet invoiced (a service line needs no delivery).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal
from uuid import UUID

from erp_desktop.kernel.documents.business import (
    CUSTOMER_INVOICE,
    DELIVERY_NOTE,
    GOODS,
    BusinessDocument,
)
from erp_desktop.kernel.errors import ValidationError

OPEN, PARTIALLY_DELIVERED, DELIVERED = "open", "partially_delivered", "delivered"


def _taken(documents: Iterable[BusinessDocument], kind: str) -> dict[UUID, Decimal]:
    taken: dict[UUID, Decimal] = defaultdict(Decimal)
    for doc in documents:
        if doc.kind != kind or doc.status == "cancelled":
            continue
        for ln in doc.lines:
            if ln.source_line_id is not None:
                taken[ln.source_line_id] += ln.quantity
    return taken


def delivered(deliveries: Iterable[BusinessDocument]) -> dict[UUID, Decimal]:
    """Quantity delivered per order line."""
    return _taken(deliveries, DELIVERY_NOTE)


def order_status(order: BusinessDocument, deliveries: Iterable[BusinessDocument]) -> str:
    done = delivered(deliveries)
    goods = [ln for ln in order.lines if ln.nature == GOODS]
    if not any(done.get(ln.id, Decimal(0)) for ln in goods):
        return OPEN
    if all(done.get(ln.id, Decimal(0)) >= ln.quantity for ln in goods):
        return DELIVERED
    return PARTIALLY_DELIVERED


def check_delivery(
    order: BusinessDocument, earlier: Iterable[BusinessDocument], delivery: BusinessDocument
) -> None:
    """Refuses a delivery taking more of an order line than is left to deliver."""
    done = delivered(earlier)
    ordered = {ln.id: ln for ln in order.lines}
    for ln in delivery.lines:
        source = ordered.get(ln.source_line_id) if ln.source_line_id else None
        left = (source.quantity - done.get(source.id, Decimal(0))) if source else Decimal(0)
        if ln.quantity > left:
            raise ValidationError(
                "receivables.delivery_exceeds_order",
                line=ln.position,
                quantity=str(ln.quantity),
                left=str(left),
            )


def billable(
    deliveries: Iterable[BusinessDocument], invoices: Iterable[BusinessDocument]
) -> dict[UUID, Decimal]:
    """Per order line: delivered and not yet invoiced."""
    done = delivered(deliveries)
    billed = _taken(invoices, CUSTOMER_INVOICE)
    return {line: qty - billed.get(line, Decimal(0)) for line, qty in done.items()}


def check_invoice(
    invoice: BusinessDocument,
    deliveries: Iterable[BusinessDocument],
    earlier_invoices: Iterable[BusinessDocument],
) -> None:
    """Refuses an invoice billing goods not delivered (or already invoiced)."""
    left = billable(deliveries, earlier_invoices)
    asked: dict[UUID | None, Decimal] = defaultdict(Decimal)
    for ln in invoice.lines:
        if ln.nature != GOODS:
            continue
        asked[ln.source_line_id] += ln.quantity
        can = left.get(ln.source_line_id, Decimal(0)) if ln.source_line_id else Decimal(0)
        if asked[ln.source_line_id] > can:
            raise ValidationError(
                "receivables.invoice_exceeds_delivered",
                line=ln.position,
                quantity=str(ln.quantity),
                deliverable=str(can),
            )
