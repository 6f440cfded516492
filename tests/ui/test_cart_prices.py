"""The till's cart shows what checkout will charge for each line: a 680 DA article priced
before 19 % VAT shows 809,20 DA next to a tax-included bottle of oil at 1,190 DA."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.barcodes import make_ean13
from erp_desktop.kernel.money import Money
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.main_window import MainWindow
from erp_desktop.ui.pos_view import PosView
from tests.builders import Branch
from tests.desktop.test_app_prices_and_returns import add_tax_excluded_article
from tests.ui.conftest import settle
from tests.ui.test_till_by_keyboard import log_in_by_pin, scan


def shown(pos: PosView, row: int, column: int) -> str:
    text = pos.cart.data(pos.cart.index(row, column), Qt.ItemDataRole.DisplayRole)
    return str(text).replace("\u00a0", " ").replace("\u202f", " ")


def test_the_cart_shows_809_20_for_a_680_da_tax_excluded_article(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    ink_code = make_ean13("613999000001")
    add_tax_excluded_article(branch, barcode=ink_code)
    log_in_by_pin(qtbot, ctx, "2111")
    assert ctx.actor is not None
    open_cash_session(branch.deps, ctx.actor, Money.of(Decimal(5000), "DZD"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, ctx)
    pos = window.pages["till"]
    assert isinstance(pos, PosView)

    scan(qtbot, pos, ink_code)
    scan(qtbot, pos, branch.barcodes[2])  # huile 1,190 DA tax included
    settle(qtbot, ctx)
    assert len(pos.cart.entries) == 2
    assert shown(pos, 0, 4) == "809,20 DA"
    assert shown(pos, 1, 4) == "1 190,00 DA"
    assert pos.total_label.text().replace("\u00a0", " ").replace("\u202f", " ") == "1 999,20 DA"

    scan(qtbot, pos, "2*" + ink_code)  # two more cartridges join the first line
    settle(qtbot, ctx)
    assert shown(pos, 0, 4) == "2 427,60 DA"  # 3 x 680 = 2,040 + 19 % VAT
