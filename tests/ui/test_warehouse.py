"""The warehouse desk by scanning: a goods receipt, a transfer to Oran received there, a
count reviewed then posted, and reorder suggestions."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from erp_desktop.app.stock.transfers import accept_incoming_transfer
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.i18n import LanguageManager
from erp_desktop.ui.main_window import MainWindow
from erp_desktop.ui.tasks import TaskRunner
from erp_desktop.ui.warehouse_view import LinesEditor, WarehouseView
from tests.builders import Branch, build_branch
from tests.desktop.purchasing.helpers import give_supplier
from tests.ui.conftest import settle


def desk(qtbot: QtBot, ctx: UiContext, branch: Branch, user: str = "clerk") -> WarehouseView:
    ctx.actor = branch.actor(user)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.show_page("warehouse")
    settle(qtbot, ctx)
    view = window.pages["warehouse"]
    assert isinstance(view, WarehouseView)
    return view


def scan(qtbot: QtBot, ctx: UiContext, editor: LinesEditor, code: str) -> None:
    qtbot.keyClicks(editor.scan, code)
    qtbot.keyClick(editor.scan, Qt.Key.Key_Return)
    settle(qtbot, ctx)


def level(branch: Branch, product: object, warehouse: str = "wh01") -> Decimal:
    with branch.deps.store.read() as tx:
        return tx.stock.stock_position(branch.ids[warehouse], product).quantity  # type: ignore[attr-defined, arg-type]


def test_a_goods_receipt_by_scanning(qtbot: QtBot, ctx: UiContext, branch: Branch) -> None:
    market = give_supplier(branch, "M01", {})  # a market purchase names its supplier
    view = desk(qtbot, ctx, branch)
    assert view.receipt is not None
    assert view.receipt_panel.supplier.currentData() == str(market.id)
    scan(qtbot, ctx, view.receipt, "24*" + branch.barcodes[1])
    scan(qtbot, ctx, view.receipt, "SKU0003")  # a typed SKU
    scan(qtbot, ctx, view.receipt, "SKU0003")
    assert [p.id for p in view.receipt.products] == [branch.products[1], branch.products[3]]
    assert view.receipt.quantity(1) == 2
    assert view.receipt.cell(0, 3) == Decimal("9")  # milk: reduced VAT rate
    view.receipt.set_cell(0, 2, "80,50")  # the supplier's price, typed the French way
    view.post_receipt.click()
    settle(qtbot, ctx)
    # "ALG01-PR-2026-000001 enregistré." once the translations are regenerated
    assert view.status.text().startswith("ALG01-PR-2026-000001 "), view.status.text()
    assert view.receipt.products == []
    assert level(branch, branch.products[1]) == 124
    assert level(branch, branch.products[3]) == 102


def test_a_transfer_to_oran_is_received_there(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    alger = build_branch(tmp_path / "a", "ALG01")
    oran = build_branch(tmp_path / "b", "ALG02", ids=alger.ids)  # type: ignore[attr-defined]
    languages = LanguageManager(qapp, "DZ")
    languages.switch("fr")
    ctx = UiContext(alger.deps, TaskRunner("alger"), languages, tmp_path, alger.register_id)
    view = desk(qtbot, ctx, alger)
    assert view.transfer is not None
    assert view.destination.currentText().startswith("ALG02")
    scan(qtbot, ctx, view.transfer, "10*" + alger.barcodes[2])
    view.post_transfer.click()
    settle(qtbot, ctx)
    assert level(alger, alger.products[2]) == 90
    with alger.deps.store.read() as tx:
        sent = tx.stock.stock_document(tx.stock.transfers_in_transit_to(oran.branch_id)[0].id)
    with oran.deps.store.transaction(None) as tx:  # what the sync pull will do
        accept_incoming_transfer(tx, sent, oran.clock.now())

    oran_ctx = UiContext(oran.deps, TaskRunner("oran"), languages, tmp_path, oran.register_id)
    arriving = desk(qtbot, oran_ctx, oran)
    assert arriving.arrivals is not None
    assert arriving.arrivals.rowCount() == 1
    assert arriving.arrivals.rows[0][0] == sent.number
    tools = arriving.arrivals_tools  # filtered, sorted and added up like every desk table
    assert tools.sums() == {3: Decimal(1), 4: Decimal(10)}
    qtbot.keyClicks(tools.filter, "ALG01")
    assert tools.shown_rows() == [0]
    qtbot.keyClicks(tools.filter, "-nothing")
    assert tools.shown_rows() == [] and tools.sums() == {}
    tools.filter.clear()
    arriving.arrivals_tools.view.selectRow(0)
    arriving.accept_transfer.click()
    settle(qtbot, oran_ctx)
    assert sent.number in arriving.status.text()
    assert level(oran, oran.products[2], "wh02") == 110
    assert arriving.arrivals.rowCount() == 0
    for c in (ctx, oran_ctx):
        c.shutdown()
    alger.replica.close()
    oran.replica.close()


def test_a_count_is_reviewed_before_it_is_posted(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    view = desk(qtbot, ctx, branch)
    assert view.count is not None
    scan(qtbot, ctx, view.count, "97*" + branch.barcodes[0])  # 100 on the books
    scan(qtbot, ctx, view.count, "100*" + branch.barcodes[5])
    assert not view.post_count_button.isEnabled()
    view.review_button.click()
    settle(qtbot, ctx)
    assert view.count.table.item(0, 2).text() == "100"
    assert view.count.table.item(0, 3).text() == "-3"
    assert view.count.table.item(1, 3).text() == "0"
    assert view.post_count_button.isEnabled()
    view.post_count_button.click()
    settle(qtbot, ctx)
    assert level(branch, branch.products[0]) == 97
    assert level(branch, branch.products[5]) == 100


def test_reorder_suggestions_list_what_runs_low(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    view = desk(qtbot, ctx, branch, "manager")
    assert view.reorder.rowCount() == 0  # 100 of everything
    view.count.products = []  # type: ignore[union-attr]
    scan(qtbot, ctx, view.count, "2*" + branch.barcodes[0])  # type: ignore[arg-type]
    view.review_button.click()
    settle(qtbot, ctx)
    view.post_count_button.click()
    settle(qtbot, ctx)
    rows = view.reorder.rows
    assert [r[0] for r in rows] == ["SKU0000"]
