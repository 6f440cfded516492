"""Receiving goods: a receipt checked against its order (or, for a market purchase, against
nothing but its supplier), and what it reports.

- A receipt names its supplier; against an order, the order's supplier and the branch the
  order is for, and the order must still be open or partially received.
- Partial receipts are the rule: each one adds to what arrived of each line.
- Over-delivery: up to the tolerance (data: kernel.purchasing.policy) it is reported; beyond
  it is refused unless a manager accepted it (``accepted_by``), and then reported.
- Under-delivery: reported when the receipt is the order's last (``final``) and a line is
  short by more than the tolerance.
- A product not on the order is refused, unless a manager accepted it as a substitute for
  an ordered line (``substitute_for``), at that line's price; then reported.
- Goods enter stock at the order's price in the company's currency (its rate, or the
  receipt day's when given); off an order, at the price the receiving clerk enters.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from uuid import UUID

from erp_desktop.kernel.documents.purchase import (
    PURCHASE_RECEIPT,
    PurchaseOrder,
    PurchaseReceipt,
    ReceiptLine,
)
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.purchasing.orders import OPEN, PARTIALLY_RECEIVED
from erp_desktop.kernel.purchasing.policy import Tolerances, default_tolerances

HUNDRED = Decimal(100)
OVER, UNDER, SUBSTITUTED = "over_delivery", "under_delivery", "substitution"


@dataclass(frozen=True, slots=True)
class Received:
    """One scanned line: what arrived."""

    product_id: UUID
    quantity: Decimal
    vat_rate: Decimal = Decimal(0)
    unit_cost: Decimal | None = None  # company currency; off an order only
    substitute_for: UUID | None = None  # the ordered product it replaces


@dataclass(frozen=True, slots=True)
class DeliveryDifference:
    kind: str  # over_delivery, under_delivery, substitution
    product_id: UUID
    ordered: Decimal
    received: Decimal  # over all receipts of the line, this one included


def _line_of(order: PurchaseOrder, product_id: UUID) -> UUID | None:
    return next((ln.id for ln in order.lines if ln.product_id == product_id), None)


def _check_order(order: PurchaseOrder, branch_id: UUID, supplier_id: UUID) -> None:
    if order.status not in (OPEN, PARTIALLY_RECEIVED):
        raise ValidationError("payables.order_not_open", order=order.number, status=order.status)
    if order.supplier_id != supplier_id:
        raise ValidationError("payables.wrong_supplier", order=order.number)
    if order.for_branch_id != branch_id:
        raise ValidationError("payables.order_for_another_branch", order=order.number)


def receive(
    *,
    number: str,
    branch_id: UUID,
    supplier_id: UUID | None,
    received_at: datetime,
    lines: Sequence[Received],
    order: PurchaseOrder | None = None,
    already: Mapping[UUID, Decimal] | None = None,
    final: bool = False,
    accepted_by: UUID | None = None,
    rate: Decimal | None = None,
    tolerances: Tolerances | None = None,
) -> tuple[PurchaseReceipt, tuple[DeliveryDifference, ...]]:
    """The receipt and its differences from the order (nothing is made when a rule refuses
    it). ``already`` is what earlier receipts brought of each order line."""
    if supplier_id is None:
        raise ValidationError("payables.receipt_without_supplier", receipt=number)
    if not lines:
        raise ValidationError("payables.empty_document", kind=PURCHASE_RECEIPT)
    tol = tolerances or default_tolerances()
    if order is not None:
        _check_order(order, branch_id, supplier_id)
    before = dict(already or {})
    now: dict[UUID, Decimal] = {}
    made: list[ReceiptLine] = []
    report: list[DeliveryDifference] = []
    for position, got in enumerate(lines, start=1):
        if got.quantity <= 0:
            raise ValidationError(
                "payables.invalid_line", line=position, quantity=str(got.quantity), price="-"
            )
        line_id: UUID | None = None
        unit_cost = got.unit_cost
        if order is not None:
            line_id = _line_of(order, got.product_id)
            if line_id is None:
                replaced = _line_of(order, got.substitute_for) if got.substitute_for else None
                if replaced is None or accepted_by is None:
                    raise ValidationError(
                        "payables.substitution_refused",
                        order=order.number,
                        product=str(got.product_id),
                    )
                line_id = replaced
                ordered_line = order.line(replaced)
                assert ordered_line is not None
                report.append(
                    DeliveryDifference(
                        SUBSTITUTED, got.product_id, ordered_line.quantity, got.quantity
                    )
                )
            ordered = order.line(line_id)
            assert ordered is not None
            unit_cost = ordered.unit_price * (rate if rate is not None else order.rate)
            now[line_id] = now.get(line_id, Decimal(0)) + got.quantity
        elif unit_cost is None or unit_cost < 0:
            raise ValidationError(
                "payables.invalid_line", line=position, quantity=str(got.quantity), price="-"
            )
        assert unit_cost is not None
        made.append(
            ReceiptLine(
                id=new_id(),
                position=position,
                order_line_id=line_id,
                product_id=got.product_id,
                quantity=got.quantity,
                unit_cost=unit_cost,
                vat_rate=got.vat_rate,
                substitute_for=got.substitute_for if order is not None and line_id else None,
            )
        )
    if order is not None:
        report.extend(_differences(order, before, now, final, accepted_by, tol))
    receipt = PurchaseReceipt(
        id=new_id(),
        kind=PURCHASE_RECEIPT,
        number=number,
        status="final",
        branch_id=branch_id,
        supplier_id=supplier_id,
        order_id=order.id if order is not None else None,
        issued_at=received_at,
        accepted_by=accepted_by,
        lines=tuple(made),
    )
    return receipt, tuple(report)


def _differences(
    order: PurchaseOrder,
    before: Mapping[UUID, Decimal],
    now: Mapping[UUID, Decimal],
    final: bool,
    accepted_by: UUID | None,
    tol: Tolerances,
) -> list[DeliveryDifference]:
    out = []
    for ln in order.lines:
        total = before.get(ln.id, Decimal(0)) + now.get(ln.id, Decimal(0))
        if total > ln.quantity:
            allowed = ln.quantity * (1 + tol.over_delivery_percent / HUNDRED)
            if total > allowed and accepted_by is None:
                raise ValidationError(
                    "payables.over_delivery",
                    order=order.number,
                    product=str(ln.product_id),
                    ordered=str(ln.quantity),
                    received=str(total),
                    tolerance=str(tol.over_delivery_percent),
                )
            out.append(DeliveryDifference(OVER, ln.product_id, ln.quantity, total))
        elif final and total < ln.quantity * (1 - tol.under_delivery_percent / HUNDRED):
            out.append(DeliveryDifference(UNDER, ln.product_id, ln.quantity, total))
    return out
