"""The customer display: a second window in the customer's language (Arabic while the
cashier works in French), showing the article just scanned, the total, then what was
handed over and the change; on a second screen when there is one."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from erp_desktop.ui.context import UiContext
from erp_desktop.ui.customer_display import CustomerDisplay, display_language, second_screen
from erp_desktop.ui.pos_view import PosView
from tests.builders import Branch
from tests.ui.conftest import settle
from tests.ui.grid_rows import pull_grid
from tests.ui.test_touch_till import open_till


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path) -> Iterator[None]:
    """The display's language is kept in the PC's settings: here in a temporary folder."""
    scope = QSettings.Scope.UserScope
    for kind in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(kind, scope, str(tmp_path / "settings"))
    yield
    QSettings().remove("display")
    default = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    for kind in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(kind, scope, default)


def plain(text: str) -> str:
    return (
        text.replace("\u00a0", " ")
        .replace("\u202f", " ")
        .replace("\u2066", "")
        .replace("\u2069", "")
    )


class ArabicWords(QTranslator):
    """The display's catalog, as the lead's regenerated one will hold it."""

    WORDS: ClassVar[dict[str, str]] = {
        "Total": "المجموع",
        "Your change": "الباقي",
        "Paid": "المدفوع",
    }

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return self.WORDS.get(source, "") if context == "CustomerDisplay" else ""


def display_of(pos: PosView) -> CustomerDisplay:
    assert pos.customer_display is not None
    return pos.customer_display


def test_the_customer_reads_the_ticket_in_arabic_while_the_cashier_works_in_french(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    pull_grid(branch, {}, {})
    pos = open_till(qtbot, ctx, branch, (1024, 768))
    qtbot.keyClick(pos.scan_field, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    display = display_of(pos)
    display.translator = ArabicWords(display)
    assert display.isVisible() and display.isWindow()
    assert (display.width(), display.height()) == (800, 480)  # one screen: a window
    assert display.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert pos.layoutDirection() == Qt.LayoutDirection.LeftToRight  # the cashier's French
    assert pos.scan_field.hasFocus()

    qtbot.keyClicks(pos.scan_field, "2*" + branch.barcodes[7])  # water 45
    qtbot.keyClick(pos.scan_field, Qt.Key.Key_Return)
    settle(qtbot, ctx)
    assert "مياه معدنية" in display.line.text()
    assert "90,00 د.ج." in plain(display.line.text()) and "2 ×" in plain(display.line.text())
    assert display.caption.text() == "المجموع"
    assert plain(display.amount.text()) == "90,00 د.ج."

    qtbot.mouseClick(pos.touch.quick_cash.buttons[2], Qt.MouseButton.LeftButton)  # a 500
    qtbot.waitUntil(lambda: pos.last_receipt is not None, timeout=8000)
    settle(qtbot, ctx)
    assert display.caption.text() == "الباقي"
    # 90 DA in cash: under the stamp duty's threshold (the kernel's rule), 410 back
    assert plain(display.amount.text()) == "410,00 د.ج."
    assert "المدفوع" in display.detail.text() and "500,00" in plain(display.detail.text())

    qtbot.keyClick(
        pos.scan_field,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert display.language == "fr" and display_language(pos.register_code) == "fr"
    assert display.layoutDirection() == Qt.LayoutDirection.LeftToRight
    qtbot.keyClicks(pos.scan_field, branch.barcodes[7])
    qtbot.keyClick(pos.scan_field, Qt.Key.Key_Return)
    settle(qtbot, ctx)
    assert display.line.text().startswith("Eau minérale")
    assert plain(display.amount.text()) == "45,00 DA"

    qtbot.keyClick(pos.scan_field, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert pos.customer_display is None and not display.isVisible()


def test_the_display_opens_on_a_screen_that_is_not_the_cashier_s(qapp: QApplication) -> None:
    from PySide6.QtCore import QRect

    class Monitor:
        def geometry(self) -> QRect:
            return QRect(1920, 0, 800, 480)

    cashier, customer = Monitor(), Monitor()
    assert second_screen([cashier, customer], cashier) is customer
    assert second_screen([customer, cashier], cashier) is customer
    assert second_screen([cashier], cashier) is None


def test_the_display_says_the_article_in_the_customer_s_language(qapp: QApplication) -> None:
    from erp_desktop.kernel.money import Money

    display = CustomerDisplay("DZ", "ar")
    display.show_line("Lait UHT 1 L", "حليب 1 لتر", Decimal(1), Money.of(120, "DZD"))
    assert display.line.text().startswith("حليب 1 لتر") and "×" not in display.line.text()
    display.set_language("fr")
    display.show_line("Lait UHT 1 L", "حليب 1 لتر", Decimal("0.75"), Money.of(90, "DZD"))
    assert plain(display.line.text()) == "Lait UHT 1 L\n0,75 × 90,00 DA"
    display.deleteLater()
