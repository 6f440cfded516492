"""The stock list (lazy pages, search in French and Arabic, movement history) and the books
(trial balance after a sale, CSV export)."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.main_window import MainWindow
from erp_desktop.ui.reports_view import ReportsView
from erp_desktop.ui.stock_view import StockView
from tests.builders import Branch
from tests.ui.conftest import settle


def test_stock_list_search_and_history(qtbot: QtBot, ctx: UiContext, branch: Branch) -> None:
    ctx.actor = branch.actor("clerk")
    view = StockView(ctx)
    qtbot.addWidget(view)
    view.show()
    settle(qtbot, ctx)
    model = view.model
    assert model.rowCount() == 10
    assert model.data(model.index(0, 0)) == "SKU0000"
    assert model.data(model.index(0, 2)) == "\u2066100 pce\u2069"

    view.search.setText("قهوه")  # typed with haa for taa marbuta (QTest types ASCII only)
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
    assert model.data(model.index(0, 1)) == "Café moulu 250 g"
    view.search.clear()
    qtbot.keyClicks(view.search, "CAFE")
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
    view.search.clear()
    qtbot.waitUntil(lambda: model.rowCount() == 10, timeout=5000)
    model.data(model.index(0, 1))  # what painting the row does: asks for its page
    qtbot.waitUntil(lambda: model.row_at(0) is not None, timeout=5000)

    view.table.selectRow(0)
    qtbot.waitUntil(lambda: view.history.rowCount() == 1, timeout=5000)
    assert view.history.rowCount() == 1
    assert view.history.rows[0][1] == "Réception"


def test_the_lazy_list_asks_only_for_pages_it_shows(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    ctx.actor = branch.actor("clerk")
    asked: list[int] = []
    view = StockView(ctx)
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    settle(qtbot, ctx)
    original = view.model._load_page
    view.model._load_page = lambda offset, limit, done: (
        asked.append(offset),
        original(offset, limit, done),
    )
    view.model.show_all(5000)  # pretend a big catalog: only the first page is asked
    settle(qtbot, ctx)
    assert asked == [0]
    view.table.scrollToBottom()
    settle(qtbot, ctx)
    assert asked[-1] == 4800


def test_books_after_a_sale_balance_and_export(
    qtbot: QtBot, ctx: UiContext, branch: Branch, tmp_path: Path
) -> None:
    cashier = branch.actor("cashier")
    open_cash_session(branch.deps, cashier, Money.of(Decimal(0), "DZD"))
    checkout(
        branch.deps,
        cashier,
        CheckoutRequest(
            (CartLine(branch.products[0], Decimal(2)),),
            (Tender(TenderKind.CARD, Money.of(Decimal(900), "DZD")),),
        ),
    )
    ctx.actor = branch.actor("accountant")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.show_page("books")
    settle(qtbot, ctx)
    view = window.pages["books"]
    assert isinstance(view, ReportsView)
    rows = {r[0]: r for r in view.model.rows}
    assert rows["700"][3].replace("\u00a0", " ").replace("\u202f", " ") == "756,30 DA"
    assert view.summary.text() == "Équilibrée"
    total = view.model.rows[-1]
    assert total[2] == total[3]
    view.write_csv(tmp_path / "tb.csv")
    with (tmp_path / "tb.csv").open(encoding="utf-8-sig") as handle:
        exported = list(csv.reader(handle, delimiter=";"))
    assert exported[0] == ["Compte", "Libellé", "Débit", "Crédit"]
    assert len(exported) == len(view.model.rows) + 1

    view.kind.setCurrentIndex(3)  # VAT summary
    settle(qtbot, ctx)
    collected = [r for r in view.model.rows if r[0]]  # one row per VAT rate
    assert [(r[0], r[3].replace("\u00a0", " ")) for r in collected] == [("19 %", "143,70 DA")]
    assert view.summary.text().startswith("TVA à payer")
    assert view.table.model().headerData(0, Qt.Orientation.Horizontal) == "Taux"


def test_the_journal_lists_the_lines_of_the_period(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    ctx.actor = branch.actor("accountant")
    view = ReportsView(ctx)
    qtbot.addWidget(view)
    view.show()
    settle(qtbot, ctx)
    view.kind.setCurrentIndex(view.REPORTS.index("journal"))
    settle(qtbot, ctx)
    assert view.model.headerData(0, Qt.Orientation.Horizontal) == "Date et pièce"
    rows = view.model.rows
    assert rows and all(r[0].startswith("2026-03-10") for r in rows)  # the opening receipt
    assert any(r[1].startswith("30  ") for r in rows)  # stock account, with its name
    assert view.summary.text() == ""
