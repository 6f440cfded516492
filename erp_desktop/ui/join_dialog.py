"""A shop that runs alone joins a chain from the client: the company server's address and
head office's one-time invitation (``erp-sync-server shop invite``). The join runs on the
network worker, each database step on the replica's (``sync.joining``); the owner is told
what became of the catalog and the users, and logs in again (a branch's roles now)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.app.changes import Changed
from erp_desktop.sync.joining import JoinReport, join_chain
from erp_desktop.ui.context import UiContext


class JoinChainDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("join_chain")
        self.ctx = ctx
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.url = QLineEdit()
        self.url.setObjectName("join_server_url")
        self.url.setPlaceholderText("https://erp.example.dz")
        self.token = QLineEdit()
        self.token.setObjectName("join_token")
        self.url_label, self.token_label = QLabel(), QLabel()
        self.join_button = QPushButton()
        self.join_button.setObjectName("join_chain_now")
        self.join_button.clicked.connect(self.join)
        self.status = QLabel()
        self.status.setObjectName("join_status")
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.url_label, self.url)
        form.addRow(self.token_label, self.token)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.join_button)
        layout.addWidget(self.status)
        self.resize(560, 260)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Join a chain"))
        self.intro.setText(
            self.tr(
                "This shop becomes a branch of the company: its catalog goes up (products "
                "the company already sells become the company's), then its whole history, "
                "with its numbers. From then on it syncs like any branch."
            )
        )
        self.url_label.setText(self.tr("Server address"))
        self.token_label.setText(self.tr("Invitation from head office"))
        self.join_button.setText(self.tr("Join the chain"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def join(self) -> None:
        url, token = self.url.text().strip(), self.token.text().strip()
        if not url or not token or self.ctx.actor is None:
            return
        deps, owner, run_db = self.ctx.deps, self.ctx.actor, self.ctx.db.run_here
        self.join_button.setEnabled(False)
        self.status.setText(self.tr("Joining: the catalog, then the history…"))
        self.ctx.net.submit(
            lambda: join_chain(deps, url, token, owner, run_db=run_db), self._joined, self._failed
        )

    def _joined(self, report: JoinReport) -> None:
        self.status.setText(
            self.tr(
                "Joined: %1 products were already the company's, %2 joined its catalog; "
                "%3 changes sent. Log in again."
            )
            .replace("%1", str(report.merged))
            .replace("%2", str(report.adopted))
            .replace("%3", str(report.sent))
        )
        everything = frozenset({Changed.ORG, Changed.CATALOG, Changed.USERS, Changed.OUTBOX})
        self.ctx.db.data_did_change.emit(everything)

    def _failed(self, error: Exception) -> None:
        self.join_button.setEnabled(True)
        said = self.ctx.explain(error)
        code = getattr(error, "code", "")
        self.status.setText(f"{said} ({code})" if code else said)
