"""Reorder suggestions: what to order of every product, one order per supplier.

The one reorder rule is kernel.inventory.reorder's (low at or under the reorder point, back
to twice the point). Here it is applied to the level the product will have when a new order
arrives: what is on hand and already on order, less what sells during the supplier's lead
time at the recent daily rate. The quantity is then rounded up to the supplier's pack.

The figures come as parallel arrays (one entry per product) so that 50,000 products are one
plain loop (benchmarks/bench_reorder.py times it beside a bare loop over the same data).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal
from uuid import UUID

from erp_desktop.kernel.documents.purchase import PurchaseLineInput
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.inventory.reorder import reorder_quantity
from erp_desktop.kernel.purchasing.suppliers import Supplier

ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class ReorderFigures:
    """One entry per product, the same index in every array."""

    product_ids: Sequence[UUID]
    supplier_ids: Sequence[UUID]  # each product's supplier to order from
    on_hand: Sequence[Decimal]
    on_order: Sequence[Decimal]  # ordered and not received yet
    reorder_points: Sequence[Decimal]
    daily_rates: Sequence[Decimal]  # recent sales per day (daily_rates below)
    lead_times: Sequence[int]  # days, the supplier's for that product
    packs: Sequence[Decimal]  # the supplier's pack (1: by the unit)


@dataclass(frozen=True, slots=True)
class SuggestedLine:
    product_id: UUID
    quantity: Decimal


@dataclass(frozen=True, slots=True)
class SuggestedOrder:
    supplier_id: UUID
    lines: tuple[SuggestedLine, ...]


def rounded_to_pack(quantity: Decimal, pack: Decimal) -> Decimal:
    """``quantity`` rounded up to a whole number of packs."""
    if pack <= 0:
        raise ValidationError("payables.bad_pack", pack=str(pack))
    return (quantity / pack).to_integral_value(rounding=ROUND_CEILING) * pack


def daily_rates(
    product_count: int,
    product_index: Sequence[int],
    day: Sequence[int],
    sold: Sequence[Decimal],
    *,
    as_of_day: int,
    window_days: int = 28,
) -> list[Decimal]:
    """Each product's sales per day over the ``window_days`` days up to ``as_of_day``
    (days as integers, e.g. ordinals), from sale movements given as parallel arrays."""
    if window_days <= 0:
        raise ValidationError("payables.bad_window", days=window_days)
    totals = [ZERO] * product_count
    first = as_of_day - window_days
    for i, d in enumerate(day):
        if first < d <= as_of_day:
            totals[product_index[i]] += sold[i]
    window = Decimal(window_days)
    return [t / window for t in totals]


def suggestions(figures: ReorderFigures) -> tuple[SuggestedOrder, ...]:
    """One suggested order per supplier (by supplier id), its lines in product order."""
    by_supplier: dict[UUID, list[SuggestedLine]] = {}
    f = figures
    for i in range(len(f.product_ids)):
        point = f.reorder_points[i]
        if point <= 0:
            continue
        at_arrival = f.on_hand[i] + f.on_order[i] - f.daily_rates[i] * f.lead_times[i]
        quantity = reorder_quantity(at_arrival, point)
        if quantity <= 0:
            continue
        pack = f.packs[i]
        if pack != 1:
            quantity = rounded_to_pack(quantity, pack)
        by_supplier.setdefault(f.supplier_ids[i], []).append(
            SuggestedLine(f.product_ids[i], quantity)
        )
    return tuple(
        SuggestedOrder(s, tuple(lines)) for s, lines in sorted(by_supplier.items(), key=_key)
    )


def _key(item: tuple[UUID, list[SuggestedLine]]) -> str:
    return str(item[0])


def order_lines(
    suggestion: SuggestedOrder, supplier: Supplier, vat_rates: dict[UUID, Decimal]
) -> list[PurchaseLineInput]:
    """The suggestion as order lines at the supplier's last prices and references, ready
    for kernel.documents.purchase.purchase_order (one step from suggestion to order)."""
    if suggestion.supplier_id != supplier.id:
        raise ValidationError("payables.product_not_supplied", supplier=supplier.code, product="-")
    lines = []
    for ln in suggestion.lines:
        item = supplier.product(ln.product_id)
        if item is None:
            raise ValidationError(
                "payables.product_not_supplied", supplier=supplier.code, product=str(ln.product_id)
            )
        lines.append(
            PurchaseLineInput(
                product_id=ln.product_id,
                quantity=ln.quantity,
                unit_price=item.last_price.amount,
                vat_rate=vat_rates[ln.product_id],
                reference=item.reference,
            )
        )
    return lines
