"""The warehouse's reorder list suggests the kernel's figure for what runs low."""

from decimal import Decimal

from erp_desktop.app.stock.adjustments import adjust_stock
from erp_desktop.app.stock.lookups import reorder_suggestions
from tests.builders import Branch


def test_coffee_down_to_three_under_a_point_of_ten_is_suggested_at_seventeen(
    branch: Branch,
) -> None:
    manager = branch.actor("manager")
    assert reorder_suggestions(branch.deps, manager) == []  # 100 of everything
    adjust_stock(branch.deps, manager, [(branch.products[0], Decimal(-97))], "breakage")
    suggestions = reorder_suggestions(branch.deps, manager)
    assert [(row.sku, row.quantity, order) for row, order in suggestions] == [
        ("SKU0000", Decimal(3), Decimal(17))
    ]
