"""First start on a PC without a replica: try the demo branch, join the company's server
with its address and the one-time token head office gave (erp-sync-server device add),
set up this shop alone, with no server (ui.shop_setup; it may join a chain later), or
restore the shop's backup on a new PC.
The work runs on a worker thread; the dialog says what went wrong in the user's language."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.app.shop_setup.plan import ShopSetup
from erp_desktop.kernel.errors import ErpError
from erp_desktop.ui.i18n import LanguageManager
from erp_desktop.ui.messages import message
from erp_desktop.ui.shop_setup.wizard import ShopSetupWizard
from erp_desktop.ui.tasks import TaskRunner


class FirstRunDialog(QDialog):
    def __init__(
        self,
        languages: LanguageManager,
        make_demo: Callable[[], object],
        join: Callable[[str, str], object],
        set_up: Callable[[ShopSetup], object] | None = None,
        restore: Callable[[Path], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("first_run")
        self.languages = languages
        self.make_demo, self.join, self.set_up = make_demo, join, set_up
        self.alone_button = QPushButton()
        self.alone_button.setObjectName("set_up_alone")
        self.alone_button.clicked.connect(self.set_up_alone)
        self.alone_button.setVisible(set_up is not None)
        self.setup_wizard: ShopSetupWizard | None = None
        self.restore = restore
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restore_backup")
        self.restore_button.clicked.connect(self._ask_backup)
        self.restore_button.setVisible(restore is not None)
        self.worker = TaskRunner("first-run", self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.demo_button = QPushButton()
        self.demo_button.setObjectName("try_demo")
        self.demo_button.clicked.connect(self.try_demo)
        self.url = QLineEdit()
        self.url.setObjectName("server_url")
        self.url.setPlaceholderText("https://erp.example.dz")
        self.token = QLineEdit()
        self.token.setObjectName("enrollment_token")
        self.url_label, self.token_label = QLabel(), QLabel()
        self.join_button = QPushButton()
        self.join_button.setObjectName("join")
        self.join_button.clicked.connect(self.join_server)
        self.status = QLabel()
        self.status.setObjectName("first_run_status")
        self.status.setWordWrap(True)
        join_box = QWidget()
        form = QFormLayout(join_box)
        form.addRow(self.url_label, self.url)
        form.addRow(self.token_label, self.token)
        form.addRow(self.join_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.demo_button)
        layout.addWidget(join_box)
        layout.addWidget(self.alone_button)
        layout.addWidget(self.restore_button)
        layout.addWidget(self.status)
        self.resize(520, 300)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome"))
        self.intro.setText(
            self.tr(
                "This PC has no branch data yet. Try the demo branch, join your company's "
                "server with the address and the one-time token head office gave you, or set "
                "up this shop alone (it can join a chain later)."
            )
        )
        self.demo_button.setText(self.tr("Try the demo branch"))
        self.url_label.setText(self.tr("Server address"))
        self.token_label.setText(self.tr("One-time token"))
        self.join_button.setText(self.tr("Join the company"))
        self.alone_button.setText(self.tr("Set up this shop alone"))
        self.restore_button.setText(self.tr("Restore a backup (a new PC)…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _busy(self, text: str) -> None:
        self.demo_button.setEnabled(False)
        self.join_button.setEnabled(False)
        self.restore_button.setEnabled(False)
        self.status.setText(text)

    def _failed(self, error: Exception) -> None:
        self.demo_button.setEnabled(True)
        self.join_button.setEnabled(True)
        self.restore_button.setEnabled(True)
        shown = (
            message(error, self.languages.language) if isinstance(error, ErpError) else str(error)
        )
        self.status.setText(shown)

    def try_demo(self) -> None:
        self._busy(self.tr("Building the demo branch (a minute)…"))
        self.worker.submit(self.make_demo, lambda _r: self.accept(), self._failed)

    def join_server(self) -> None:
        url, token = self.url.text().strip(), self.token.text().strip()
        if not url or not token:
            return
        self._busy(self.tr("Joining the company and receiving its data…"))
        self.worker.submit(lambda: self.join(url, token), lambda _r: self.accept(), self._failed)

    def _ask_backup(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore a backup (a new PC)…"), "", self.tr("Backups (*.sqlite3)")
        )
        if path:
            self.restore_from(Path(path))

    def restore_from(self, backup: Path) -> None:
        """The shop's replica taken from ``backup`` on the worker (upgraded if an older
        client made it); the dialog closes accepted once it is there."""
        if self.restore is None:
            return
        restore = self.restore
        self._busy(self.tr("Restoring the backup…"))
        self.worker.submit(lambda: restore(backup), lambda _r: self.accept(), self._failed)

    def set_up_alone(self) -> None:
        """The shop's own wizard; this dialog closes accepted once the shop is set up."""
        if self.set_up is None:
            return
        from erp_desktop.kernel.tax.catalog import default_catalog

        self.setup_wizard = ShopSetupWizard(self.languages, default_catalog(), self.set_up, self)
        self.setup_wizard.accepted.connect(self.accept)
        self.setup_wizard.open()

    def done(self, result: int) -> None:
        self.worker.shutdown()
        super().done(result)


def ask_first_run(
    language: str,
    make_demo: Callable[[], object],
    join: Callable[[str, str], object],
    set_up: Callable[[ShopSetup], object] | None = None,
    restore: Callable[[Path], object] | None = None,
) -> bool:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    from erp_desktop.ui.application import load_fonts

    load_fonts(app)
    languages = LanguageManager(app)
    languages.switch(language)
    dialog = FirstRunDialog(languages, make_demo, join, set_up, restore)
    return dialog.exec() == QDialog.DialogCode.Accepted
