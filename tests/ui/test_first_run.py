"""First start without a replica: the wizard builds the demo branch on a worker thread, or
says in the user's language why joining the server failed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from erp_desktop.bootstrap import create_demo, replica_path
from erp_desktop.kernel.errors import ErpError
from erp_desktop.ui.first_run import FirstRunDialog
from erp_desktop.ui.i18n import LanguageManager


def test_the_demo_branch_is_built_from_the_wizard(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    languages = LanguageManager(qapp, "DZ")
    languages.switch("fr")

    def refuse(url: str, token: str) -> None:
        raise ErpError("sync.offline", url=url)

    dialog = FirstRunDialog(
        languages, lambda: create_demo(tmp_path, 30, 2, 7, progress=lambda _l: None), refuse
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Bienvenue"
    qtbot.keyClicks(dialog.url, "https://erp.example.dz")
    qtbot.keyClicks(dialog.token, "abc")
    qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.join_button.isEnabled(), timeout=5000)
    assert (
        dialog.status.text()
        == "Le serveur https://erp.example.dz est injoignable : le travail continue hors ligne."
    )
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=30000)
    assert replica_path(tmp_path).exists()
