"""An employee asks for leave herself at the clock: kind, first and last day, reason, then
her matricule (optional) and PIN. The request waits for the manager's decision; a refusal
(a wrong PIN, an overlap, not enough days) shows in the dialog, which stays open."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.app.hr.leave import LeaveForm, request_leave_by_pin
from erp_desktop.kernel.ids import new_id
from erp_desktop.ui.context import UiContext

KINDS = ("annual", "sick", "maternity", "unpaid")


def _day(edit: QDateEdit) -> date:
    picked: date = edit.date().toPython()  # type: ignore[assignment]
    return picked


class ClockLeaveDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("clock_leave_dialog")
        self.setWindowTitle(self.tr("Ask for leave"))
        names = {
            "annual": self.tr("Annual leave"),
            "sick": self.tr("Sick leave"),
            "maternity": self.tr("Maternity leave"),
            "unpaid": self.tr("Unpaid leave"),
        }
        self.kind = QComboBox()
        self.kind.setObjectName("clock_leave_kind")
        for kind in KINDS:
            self.kind.addItem(names[kind], kind)
        today = ctx.deps.now().date()
        self.start = QDateEdit(QDate(today.year, today.month, today.day))
        self.start.setObjectName("clock_leave_start")
        self.end = QDateEdit(QDate(today.year, today.month, today.day))
        self.end.setObjectName("clock_leave_end")
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("clock_leave_reason")
        self.number = QLineEdit()
        self.number.setObjectName("clock_leave_number")
        self.pin = QLineEdit()
        self.pin.setObjectName("clock_leave_pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.error = QLabel()
        self.error.setObjectName("clock_leave_error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("First day"), self.start)
        form.addRow(self.tr("Last day"), self.end)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Number (faster)"), self.number)
        form.addRow(self.tr("PIN"), self.pin)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        deps, register = self.ctx.deps, self.ctx.register_id
        pin, number = self.pin.text(), self.number.text()
        self.pin.clear()
        # the staff id is the PIN's owner's: the use case puts it in
        form = LeaveForm(
            new_id(), self.kind.currentData(), _day(self.start), _day(self.end), self.reason.text()
        )
        self.ctx.db.submit(
            lambda: request_leave_by_pin(deps, pin, form, register, number),
            lambda _done: self.accept(),
            lambda e: self.error.setText(self.ctx.explain(e)),
        )
