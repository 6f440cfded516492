"""From the reorder suggestions to draft orders in one step (issue 14): the level when a
new order would arrive (on hand, on order, recent sales over the lead time), the reorder
rule, the supplier's pack, one draft per supplier at the cheapest supplier's last price."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from erp_desktop.app.purchasing.orders import (
    OrderDraft,
    OrderLineDraft,
    save_draft_order,
    send_order,
)
from erp_desktop.app.purchasing.reorder import orders_from_suggestions, reorder_suggestions
from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from tests.builders import Branch
from tests.desktop.purchasing.helpers import give_supplier


def _reorder_points(branch: Branch, points: dict[int, int]) -> None:
    with branch.deps.store.transaction(None) as tx:
        for i, point in points.items():
            product = tx.catalog.product(branch.products[i])
            tx.catalog.save_product(
                replace(product, reorder_point=Decimal(point)), branch.deps.now()
            )


def test_the_suggestions_become_one_draft_per_supplier_in_one_step(branch: Branch) -> None:
    # every product starts with 5 in stock (tests.builders)
    _reorder_points(branch, {0: 10, 2: 8, 3: 6, 4: 2})
    a = give_supplier(branch, "A", {0: "300.00", 2: "900.00"}, lead_time=4, pack=Decimal(6))
    b = give_supplier(branch, "B", {0: "310.00", 3: "70.00", 4: "500.00"}, lead_time=7)
    cashier = branch.actor("cashier")
    open_cash_session(branch.deps, cashier, Money.of(Decimal(1000), "DZD"))
    checkout(
        branch.deps,
        cashier,
        CheckoutRequest(
            (CartLine(branch.products[0], Decimal(3)),),
            (Tender(TenderKind.CASH, Money.of(Decimal(2000), "DZD")),),
        ),
    )
    # ten of the oil already ordered from A: 5 + 10 at arrival is above its point of 8
    buyer = branch.actor("manager")
    open_oil, _ = save_draft_order(
        branch.deps, buyer, OrderDraft(a.id, [OrderLineDraft(branch.products[2], Decimal(10))])
    )
    send_order(branch.deps, buyer, open_oil.id)

    found = reorder_suggestions(branch.deps, buyer)
    # coffee: 2 on hand less 3/28 a day over 4 days = 1.57 at arrival, back to 20: 18.43,
    # six packs of 6 = 24 from A (cheaper than B); sugar: 12 - 5 = 7 from B; tea: 5 above 2
    assert [(s.supplier_code, [(ln.sku, ln.quantity) for ln in s.lines]) for s in found] == sorted(
        [("A", [(_sku(branch, 0), Decimal(24))]), ("B", [(_sku(branch, 3), Decimal(7))])],
        key=lambda s: str(a.id if s[0] == "A" else b.id),
    )

    orders, _ = orders_from_suggestions(branch.deps, buyer)
    by_supplier = {o.supplier_id: o for o in orders}
    assert set(by_supplier) == {a.id, b.id}
    coffee = by_supplier[a.id].lines[0]
    assert (coffee.quantity, coffee.unit_price, coffee.reference) == (
        Decimal(24),
        Decimal("300.00"),
        "REF-A-0",
    )
    assert all(o.status == "draft" for o in orders)
    # what is now on order is not suggested again
    assert reorder_suggestions(branch.deps, buyer) == []


def _sku(branch: Branch, index: int) -> str:
    with branch.deps.store.read() as tx:
        return tx.catalog.product(branch.products[index]).sku
