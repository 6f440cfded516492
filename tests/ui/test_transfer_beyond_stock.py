"""The warehouse desk warns before sending more than on hand, and sends it only on a
manager's PIN, checked on the database worker."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit
from pytestqt.qtbot import QtBot

from erp_desktop.app.auth import log_in_with_pin
from erp_desktop.ui import warehouse_view
from erp_desktop.ui.context import UiContext
from tests.builders import Branch
from tests.ui.conftest import on_next_dialog, settle
from tests.ui.test_warehouse import desk, level, scan


def type_pin(qtbot: QtBot, pin: str, seen: list[str]) -> Any:
    def act(dialog: QDialog) -> None:
        assert isinstance(dialog, QInputDialog)
        seen.append(dialog.labelText())
        qtbot.keyClicks(dialog.findChild(QLineEdit), pin)
        dialog.accept()

    return act


def test_500_out_with_100_on_hand_is_sent_only_on_the_managers_pin(
    qtbot: QtBot, ctx: UiContext, branch: Branch, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []

    def recording(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread())
        return log_in_with_pin(*args, **kwargs)

    monkeypatch.setattr(warehouse_view, "log_in_with_pin", recording)
    view = desk(qtbot, ctx, branch)
    assert view.transfer is not None and view.destination.count()
    scan(qtbot, ctx, view.transfer, "500*" + branch.barcodes[2])
    failures: list[BaseException] = []
    seen: list[str] = []
    on_next_dialog(type_pin(qtbot, "3222", seen), failures)
    view.post_transfer.click()
    editor = view.transfer
    qtbot.waitUntil(lambda: bool(failures) or editor.products == [], timeout=8000)
    if failures:
        raise failures[0]
    settle(qtbot, ctx)
    assert "100 en stock" in seen[0], seen  # the warning names what is on hand
    assert level(branch, branch.products[2]) == -400
    assert threads and threads[0] is not threading.main_thread()
    assert view.status.text().endswith("enregistré."), view.status.text()


def test_a_cancelled_warning_sends_nothing(qtbot: QtBot, ctx: UiContext, branch: Branch) -> None:
    view = desk(qtbot, ctx, branch)
    assert view.transfer is not None
    scan(qtbot, ctx, view.transfer, "500*" + branch.barcodes[2])
    failures: list[BaseException] = []
    on_next_dialog(lambda dialog: dialog.reject(), failures)
    view.post_transfer.click()
    settle(qtbot, ctx, 300)
    if failures:
        raise failures[0]
    assert level(branch, branch.products[2]) == 100
    assert len(view.transfer.products) == 1  # the lines stay, to correct the typo
    assert "un responsable doit confirmer" in view.status.text()


def test_a_cashiers_pin_does_not_send_it(qtbot: QtBot, ctx: UiContext, branch: Branch) -> None:
    view = desk(qtbot, ctx, branch)
    assert view.transfer is not None
    scan(qtbot, ctx, view.transfer, "500*" + branch.barcodes[2])
    failures: list[BaseException] = []
    on_next_dialog(type_pin(qtbot, "2111", []), failures)
    view.post_transfer.click()
    refused = "ne peut pas confirmer"
    qtbot.waitUntil(lambda: bool(failures) or refused in view.status.text(), timeout=8000)
    if failures:
        raise failures[0]
    assert level(branch, branch.products[2]) == 100
    assert view.status.text().startswith("cashier"), view.status.text()
