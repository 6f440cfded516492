"""The cursor waits in the field to type: the user on the password tab, the PIN on the PIN
tab, so a cashier types their PIN without reaching for the mouse."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from erp_desktop.ui.context import UiContext
from erp_desktop.ui.login_dialog import LoginDialog


def test_the_cursor_is_in_the_user_field_when_the_dialog_opens(
    qtbot: QtBot, ctx: UiContext
) -> None:
    dialog = LoginDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.username, timeout=2000)
    qtbot.keyClicks(dialog.focusWidget(), "manager")
    assert dialog.username.text() == "manager"


def test_the_cursor_moves_to_the_pin_on_the_pin_tab_and_back(qtbot: QtBot, ctx: UiContext) -> None:
    dialog = LoginDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.pin, timeout=2000)
    dialog.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.username, timeout=2000)


def test_a_dialog_opened_on_the_pin_tab_puts_the_cursor_in_the_pin(
    qtbot: QtBot, ctx: UiContext
) -> None:
    dialog = LoginDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(1)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.pin, timeout=2000)
    qtbot.keyClick(dialog.pin, Qt.Key.Key_1)
    assert dialog.pin.text() == "1"
