"""How much to order of a product that runs low: one rule, used by the warehouse's reorder
list (and by whatever else asks what to reorder), so two screens never suggest two figures.

A product is low when it has a reorder point and its level is at or under it. The order
brings it back to twice the point, and is never less than the point itself (a product
already at the point still gets a full point's worth)."""

from __future__ import annotations

from decimal import Decimal


def runs_low(on_hand: Decimal, reorder_point: Decimal) -> bool:
    """At or under its reorder point (a product without one never runs low)."""
    return reorder_point > 0 and on_hand <= reorder_point


def reorder_quantity(on_hand: Decimal, reorder_point: Decimal) -> Decimal:
    """What to order: back to twice the reorder point, at least the point; 0 when not low."""
    if not runs_low(on_hand, reorder_point):
        return Decimal(0)
    return max(reorder_point * 2 - on_hand, reorder_point)
