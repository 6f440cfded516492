"""A negative figure in an Arabic table is drawn "-544", the sign on the left, as Qt really
paints the cell (the formatting wraps figures in a left-to-right isolate; this checks the
pixels, not the string): the stock list and the movements of the selected product."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.stock_view import StockView
from tests.builders import Branch
from tests.ui.conftest import settle

Box = tuple[int, int, int, int]  # left, top, right, bottom (inclusive), in pixels


def _ink_marks(image: QImage) -> list[Box]:
    """The separate marks drawn in a cell (ink that differs from the cell's background),
    left to right, each as the box of its connected pixels."""
    background = image.pixelColor(1, 1)
    w, h = image.width(), image.height()

    def inked(x: int, y: int) -> bool:
        c = image.pixelColor(x, y)
        return (
            abs(c.red() - background.red())
            + abs(c.green() - background.green())
            + abs(c.blue() - background.blue())
            > 180
        )

    seen: set[tuple[int, int]] = set()
    marks: list[Box] = []
    for x in range(2, w - 2):
        for y in range(2, h - 2):
            if (x, y) in seen or not inked(x, y):
                continue
            stack, box = [(x, y)], [x, y, x, y]
            seen.add((x, y))
            while stack:
                px, py = stack.pop()
                box = [min(box[0], px), min(box[1], py), max(box[2], px), max(box[3], py)]
                for nx, ny in ((px + 1, py), (px - 1, py), (px, py + 1), (px, py - 1)):
                    inside = 2 <= nx < w - 2 and 2 <= ny < h - 2
                    if inside and (nx, ny) not in seen and inked(nx, ny):
                        seen.add((nx, ny))
                        stack.append((nx, ny))
            marks.append((box[0], box[1], box[2], box[3]))
    return sorted(marks)


def _is_minus(box: Box) -> bool:
    """A minus sign: a short flat bar, at least twice as wide as it is high."""
    width, height = box[2] - box[0] + 1, box[3] - box[1] + 1
    return width >= 3 and height <= 3 and width >= 2 * height


def _leftmost_mark_is_a_minus(table: QTableView, index: QModelIndex) -> bool:
    image = table.viewport().grab(table.visualRect(index)).toImage()
    marks = _ink_marks(image)
    assert len(marks) >= 3, marks  # the sign and the digits (in DejaVu Sans "44" touch)
    assert any(_is_minus(m) for m in marks), marks  # the sign is seen, wherever it is
    sign, digit = marks[0], marks[1]
    # the sign, then a digit taller than it, its bar at the digit's mid-height
    return _is_minus(sign) and digit[1] < sign[1] < digit[3] and not _is_minus(digit)


@pytest.mark.usefixtures("client_fonts")
def test_the_sign_of_a_negative_figure_is_drawn_left_of_its_digits_in_arabic(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    cashier = branch.actor("cashier")
    open_cash_session(branch.deps, cashier, Money.of(Decimal(0), "DZD"))
    sold = Decimal(644)  # 100 on hand: -544 left
    checkout(
        branch.deps,
        cashier,
        CheckoutRequest(
            (CartLine(branch.products[0], sold),),
            (Tender(TenderKind.CARD, Money.of(sold * 450, "DZD")),),
        ),
    )
    ctx.actor = branch.actor("clerk")
    ctx.languages.switch("ar")
    view = StockView(ctx)
    qtbot.addWidget(view)
    view.resize(1000, 650)
    view.show()
    settle(qtbot, ctx)
    model = view.model
    model.data(model.index(0, 1))
    qtbot.waitUntil(lambda: model.row_at(0) is not None, timeout=5000)
    on_hand = model.index(0, 2)
    assert "-544" in model.data(on_hand)
    assert _leftmost_mark_is_a_minus(view.table, on_hand)  # "-544 قطعة", not "544- قطعة"
    view.table.selectionModel().select(  # selectRow() selects nothing in RTL offscreen
        model.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    qtbot.waitUntil(lambda: view.history.rowCount() == 2, timeout=5000)
    qtbot.wait(50)
    history = view.history_table.model()
    row = next(r for r in range(history.rowCount()) if "-644" in history.index(r, 2).data())
    assert _leftmost_mark_is_a_minus(view.history_table, history.index(row, 2))  # "-644"


def test_an_arabic_count_variance_keeps_its_sign_on_the_left(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    """The count review writes its differences through the isolating formatter: "-3" stays
    "-3" in an Arabic cell, not "3-" (the desk once wrote str(difference))."""
    from erp_desktop.ui.main_window import MainWindow
    from erp_desktop.ui.warehouse_view import WarehouseView
    from tests.ui.test_warehouse import scan

    ctx.actor = branch.actor("clerk")
    ctx.languages.switch("ar")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.show_page("warehouse")
    settle(qtbot, ctx)
    view = window.pages["warehouse"]
    assert isinstance(view, WarehouseView) and view.count is not None
    scan(qtbot, ctx, view.count, "97*" + branch.barcodes[0])  # 100 on the books
    view.review_button.click()
    settle(qtbot, ctx)
    shown = view.count.table.item(0, 3).text()
    assert shown == "\u2066-3\u2069", repr(shown)
    ctx.languages.switch("fr")
