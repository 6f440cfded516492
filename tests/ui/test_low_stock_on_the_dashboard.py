"""The branch manager's dashboard, open while the till sells: the sale that takes the coffee
to its reorder point shows at once as a notice and a row of the week's low-stock alerts (the
event reaches the screen through the Qt bridge, on the GUI thread)."""

from __future__ import annotations

from decimal import Decimal

from pytestqt.qtbot import QtBot

from erp_desktop.app.reactions import subscribe_reactions
from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.dashboard_view import DashboardView
from tests.builders import Branch
from tests.ui.conftest import settle


def test_the_sale_that_takes_coffee_low_shows_on_the_open_dashboard(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    subscribe_reactions(branch.deps)
    cashier = branch.actor("cashier")
    open_cash_session(branch.deps, cashier, Money.of(Decimal(0), "DZD"))
    ctx.actor = branch.actor("manager")
    view = DashboardView(ctx)
    qtbot.addWidget(view)
    view.show()
    settle(qtbot, ctx)
    assert view.alerts.rows == [] and not view.low_stock_notice.isVisible()

    def sell(quantity: int) -> object:
        return checkout(
            branch.deps,
            cashier,
            CheckoutRequest(
                (CartLine(branch.products[0], Decimal(quantity)),),
                (Tender(TenderKind.CASH, Money.of(Decimal(100_000), "DZD")),),
            ),
        )

    ctx.db.submit(lambda: sell(89), lambda _r: None)  # 100 -> 11: not yet
    settle(qtbot, ctx)
    assert not view.low_stock_notice.isVisible()
    ctx.db.submit(lambda: sell(1), lambda _r: None)  # 11 -> 10: at the reorder point
    qtbot.waitUntil(view.low_stock_notice.isVisible, timeout=5000)
    settle(qtbot, ctx)
    assert "SKU0000" in view.low_stock_notice.text()
    assert "10" in view.low_stock_notice.text()
    assert len(view.alerts.rows) == 1
    assert view.alerts.rows[0][0].startswith("SKU0000")
    assert view.alerts.rows[0][1:3] == ("10", "10")
