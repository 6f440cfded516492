"""Landed costs: an import's freight, customs duties and transit agent's fees spread over
the lines received, into their unit costs and then into the products' average cost.

The spread is by value (the default: duties follow value), by weight or by quantity; the
shares are a split in minor units that adds up exactly to the cost (Money.allocate). A
received line's new unit cost is its cost plus its share over its quantity. The average
cost of what is still held takes the share of the held quantity (kernel.inventory.costing's
4 decimals); what was already sold at the old cost is not revalued here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from uuid import UUID

from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.inventory.costing import COST_PLACES, AverageCost
from erp_desktop.kernel.money import Money

BASES = ("value", "weight", "quantity")


@dataclass(frozen=True, slots=True)
class LandedLine:
    line_id: UUID
    quantity: Decimal
    unit_cost: Decimal  # company currency, as received
    weight: Decimal = Decimal(0)  # the line's total weight (kg)

    @property
    def value(self) -> Decimal:
        return self.quantity * self.unit_cost


@dataclass(frozen=True, slots=True)
class LandedShare:
    line_id: UUID
    share: Money  # company currency
    unit_cost: Decimal  # the line's new unit cost, landed


def spread(
    cost: Money, lines: Sequence[LandedLine], basis: str = "value"
) -> tuple[LandedShare, ...]:
    """``cost`` (company currency) spread over ``lines`` by ``basis``."""
    if basis not in BASES:
        raise ValidationError("payables.bad_landed_basis", basis=basis)
    if not lines or any(ln.quantity <= 0 for ln in lines):
        raise ValidationError("payables.nothing_to_land", basis=basis)
    weights = [
        ln.value if basis == "value" else ln.weight if basis == "weight" else ln.quantity
        for ln in lines
    ]
    if sum(weights, Decimal(0)) <= 0:
        raise ValidationError("payables.nothing_to_land", basis=basis)
    shares = cost.allocate(weights)
    return tuple(
        LandedShare(ln.line_id, share, ln.unit_cost + share.amount / ln.quantity)
        for ln, share in zip(lines, shares, strict=True)
    )


def absorbed(state: AverageCost, added_value: Decimal) -> AverageCost:
    """The average cost once ``added_value`` (company currency) is added to the held stock."""
    if state.quantity <= 0:
        return state
    unit = (state.value + added_value) / state.quantity
    return AverageCost(state.quantity, unit.quantize(COST_PLACES, rounding=ROUND_HALF_UP))
