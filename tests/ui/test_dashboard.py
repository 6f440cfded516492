"""The manager's dashboard after a morning of sales: takings, tickets, hours, cashiers,
payment methods (net of change and refunds) and the cash session."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from pytestqt.qtbot import QtBot

from erp_desktop.app.dashboard import branch_dashboard
from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.returns import ReturnRequest, return_sale
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.dashboard_view import DashboardView
from tests.builders import Branch
from tests.ui.conftest import settle


def DA(value: int) -> Money:
    return Money.of(Decimal(value), "DZD")


def morning(branch: Branch) -> tuple[Money, Money, Money]:
    """Two sales and a return; their totals (the first carries stamp duty and rounding)."""
    cashier = branch.actor("cashier")
    open_cash_session(branch.deps, cashier, DA(1000))
    coffee, milk = branch.products[0], branch.products[1]
    first = checkout(
        branch.deps,
        cashier,
        CheckoutRequest((CartLine(coffee, Decimal(2)),), (Tender(TenderKind.CASH, DA(1000)),)),
    ).sale  # 900 of coffee paid in cash, the change given back
    branch.clock.set(branch.clock.now() + timedelta(hours=2))  # 11:00 in Algiers
    second = checkout(
        branch.deps,
        cashier,
        CheckoutRequest(
            (CartLine(milk, Decimal(5)),), (Tender(TenderKind.CARD, DA(600), reference="T1"),)
        ),
    ).sale
    credit, _ = return_sale(
        branch.deps, cashier, ReturnRequest(first.number, {first.lines[0].id: Decimal(1)})
    )
    return tuple(s.total for s in (first, second, credit))  # type: ignore[return-value]


def test_the_dashboard_adds_up_the_morning(branch: Branch) -> None:
    first, second, refund = morning(branch)
    assert first > DA(900)  # stamp duty on the cash payment
    board = branch_dashboard(branch.deps, branch.actor("manager"))
    day = first + second - refund
    assert board.today == day
    assert board.today_tickets == 2
    assert board.by_hour == {9: first, 11: second - refund}
    assert board.by_cashier == {"cashier": day}
    assert board.by_tender == {"cash": first - refund, "card": DA(600)}
    assert board.by_day[-1] == (board.day, day)
    assert board.average_ticket == Money.of(day.amount / 2, "DZD")
    assert [s.status for s in board.sessions] == ["open"]


def test_the_dashboard_screen(qtbot: QtBot, ctx: UiContext, branch: Branch) -> None:
    first, second, refund = morning(branch)
    ctx.actor = branch.actor("manager")
    view = DashboardView(ctx)
    qtbot.addWidget(view)
    view.show()
    settle(qtbot, ctx)
    shown = view.kpis["today"].text().replace("\u00a0", " ").replace("\u202f", " ")
    assert shown == f"{first.amount + second.amount - refund.amount:,.2f} DA".replace(
        ",", " "
    ).replace(".", ",")
    assert view.kpis["tickets"].text() == "2"
    assert [r[0] for r in view.tenders.rows] == ["Carte", "Espèces"]
    assert view.sessions.rows[0][3] == "ouverte"
    bars = view.hours.chart().series()[0].barSets()[0]  # from 08:00: 09:00 is the second bar
    assert (bars.at(0), bars.at(1)) == (0.0, float(first.amount))
