"""The scheduled backup: every few minutes the database worker is asked whether a backup is
due (``app.backups.run_due_backup``) and takes it; a key that is not plugged in is said in
the status bar and tried again at the next check."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from erp_desktop.app.backups import run_due_backup
from erp_desktop.ui.context import UiContext

CHECK_EVERY_MS = 10 * 60 * 1000
FIRST_CHECK_MS = 30 * 1000


class BackupTimer(QObject):
    def __init__(self, ctx: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.timer = QTimer(self)
        self.timer.setObjectName("backup_timer")
        self.timer.timeout.connect(self.check)
        self.timer.start(CHECK_EVERY_MS)
        self.first = QTimer(self)  # soon after the start, not during it
        self.first.setSingleShot(True)
        self.first.timeout.connect(self.check)
        self.first.start(FIRST_CHECK_MS)

    def check(self) -> None:
        if not self.ctx.is_open:
            return
        deps = self.ctx.deps
        self.ctx.db.submit(lambda: run_due_backup(deps), lambda _made: None, self.ctx.report_error)
