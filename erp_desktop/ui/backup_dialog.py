"""Where and how often this PC backs its replica up (a folder, a USB key), how many backups
are kept, a backup at once, and the backups found there. Every call runs on the database
worker; the owner's role (``admin.settings``) is checked by the use cases."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.app.backups import (
    MAX_HOURS,
    MAX_KEPT,
    BackupState,
    back_up_now,
    backup_state,
    set_backup_schedule,
)
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.formatting import moment


class BackupDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backups")
        self.ctx = ctx
        self.folder = QLineEdit()
        self.folder.setObjectName("backup_folder")
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self._choose)
        self.every = QSpinBox()
        self.every.setObjectName("backup_every_hours")
        self.every.setRange(1, MAX_HOURS)
        self.every.setValue(24)
        self.keep = QSpinBox()
        self.keep.setObjectName("backup_keep")
        self.keep.setRange(1, MAX_KEPT)
        self.keep.setValue(7)
        self.save_button, self.now_button = QPushButton(), QPushButton()
        self.save_button.setObjectName("save_backup_schedule")
        self.now_button.setObjectName("back_up_now")
        self.save_button.clicked.connect(self.save)
        self.now_button.clicked.connect(self.back_up)
        self.last = QLabel()
        self.last.setObjectName("last_backup")
        self.found = QListWidget()
        self.found.setObjectName("backups_found")
        self.status = QLabel()
        self.status.setObjectName("backup_status")
        self.status.setWordWrap(True)
        where = QHBoxLayout()
        where.addWidget(self.folder, 1)
        where.addWidget(self.choose_button)
        self.labels = [QLabel() for _ in range(3)]
        form = QFormLayout()
        form.addRow(self.labels[0], where)
        form.addRow(self.labels[1], self.every)
        form.addRow(self.labels[2], self.keep)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.now_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.last)
        layout.addWidget(self.found, 1)
        layout.addWidget(self.status)
        self.resize(620, 420)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Backups of this PC"))
        self.labels[0].setText(self.tr("Folder or USB key"))
        self.labels[1].setText(self.tr("Every (hours)"))
        self.labels[2].setText(self.tr("Backups kept"))
        self.choose_button.setText(self.tr("Choose…"))
        self.save_button.setText(self.tr("Save the schedule"))
        self.now_button.setText(self.tr("Back up now"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder or USB key"))
        if chosen:
            self.folder.setText(chosen)

    def refresh(self) -> None:
        deps, actor = self.ctx.deps, self.ctx.actor
        assert actor is not None
        self.ctx.db.submit(lambda: backup_state(deps, actor), self._show, self._failed)

    def _show(self, state: BackupState) -> None:
        if state.schedule is not None and not self.folder.text():
            self.folder.setText(state.schedule.folder)
            self.every.setValue(state.schedule.every_hours)
            self.keep.setValue(state.schedule.keep)
        if state.last_at is None:
            self.last.setText(self.tr("No backup yet on this replica."))
        else:
            when = moment(state.last_at, self.ctx.languages.locale)
            self.last.setText(self.tr("Last backup: %1").replace("%1", when))
        self.found.clear()
        locale = self.ctx.languages.locale
        for backup in state.found:
            size = f"{backup.size // 1024} KiB"
            self.found.addItem(f"{moment(backup.taken_at, locale)}  {backup.path.name}  {size}")

    def _failed(self, error: Exception) -> None:
        self.status.setText(self.ctx.explain(error))
        self.save_button.setEnabled(True)
        self.now_button.setEnabled(True)

    def save(self) -> None:
        deps, actor = self.ctx.deps, self.ctx.actor
        assert actor is not None
        folder, every, keep = self.folder.text(), self.every.value(), self.keep.value()
        self.ctx.db.submit(
            lambda: set_backup_schedule(deps, actor, folder, every, keep),
            lambda _done: self._saved(),
            self._failed,
        )

    def _saved(self) -> None:
        self.status.setText(self.tr("The schedule is saved."))
        self.refresh()

    def back_up(self) -> None:
        """Saves the schedule as shown, then backs up at once."""
        deps, actor = self.ctx.deps, self.ctx.actor
        assert actor is not None
        folder, every, keep = self.folder.text(), self.every.value(), self.keep.value()

        def job() -> object:
            set_backup_schedule(deps, actor, folder, every, keep)
            return back_up_now(deps, actor).made

        self.now_button.setEnabled(False)
        self.status.setText(self.tr("Backing up…"))
        self.ctx.db.submit(job, self._backed_up, self._failed)

    def _backed_up(self, made: object) -> None:
        self.now_button.setEnabled(True)
        name = getattr(getattr(made, "path", None), "name", "")
        self.status.setText(self.tr("Backed up: %1").replace("%1", name))
        self.refresh()
