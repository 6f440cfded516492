"""The event bus's reactions, after commit and isolated: a product falling to its reorder
point raises stock.low_stock and an alert the branch manager sees; a customer's purchases
keep their history for CRM; a broken handler never costs a sale nor the other reactions."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from uuid import UUID

import pytest

from erp_desktop.app.customers import save_customer
from erp_desktop.app.events import Event
from erp_desktop.app.purchase_history import purchase_history
from erp_desktop.app.reactions import subscribe_reactions
from erp_desktop.app.stock.adjustments import adjust_stock
from erp_desktop.app.stock.low_stock import LOW_STOCK, low_stock_alerts
from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.documents import SaleDocument
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from tests.builders import Branch, build_branch


@pytest.fixture
def shop(tmp_path: Path) -> Branch:
    """Twelve of every product on the shelf; every reorder point is 10."""
    built = build_branch(tmp_path, stock=12)
    subscribe_reactions(built.deps)
    yield built
    built.replica.close()


def DA(value: int) -> Money:
    return Money.of(Decimal(value), "DZD")


def sell(
    shop: Branch, quantity: int, product: int = 0, customer: UUID | None = None
) -> SaleDocument:
    cashier = shop.actor("cashier")
    return checkout(
        shop.deps,
        cashier,
        CheckoutRequest(
            (CartLine(shop.products[product], Decimal(quantity)),),
            (Tender(TenderKind.CASH, DA(100_000)),),
            customer_id=customer,
        ),
    ).sale


def heard(shop: Branch, name: str) -> list[Event]:
    events: list[Event] = []
    shop.deps.bus.subscribe(name, events.append)
    return events


def test_selling_coffee_down_to_its_reorder_point_raises_one_alert_for_the_manager(
    shop: Branch,
) -> None:
    open_cash_session(shop.deps, shop.actor("cashier"), DA(0))
    low = heard(shop, LOW_STOCK)
    sell(shop, 1)  # 12 -> 11: still above the point
    assert low == []
    sell(shop, 1)  # 11 -> 10: at the point
    assert [e.data["sku"] for e in low] == ["SKU0000"]
    assert (low[0].data["level"], low[0].data["reorder_point"]) == ("10", "10")
    sell(shop, 3)  # 10 -> 7: already low, nothing new
    assert len(low) == 1
    alerts = low_stock_alerts(shop.deps, shop.actor("manager"))
    assert [(a.sku, a.level, a.reorder_point) for a in alerts] == [
        ("SKU0000", Decimal(10), Decimal(10))
    ]
    assert alerts[0].raised_at == shop.deps.now()


def test_a_breakage_that_takes_the_milk_low_raises_the_alert_too(shop: Branch) -> None:
    low = heard(shop, LOW_STOCK)
    adjust_stock(shop.deps, shop.actor("admin"), [(shop.products[1], Decimal(-5))], "breakage")
    assert [e.data["sku"] for e in low] == ["SKU0001"]
    assert low[0].data["level"] == "7"
    found = adjust_stock(shop.deps, shop.actor("admin"), [(shop.products[2], Decimal(4))], "found")
    assert found and len(low) == 1  # stock coming in never raises it
    assert [a.sku for a in low_stock_alerts(shop.deps, shop.actor("manager"))] == ["SKU0001"]


def test_a_broken_handler_costs_neither_the_sale_nor_the_alert(shop: Branch) -> None:
    def broken(_event: Event) -> None:
        raise RuntimeError("the loyalty module is down")

    shop.deps.bus.subscribe("sales.sale_completed", broken)
    open_cash_session(shop.deps, shop.actor("cashier"), DA(0))
    sale = sell(shop, 2)
    assert sale.number
    assert [a.sku for a in low_stock_alerts(shop.deps, shop.actor("manager"))] == ["SKU0000"]


def test_a_customers_purchases_add_up_in_their_history(shop: Branch) -> None:
    cashier = shop.actor("cashier")
    open_cash_session(shop.deps, cashier, DA(0))
    customer, _ = save_customer(shop.deps, cashier, None, name="Mme Benali", phone="0661")
    manager = shop.actor("manager")
    assert purchase_history(shop.deps, manager, customer.id) is None
    first = sell(shop, 1, customer=customer.id)
    sell(shop, 1, product=1)  # an anonymous sale: nobody's history
    shop.clock.set(shop.clock.now().replace(hour=15))
    second = sell(shop, 2, product=1, customer=customer.id)
    history = purchase_history(shop.deps, manager, customer.id)
    assert history is not None
    assert history.purchases == 2
    assert history.spent_minor == (first.total + second.total).to_minor()
    assert history.currency == "DZD"
    assert history.first_purchase_at == first.issued_at
    assert history.last_purchase_at == second.issued_at


def test_the_same_sale_heard_twice_counts_once(shop: Branch) -> None:
    cashier = shop.actor("cashier")
    open_cash_session(shop.deps, cashier, DA(0))
    customer, _ = save_customer(shop.deps, cashier, None, name="M. Haddad")
    sale = sell(shop, 1, customer=customer.id)
    shop.deps.bus.publish(Event("sales.sale_completed", {"sale_id": str(sale.id)}))
    history = purchase_history(shop.deps, shop.actor("manager"), customer.id)
    assert history is not None and history.purchases == 1
