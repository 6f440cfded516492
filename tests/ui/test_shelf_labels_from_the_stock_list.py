"""Ctrl+E on the stock list prints shelf labels of the products selected there, at the price
the till charges (an article priced before VAT gets its VAT added), read back from the PDF."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from erp_desktop.ui.context import UiContext
from erp_desktop.ui.stock_view import StockView
from tests.builders import Branch
from tests.desktop.test_app_prices_and_returns import add_tax_excluded_article
from tests.printing.poppler import pdftotext
from tests.ui.conftest import settle


def test_the_selected_products_get_labels_at_the_till_s_price(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    add_tax_excluded_article(branch)  # HT0001, first by SKU: 680 DA before VAT
    ctx.actor = branch.actor("clerk")
    view = StockView(ctx)
    qtbot.addWidget(view)
    view.resize(1000, 650)
    view.show()
    settle(qtbot, ctx)
    qtbot.keyClick(view.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ctx)
    assert view.last_labels is None  # nothing selected: said, nothing printed
    model = view.model
    model.data(model.index(0, 1))
    qtbot.waitUntil(lambda: model.row_at(5) is not None, timeout=5000)
    chosen = [model.row_at(r) for r in (0, 4, 5)]
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for r in (0, 4, 5):
        view.table.selectionModel().select(model.index(r, 0), flags)
    view.labels_button.click()
    qtbot.waitUntil(lambda: view.last_labels is not None, timeout=8000)
    assert view.last_labels is not None
    shown = pdftotext(view.last_labels.read_bytes(), "-layout").replace("\u202f", " ")
    for row in chosen:
        assert row is not None and row.name in shown and row.sku in shown
    with branch.deps.store.read() as tx:
        products = tx.catalog.products([row.product_id for row in chosen if row])
    for product in products:
        if product.barcodes:
            assert product.barcodes[0][1:7] in shown
    assert chosen[0] is not None and chosen[0].sku == "HT0001"
    assert "809,20 DA" in shown  # 680 before 19 % VAT: the shelf says what the till charges
