"""The desks' tables at the till's standard: a filter (Ctrl+F, Esc clears it), sorting with
numbers sorted as numbers, totals of the rows shown, and an export of what is shown, numbers
as numeric cells; on the warehouse's reorder list, the books and the stock history."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.desk_table import DeskTools
from erp_desktop.ui.formatting import money, number
from erp_desktop.ui.main_window import MainWindow
from erp_desktop.ui.reports_view import ReportsView
from erp_desktop.ui.rows_model import RowsModel
from erp_desktop.ui.warehouse_view import WarehouseView
from tests.builders import Branch
from tests.desktop.purchasing.helpers import give_supplier
from tests.ui.conftest import settle
from tests.ui.test_warehouse import scan


def flat(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def _table(qtbot: QtBot) -> tuple[QTableView, QWidget, DeskTools]:
    model = RowsModel(lambda: ("Article", "Quantité", "Montant"), numeric=(1, 2))
    screen = QWidget()
    qtbot.addWidget(screen)
    view = QTableView()
    view.setObjectName("sample")
    tools = DeskTools(view, model, lambda: "fr_DZ", lambda: "Essai", lambda: False)
    layout = QVBoxLayout(screen)
    layout.addLayout(tools.bar())
    layout.addWidget(view)
    fr = "fr_DZ"
    model.set_rows(
        [
            ("Lait", number(Decimal(9), fr), money(Money.of(Decimal("9.5"), "DZD"), fr)),
            ("Café", number(Decimal(10), fr), money(Money.of(Decimal("1234.5"), "DZD"), fr)),
            ("Thé", number(Decimal(-3), fr), money(Money.of(Decimal("-20"), "DZD"), fr)),
            ("Total", number(Decimal(16), fr), money(Money.of(Decimal("1224"), "DZD"), fr)),
        ],
        bold_rows=[3],
    )
    screen.show()
    with qtbot.waitActive(screen):
        screen.activateWindow()
    view.setFocus()
    return view, screen, tools  # the screen kept alive by the test


def shown_names(tools: DeskTools) -> list[str]:
    return [tools.rows.rows[r][0] for r in tools.shown_rows()]


def test_numbers_sort_as_numbers_and_the_total_line_is_not_counted_twice(qtbot: QtBot) -> None:
    view, _screen, tools = _table(qtbot)
    assert shown_names(tools) == ["Lait", "Café", "Thé", "Total"]  # the report's own order
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert shown_names(tools) == ["Thé", "Lait", "Café", "Total"]  # -3, 9, 10, 16: not "10" < "9"
    view.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert shown_names(tools) == ["Café", "Total", "Lait", "Thé"]
    assert tools.sums() == {1: Decimal(16), 2: Decimal("1224.0")}
    # three rows counted, the total line not among them, whatever language is loaded
    assert "1 224" in flat(tools.totals.text()) and flat(tools.totals.text()).startswith("3 ")


def test_the_filter_narrows_the_rows_and_their_totals_and_esc_clears_it(qtbot: QtBot) -> None:
    view, _screen, tools = _table(qtbot)
    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tools.filter.hasFocus()
    qtbot.keyClicks(tools.filter, "caf")
    assert shown_names(tools) == ["Café"]
    assert tools.sums() == {1: Decimal(10), 2: Decimal("1234.5")}
    qtbot.keyClick(tools.filter, Qt.Key.Key_Escape)
    assert tools.filter.text() == "" and len(shown_names(tools)) == 4
    qtbot.keyClicks(tools.filter, "1 234")  # a figure as shown, with its spaces
    assert shown_names(tools) == ["Café"]


def test_the_export_writes_what_is_shown_with_numbers_as_numbers(
    qtbot: QtBot, tmp_path: Path
) -> None:
    view, _screen, tools = _table(qtbot)
    qtbot.keyClicks(tools.filter, "t")  # Lait, Thé, Total
    view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    tools.ask_path = lambda _s: (str(tmp_path / "essai.xlsx"), "Excel")
    qtbot.keyClick(
        view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    sheet = openpyxl.load_workbook(tmp_path / "essai.xlsx").active
    assert sheet is not None
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows == [
        ["Article", "Quantité", "Montant"],
        ["Total", 16, 1224],
        ["Lait", 9, 9.5],
        ["Thé", -3, -20],
    ]
    assert sheet["A2"].font.bold and not sheet["A3"].font.bold
    tools.ask_path = lambda _s: (str(tmp_path / "essai.csv"), "CSV")
    tools.export()
    with (tmp_path / "essai.csv").open(encoding="utf-8-sig") as handle:
        assert list(csv.reader(handle, delimiter=";"))[3] == ["Thé", "-3", "-20.00"]


def test_the_reorder_list_of_the_warehouse_desk_filters_sorts_and_adds_up(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    ctx.actor = branch.actor("manager")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.show_page("warehouse")
    settle(qtbot, ctx)
    view = window.pages["warehouse"]
    assert isinstance(view, WarehouseView) and view.count is not None
    for code in ("2*" + branch.barcodes[0], "1*" + branch.barcodes[1], "3*" + branch.barcodes[2]):
        scan(qtbot, ctx, view.count, code)
    view.review_button.click()
    settle(qtbot, ctx)
    view.post_count_button.click()
    settle(qtbot, ctx)
    tools = view.reorder_tools
    assert len(tools.shown_rows()) == 3
    in_stock = 2
    assert tools.sums()[in_stock] == 6
    qtbot.keyClicks(tools.filter, "SKU0001")
    assert [view.reorder.rows[r][0] for r in tools.shown_rows()] == ["SKU0001"]
    tools.filter.clear()
    tools.view.sortByColumn(in_stock, Qt.SortOrder.DescendingOrder)
    assert [view.reorder.rows[r][2] for r in tools.shown_rows()] == ["3", "2", "1"]


def test_the_books_sort_by_amount_and_add_up_the_lines_shown(
    qtbot: QtBot, qapp: QApplication, ctx: UiContext, branch: Branch
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
    sums = view.tools.sums()
    assert sums[2] == sums[3] > 0  # debit = credit over the accounts shown
    view.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    first = view.model.rows[view.tools.shown_rows()[0]]
    assert first[0] in ("700", "") or flat(first[3]).startswith("900")
    qtbot.keyClicks(view.tools.filter, "445")  # the VAT account
    assert all(view.model.rows[r][0].startswith("445") for r in view.tools.shown_rows())
    assert view.tools.sums()[3] == Decimal("143.70")


def test_the_books_export_what_is_shown_and_read_the_period_again_on_f5(
    qtbot: QtBot, qapp: QApplication, ctx: UiContext, branch: Branch, tmp_path: Path
) -> None:
    """The books at the desks' standard: the export writes the rows the filter shows, in
    the order shown, with the shared export (numbers as numbers); F5 reads it again."""
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
    view = ReportsView(ctx)
    qtbot.addWidget(view)
    view.show()
    settle(qtbot, ctx)
    qtbot.keyClicks(view.tools.filter, "445")
    view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    view.write_csv(tmp_path / "vat.csv")
    with (tmp_path / "vat.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert len(rows) == 1 + len(view.tools.shown_rows()) >= 2
    assert all(r[0].startswith("445") for r in rows[1:])
    assert sum(Decimal(r[3] or 0) for r in rows[1:]) == Decimal("143.70")
    view.write_xlsx(tmp_path / "vat.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "vat.xlsx").active
    assert sheet is not None and sheet.max_row == len(rows)
    checkout(
        branch.deps,
        cashier,
        CheckoutRequest(
            (CartLine(branch.products[0], Decimal(1)),),
            (Tender(TenderKind.CARD, Money.of(Decimal(450), "DZD")),),
        ),
    )
    view.tools.filter.clear()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F5)
    settle(qtbot, ctx)
    qtbot.keyClicks(view.tools.filter, "445")
    assert view.tools.sums()[3] > Decimal("143.70")


def test_the_warehouse_desk_by_keyboard(qtbot: QtBot, ctx: UiContext, branch: Branch) -> None:
    """Ctrl+<n> goes to a tab and its scan field, Del drops the selected line, Ctrl+Enter
    runs the tab's action: a goods receipt scanned and posted without the mouse."""
    give_supplier(branch, "M01", {})  # a goods receipt names its supplier (issue 14)
    ctx.actor = branch.actor("clerk")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.show_page("warehouse")
    settle(qtbot, ctx)
    view = window.pages["warehouse"]
    assert isinstance(view, WarehouseView) and view.receipt is not None
    count_tab = view.tab_keys.index("count") + 1
    qtbot.keyClick(view.tabs, Qt.Key(Qt.Key.Key_0 + count_tab), Qt.KeyboardModifier.ControlModifier)
    assert view.tab_keys[view.tabs.currentIndex()] == "count"
    assert view.count is not None and view.count.scan.hasFocus()
    qtbot.keyClick(view.tabs, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert view.tab_keys[view.tabs.currentIndex()] == "receipt" and view.receipt.scan.hasFocus()
    for code in ("6*" + branch.barcodes[1], branch.barcodes[3]):
        scan(qtbot, ctx, view.receipt, code)
    view.receipt.table.setFocus()
    view.receipt.table.selectRow(1)
    qtbot.keyClick(view.receipt.table, Qt.Key.Key_Delete)
    assert [p.id for p in view.receipt.products] == [branch.products[1]]
    qtbot.keyClick(view.receipt.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ctx)
    assert view.receipt.products == [], view.status.text()
    with branch.deps.store.read() as tx:
        level = tx.stock.stock_position(
            tx.org.default_warehouse(branch.branch_id), branch.products[1]
        )
    assert level.quantity == 106
