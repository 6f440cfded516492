"""A purchase order's life: its statuses and the moves between them, the approval a large
order needs, and the status its receipts give it.

open -> partially_received -> received -> closed; an order may be closed early (what is
left will not come) once something arrived, and cancelled only while nothing has.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal
from uuid import UUID

from erp_desktop.kernel.documents.purchase import PurchaseOrder
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.purchasing.policy import ApprovalThreshold, approval_thresholds

OPEN, PARTIALLY_RECEIVED, RECEIVED = "open", "partially_received", "received"
CLOSED, CANCELLED = "closed", "cancelled"
ORDER_STATUSES = (OPEN, PARTIALLY_RECEIVED, RECEIVED, CLOSED, CANCELLED)
TRANSITIONS: dict[str, frozenset[str]] = {
    OPEN: frozenset({PARTIALLY_RECEIVED, RECEIVED, CLOSED, CANCELLED}),
    PARTIALLY_RECEIVED: frozenset({PARTIALLY_RECEIVED, RECEIVED, CLOSED}),
    RECEIVED: frozenset({CLOSED}),
    CLOSED: frozenset(),
    CANCELLED: frozenset(),
}


def check_transition(order: str, current: str, target: str) -> None:
    """Refuses a move the order's life does not allow (``payables.bad_order_transition``)."""
    if target not in TRANSITIONS.get(current, frozenset()):
        raise ValidationError(
            "payables.bad_order_transition", order=order, status=current, target=target
        )


def received_by_line(
    order: PurchaseOrder, receipts: Sequence[Mapping[UUID, Decimal]]
) -> dict[UUID, Decimal]:
    """What arrived of each order line over the given receipts' quantities by line."""
    got = {ln.id: Decimal(0) for ln in order.lines}
    for receipt in receipts:
        for line_id, quantity in receipt.items():
            if line_id in got:
                got[line_id] += quantity
    return got


def status_from_receipts(order: PurchaseOrder, received: Mapping[UUID, Decimal]) -> str:
    """Open when nothing arrived, received when every line arrived in full, else partially
    received (a closed or cancelled order keeps its status)."""
    if order.status in (CLOSED, CANCELLED):
        return order.status
    got = [received.get(ln.id, Decimal(0)) for ln in order.lines]
    if not any(q > 0 for q in got):
        return OPEN
    if all(q >= ln.quantity for q, ln in zip(got, order.lines, strict=True)):
        return RECEIVED
    return PARTIALLY_RECEIVED


def approval_threshold(
    country: str, on: date, thresholds: Sequence[ApprovalThreshold] | None = None
) -> ApprovalThreshold | None:
    """The threshold in force in ``country`` on ``on`` (None: no approval ever needed)."""
    found = [
        t
        for t in (thresholds if thresholds is not None else approval_thresholds())
        if t.country == country and t.valid_from <= on
    ]
    return max(found, key=lambda t: t.valid_from) if found else None


def needs_approval(
    order: PurchaseOrder,
    country: str,
    thresholds: Sequence[ApprovalThreshold] | None = None,
) -> bool:
    """Whether the order's total (tax included, in the company's currency at its rate) is
    above the approval threshold of its date."""
    threshold = approval_threshold(country, order.issued_on(country), thresholds)
    if threshold is None:
        return False
    company = Money.of(order.total.amount * order.rate, threshold.above.currency)
    if order.currency == threshold.above.currency:
        company = order.total
    return company > threshold.above


def check_approved(
    order: PurchaseOrder, country: str, thresholds: Sequence[ApprovalThreshold] | None = None
) -> None:
    """Refuses to send an order above the threshold that no manager approved."""
    if order.approved_by is None and needs_approval(order, country, thresholds):
        threshold = approval_threshold(country, order.issued_on(country), thresholds)
        assert threshold is not None
        raise ValidationError(
            "payables.approval_required",
            order=order.number,
            total=str(order.total),
            threshold=str(threshold.above),
        )
