"""The login screen: painted before the replica is open, then user and password or PIN,
offline, with a clear message on failure and a lockout after repeated failures."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from erp_desktop.ui.context import UiContext
from erp_desktop.ui.i18n import LanguageManager
from erp_desktop.ui.login_dialog import LoginDialog
from erp_desktop.ui.tasks import TaskRunner
from tests.builders import PASSWORD, Branch
from tests.ui.conftest import settle


def type_password(qtbot: QtBot, dialog: LoginDialog, user: str, password: str) -> None:
    dialog.username.clear()
    dialog.password.clear()
    qtbot.keyClicks(dialog.username, user)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_login_waits_for_the_replica_then_logs_in(
    qtbot: QtBot, qapp: QApplication, branch: Branch, tmp_path: object
) -> None:
    languages = LanguageManager(qapp, "DZ")
    languages.switch("fr")
    ctx = UiContext(None, TaskRunner("replica-login"), languages, tmp_path)  # type: ignore[arg-type]
    dialog = LoginDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.submit.isEnabled()  # painted, the replica still opening

    ctx.open(branch.deps, branch.register_id)
    dialog.set_ready(True)
    type_password(qtbot, dialog, "cashier", "wrong-password")
    settle(qtbot, ctx)
    assert dialog.error.text() == "Nom d'utilisateur ou mot de passe incorrect."
    assert dialog.result() != QDialog.DialogCode.Accepted

    type_password(qtbot, dialog, "cashier", PASSWORD)
    qtbot.waitUntil(lambda: ctx.actor is not None, timeout=5000)
    assert ctx.actor.username == "cashier"
    assert ctx.actor.register_id == branch.register_id
    assert dialog.result() == QDialog.DialogCode.Accepted
    ctx.shutdown()


def test_five_failures_lock_the_account(qtbot: QtBot, ctx: UiContext) -> None:
    ctx.languages.switch("ar")
    dialog = LoginDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(5):
        type_password(qtbot, dialog, "manager", "nope")
        settle(qtbot, ctx)
    assert "15" in dialog.error.text() and "محاولات" in dialog.error.text()
    type_password(qtbot, dialog, "manager", PASSWORD)  # the right password, too late
    settle(qtbot, ctx)
    assert ctx.actor is None
    assert "محاولات" in dialog.error.text()


def test_five_wrong_pins_lock_the_till_and_say_so(qtbot: QtBot, ctx: UiContext) -> None:
    ctx.languages.switch("fr")
    dialog = LoginDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(1)
    for wrong in ("1234", "4321", "5678", "8765", "1357"):
        dialog.pin.clear()
        qtbot.keyClicks(dialog.pin, wrong)
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
        settle(qtbot, ctx)
    assert "PIN refusés pendant 15 minutes" in dialog.error.text()
    qtbot.keyClicks(dialog.pin, "2111")  # the cashier's right PIN, while locked
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    settle(qtbot, ctx)
    assert ctx.actor is None
    assert "PIN refusés" in dialog.error.text()
