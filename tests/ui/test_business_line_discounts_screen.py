"""The documents editor takes a discount typed in a line's cell ("10 %" or an amount), a
negative one explained and left out; the saved order shows it; in Arabic the documents
screen names each line in Arabic (the name the line was issued with)."""

from __future__ import annotations

from decimal import Decimal

from pytestqt.qtbot import QtBot

from erp_desktop.kernel.money import Money
from erp_desktop.ui.business_document_dialogs import DISCOUNT_COLUMN
from erp_desktop.ui.business_documents_view import BusinessDocumentsView
from erp_desktop.ui.context import UiContext
from tests.builders import Branch
from tests.desktop.receivables_helpers import wholesale_customer
from tests.ui.conftest import settle
from tests.ui.test_business_screens import _page


def test_a_discount_typed_on_a_line_is_saved_and_the_arabic_screen_shows_arabic_names(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    wholesale_customer(branch)
    window, view = _page(qtbot, ctx, branch, "business_documents")
    assert isinstance(view, BusinessDocumentsView)
    dialog = view.new_document("sales_order")
    assert dialog is not None
    settle(qtbot, ctx)
    dialog.code.setText("10*SKU0000")
    dialog.add_product()
    qtbot.waitUntil(lambda: len(dialog.lines) == 1, timeout=10000)
    dialog.code.setText("4*SKU0001")
    dialog.add_product()
    qtbot.waitUntil(lambda: len(dialog.lines) == 2, timeout=10000)
    dialog.table.item(0, DISCOUNT_COLUMN).setText("-3")  # refused, explained
    assert dialog.error.text() and dialog.lines[0][0].discount_amount is None
    assert dialog.table.item(0, DISCOUNT_COLUMN).text() == ""
    dialog.table.item(0, DISCOUNT_COLUMN).setText("10 %")
    dialog.table.item(1, DISCOUNT_COLUMN).setText("20,50")
    assert (dialog.lines[0][0].discount_percent, dialog.lines[1][0].discount_amount) == (
        Decimal(10),
        Decimal("20.50"),
    )
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=10000)
    saved = dialog.saved
    assert saved is not None
    # 10 × 450 DA less 10 %, 4 × 120 DA less 20.50 DA
    assert [ln.discount for ln in saved.lines] == [
        Money.from_minor(45000, "DZD"),
        Money.from_minor(2050, "DZD"),
    ]
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10000)
    view.table.selectRow(0)
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: view.lines_model.rowCount() == 2, timeout=10000)
    assert view.lines_model.rows[0][0] == "Café moulu 250 g"
    assert "10 %" in view.lines_model.rows[0][3]
    ctx.languages.switch("ar")
    settle(qtbot, ctx)
    view.table.selectRow(0)
    view.refresh()
    settle(qtbot, ctx)
    qtbot.waitUntil(
        lambda: (
            view.lines_model.rowCount() == 2 and view.lines_model.rows[0][0] == "قهوة مطحونة 250 غ"
        ),
        timeout=10000,
    )
    assert view.lines_model.rows[1][0] == "حليب 1 لتر"
    window.close()
