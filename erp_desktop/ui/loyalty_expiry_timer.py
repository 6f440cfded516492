"""The scheduled expiry of loyalty points: as for backups (ui/backup_timer.py), the database
worker is asked every few minutes whether the day's run is due at this branch
(``app.crm.loyalty_expiry.run_due_expiry``: once per business day, nothing at head office,
under the user logged in) and makes it; the screens are told when it wrote movements."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from erp_desktop.app.changes import Changed
from erp_desktop.app.crm.loyalty_expiry import run_due_expiry
from erp_desktop.ui.context import UiContext

CHECK_EVERY_MS = 15 * 60 * 1000
FIRST_CHECK_MS = 60 * 1000  # after the start and the first sync, not during them


class LoyaltyExpiryTimer(QObject):
    def __init__(self, ctx: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.timer = QTimer(self)
        self.timer.setObjectName("loyalty_expiry_timer")
        self.timer.timeout.connect(self.check)
        self.timer.start(CHECK_EVERY_MS)
        self.first = QTimer(self)
        self.first.setSingleShot(True)
        self.first.timeout.connect(self.check)
        self.first.start(FIRST_CHECK_MS)

    def check(self) -> None:
        if not self.ctx.is_open or self.ctx.actor is None:
            return
        deps, actor = self.ctx.deps, self.ctx.actor

        def done(written: int | None) -> None:
            if written:
                self.ctx.db.data_did_change.emit(frozenset({Changed.CUSTOMERS, Changed.OUTBOX}))

        self.ctx.db.submit(lambda: run_due_expiry(deps, actor), done, self.ctx.report_error)
