"""The sync panel: the server this branch talks to (or enrolling with a URL and a one-time
token), progress of a synchronisation, the changes the server refused with its reasons,
and a retry. Network calls run on the network worker; the GUI thread never waits."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.app.sync_status import (
    RejectedChange,
    SyncStatus,
    rejected_changes,
    retry_rejected,
    sync_status,
)
from erp_desktop.kernel.errors import ErpError
from erp_desktop.sync.client import SyncClient
from erp_desktop.sync.runner import SyncReport, enroll_device, synchronize
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.messages import message
from erp_desktop.ui.rows_model import RowsModel


class SyncProgress(QObject):
    """Carries progress from the network worker to the GUI thread (queued signal)."""

    advanced = Signal(str, int, int)


class SyncPanel(QDialog):
    did_sync = Signal(object)  # SyncReport, or the error

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("sync_panel")
        self.status: SyncStatus | None = None
        self.server = QLabel()
        self.url = QLineEdit()
        self.url.setObjectName("server_url")
        self.token = QLineEdit()
        self.token.setObjectName("enrollment_token")
        self.enroll_button = QPushButton()
        self.enroll_button.clicked.connect(self.enroll)
        self.enrollment = QWidget()
        form = QFormLayout(self.enrollment)
        self.url_label, self.token_label = QLabel(), QLabel()
        form.addRow(self.url_label, self.url)
        form.addRow(self.token_label, self.token)
        form.addRow(self.enroll_button)
        self.progress = QProgressBar()
        self.progress.setObjectName("sync_progress")
        self.message = QLabel()
        self.message.setObjectName("sync_message")
        self.message.setWordWrap(True)
        self.refused = RowsModel(
            lambda: (self.tr("Change"), self.tr("Document"), self.tr("Reason"))
        )
        table = QTableView()
        table.setObjectName("rejected")
        table.setModel(self.refused)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.refused_label = QLabel()
        self.sync_button = QPushButton()
        self.sync_button.setObjectName("sync_now")
        self.sync_button.clicked.connect(self.sync_now)
        self.retry_button = QPushButton()
        self.retry_button.clicked.connect(self.retry)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.sync_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.server)
        layout.addWidget(self.enrollment)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.refused_label)
        layout.addWidget(table)
        layout.addLayout(buttons)
        self.signals = SyncProgress(self)
        self.signals.advanced.connect(self._advanced)
        self.resize(640, 420)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Synchronization"))
        self.url_label.setText(self.tr("Server address"))
        self.token_label.setText(self.tr("One-time token"))
        self.enroll_button.setText(self.tr("Enroll this PC"))
        self.sync_button.setText(self.tr("Synchronize now"))
        self.retry_button.setText(self.tr("Send the refused changes again"))
        self.refused_label.setText(self.tr("Changes the server refused"))
        self.refused.retranslate()
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        deps = self.ctx.deps
        self.ctx.db.submit(
            lambda: (sync_status(deps), rejected_changes(deps)), self._loaded, self.ctx.report_error
        )

    def _loaded(self, loaded: tuple[SyncStatus, list[RejectedChange]]) -> None:
        self.status, rejected = loaded
        language = self.ctx.languages.language
        self.refused.set_rows(
            [
                (r.entity, r.reference, message(ErpError(r.code, **r.params), language))
                for r in rejected
            ]
        )
        self.retry_button.setEnabled(bool(rejected))
        self._show_status()

    def _show_status(self) -> None:
        status = self.status
        enrolled = bool(status and status.enrolled)
        self.enrollment.setVisible(not enrolled)
        self.sync_button.setEnabled(enrolled)
        if status is None:
            return
        self.server.setText(
            self.tr("Server: %1 · %2 change(s) waiting")
            .replace("%1", status.server_url or "—")
            .replace("%2", str(status.pending))
        )

    def _advanced(self, stage: str, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, done, 1))
        self.progress.setValue(done)
        self.message.setText(
            (self.tr("Sending: %1 of %2") if stage == "push" else self.tr("Receiving: %1 of %2"))
            .replace("%1", str(done))
            .replace("%2", str(max(total, done)))
        )

    def enroll(self) -> None:
        url, token = self.url.text().strip(), self.token.text().strip()
        if not url or not token:
            return
        deps, run_db = self.ctx.deps, self.ctx.db.run_here
        self.enroll_button.setEnabled(False)

        def job() -> object:
            client = SyncClient(url)
            try:
                return enroll_device(deps, client, token, run_db)
            finally:
                client.close()

        def done(_enrollment: object) -> None:
            self.enroll_button.setEnabled(True)
            self.token.clear()
            self.message.setText(self.tr("This PC is enrolled."))
            self.refresh()

        self.ctx.net.submit(job, done, self._failed)

    def sync_now(self) -> None:
        deps, signals, run_db = self.ctx.deps, self.signals, self.ctx.db.run_here
        self.sync_button.setEnabled(False)
        self.progress.setValue(0)
        self.ctx.net.submit(
            lambda: synchronize(deps, progress=signals.advanced.emit, run_db=run_db),
            self._synced,
            self._failed,
        )

    def retry(self) -> None:
        deps = self.ctx.deps
        self.ctx.db.submit(lambda: retry_rejected(deps), lambda _n: self.sync_now(), self._failed)

    def _synced(self, report: SyncReport) -> None:
        self.sync_button.setEnabled(True)
        self.message.setText(
            self.tr("Done: %1 sent, %2 refused, %3 received.")
            .replace("%1", str(report.accepted))
            .replace("%2", str(report.rejected))
            .replace("%3", str(report.pulled))
        )
        self.did_sync.emit(report)
        self.refresh()

    def _failed(self, error: Exception) -> None:
        self.enroll_button.setEnabled(True)
        self.sync_button.setEnabled(bool(self.status and self.status.enrolled))
        self.message.setText(self.ctx.explain(error))
        self.did_sync.emit(error)
        self.refresh()
