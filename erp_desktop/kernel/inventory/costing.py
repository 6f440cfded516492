"""Weighted average cost (WAC), the valuation the three countries' standards accept.

Goods coming in at their own cost (receipts, transfers in, opening) re-average the cost;
goods going out (sales, transfers out, shrinkage) leave at the current average, except goods
sent back to their supplier, which leave at the cost they entered at (the rest re-averaged). Stock can go
negative (the shelf was real, the receipt is late): the average is then kept, and incoming
goods re-average only over the positive part so the cost never turns negative or explodes.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from erp_desktop.kernel.inventory.movements import MovementKind

COST_PLACES = Decimal("0.0001")


@dataclass(frozen=True, slots=True)
class AverageCost:
    quantity: Decimal
    unit_cost: Decimal  # company currency, 4 decimals

    @property
    def value(self) -> Decimal:
        return self.quantity * self.unit_cost


def apply_movement(
    state: AverageCost, kind: MovementKind, quantity: Decimal, unit_cost: Decimal
) -> AverageCost:
    """The stock position after a movement; ``unit_cost`` is used for incoming costed goods."""
    new_qty = state.quantity + quantity
    if quantity > 0 and kind.brings_cost:
        held = max(state.quantity, Decimal(0))
        total = held + quantity
        cost = (held * state.unit_cost + quantity * unit_cost) / total
        return AverageCost(new_qty, cost.quantize(COST_PLACES, rounding=ROUND_HALF_UP))
    if quantity < 0 and kind.takes_own_cost and new_qty > 0 and state.quantity > 0:
        left = state.quantity * state.unit_cost + quantity * unit_cost
        cost = max(left, Decimal(0)) / new_qty
        return AverageCost(new_qty, cost.quantize(COST_PLACES, rounding=ROUND_HALF_UP))
    if quantity > 0 and state.unit_cost == 0 and unit_cost > 0:
        return AverageCost(new_qty, unit_cost.quantize(COST_PLACES, rounding=ROUND_HALF_UP))
    return AverageCost(new_qty, state.unit_cost)
