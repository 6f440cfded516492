"""The warehouse desk's documents at the other desks' standard (issue 17): the receipts,
transfers and counts of a period, filtered by kind, by status, by dates and by text, sorted
by quantity, the rows shown added up, exported with numbers as numbers, reached by Ctrl+6;
and the arriving transfers' own table filtering and adding up the same way."""

from __future__ import annotations

import csv
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from erp_desktop.app.stock.adjustments import post_count
from erp_desktop.app.stock.receipts import ReceiptLine, receive_goods
from erp_desktop.app.stock.transfers import send_transfer
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.main_window import MainWindow
from erp_desktop.ui.warehouse_view import WarehouseView
from tests.builders import Branch
from tests.ui.conftest import settle

QUANTITY, VALUE = 6, 7


def test_the_documents_of_a_period_filter_sort_add_up_and_export(
    qtbot: QtBot, ctx: UiContext, branch: Branch, tmp_path: Path
) -> None:
    manager = branch.actor("manager")
    p = branch.products
    branch.clock.set(branch.clock.now() - timedelta(days=40))  # last month's receipt
    old, _ = receive_goods(
        branch.deps, manager, None, None, [ReceiptLine(p[0], Decimal(5), Decimal(100), Decimal(19))]
    )
    branch.clock.set(branch.clock.now() + timedelta(days=41))  # the day after the stock came
    receipt, _ = receive_goods(
        branch.deps,
        manager,
        None,
        None,
        [
            ReceiptLine(p[1], Decimal(12), Decimal("80.50"), Decimal(19)),
            ReceiptLine(p[2], Decimal(3), Decimal(200), Decimal(19)),
        ],
    )
    sent, _ = send_transfer(branch.deps, manager, branch.other_branch_id, [(p[3], Decimal(7))])
    counted, _ = post_count(branch.deps, manager, {p[4]: Decimal(97)})  # 100 on the books

    ctx.actor = manager
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.show_page("warehouse")
    settle(qtbot, ctx)
    view = window.pages["warehouse"]
    assert isinstance(view, WarehouseView)
    docs = view.documents
    qtbot.keyClick(view.tabs, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert view.tab_keys[view.tabs.currentIndex()] == "documents"

    def numbers() -> list[str]:
        return [docs.model.rows[r][2] for r in docs.tools.shown_rows()]

    assert {old.number, receipt.number, sent.number, counted.number} <= set(numbers())
    # from today: last month's receipt and the opening stock are left out, read again
    docs.start.setDate(QDate(2026, 3, 11))
    settle(qtbot, ctx)
    assert set(numbers()) == {receipt.number, sent.number, counted.number}
    # signed as the stock moved: 15 in, 7 out, the count's variance -3
    assert docs.tools.sums()[QUANTITY] == Decimal(15 - 7 - 3)
    docs.kind.setCurrentIndex(docs.kind.findData("goods_receipt"))
    assert numbers() == [receipt.number]
    assert docs.tools.sums() == {5: Decimal(2), QUANTITY: Decimal(15), VALUE: Decimal("1566.00")}
    docs.kind.setCurrentIndex(0)
    docs.status.setCurrentIndex(docs.status.findData("in_transit"))
    assert numbers() == [sent.number]
    assert docs.model.rows[docs.tools.shown_rows()[0]][3] == "ALG02"  # where it goes
    docs.status.setCurrentIndex(0)
    docs.table.sortByColumn(QUANTITY, Qt.SortOrder.AscendingOrder)
    assert numbers() == [sent.number, counted.number, receipt.number]  # -7, -3, 15
    qtbot.keyClick(docs.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(docs.tools.filter, "ALG02")
    assert numbers() == [sent.number]
    qtbot.keyClick(docs.tools.filter, Qt.Key.Key_Escape)
    assert len(numbers()) == 3

    docs.tools.ask_path = lambda _s: (str(tmp_path / "documents.csv"), "CSV")
    docs.tools.export()
    with (tmp_path / "documents.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert [r[2] for r in rows[1:]] == [sent.number, counted.number, receipt.number]
    assert rows[3][QUANTITY:] == ["15", "1566.00"]  # numbers, not formatted text
