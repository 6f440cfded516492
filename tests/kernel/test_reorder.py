"""What to reorder: back to twice the reorder point, never less than the point."""

from decimal import Decimal

import pytest

from erp_desktop.kernel.inventory.reorder import reorder_quantity, runs_low


@pytest.mark.parametrize(
    ("on_hand", "point", "order"),
    [
        ("3", "10", "17"),  # 3 on the shelf of a point at 10: order back up to 20
        ("10", "10", "10"),  # exactly at the point: a point's worth
        ("0", "12", "24"),
        ("-2", "5", "12"),  # sold past zero: the missing two are ordered too
        ("1.250", "2.5", "3.750"),  # kilograms keep their precision
    ],
)
def test_a_product_at_or_under_its_reorder_point_is_ordered_back_to_twice_the_point(
    on_hand: str, point: str, order: str
) -> None:
    assert runs_low(Decimal(on_hand), Decimal(point))
    assert reorder_quantity(Decimal(on_hand), Decimal(point)) == Decimal(order)


@pytest.mark.parametrize(("on_hand", "point"), [("11", "10"), ("0", "0"), ("-4", "0")])
def test_a_product_above_its_point_or_without_one_is_not_reordered(
    on_hand: str, point: str
) -> None:
    assert not runs_low(Decimal(on_hand), Decimal(point))
    assert reorder_quantity(Decimal(on_hand), Decimal(point)) == 0
