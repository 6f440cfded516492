"""The clock at the branch PC: an employee types her PIN (after her matricule, if she
likes: one hash to check instead of one per employee) and presses Enter to clock in, or
F9 to clock out (or the buttons); the screen says who, when, and the lateness or overtime
of the day, then clears itself for the next one. Below, who is in now.

Offline like the till: the PIN is checked against the hashes the branch received, with the
till's lockout. Wrong PINs and refusals (already in, not in) show in red, in the screen's
language.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.app.changes import Changed, Done
from erp_desktop.app.hr.attendance import Clocking, clock_in, clock_out, open_days
from erp_desktop.kernel.hr.attendance import Attendance, StaffMember
from erp_desktop.ui.clock_leave_dialog import ClockLeaveDialog
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.formatting import local_name, moment
from erp_desktop.ui.rows_model import RowsModel

CLEAR_AFTER_MS = 6000


class ClockView(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last: Clocking | None = None
        self.present: list[tuple[StaffMember, Attendance]] = []
        self.title = QLabel()
        self.title.setObjectName("clock_title")
        big = QFont()
        big.setPointSize(16)
        self.title.setFont(big)
        self.title.setWordWrap(True)  # a long sentence in French: it wraps on a 1024 screen
        self.number = QLineEdit()
        self.number.setObjectName("clock_number")
        self.number.setMaxLength(20)
        self.number.setMinimumWidth(220)
        self.number.setFont(big)
        self.number.returnPressed.connect(self._to_pin)
        self.pin = QLineEdit()
        self.pin.setObjectName("clock_pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.pin.setFont(big)
        self.pin.returnPressed.connect(lambda: self.clock(True))
        self.in_button, self.out_button = QPushButton(), QPushButton()
        self.leave_button = QPushButton()
        self.leave_button.setObjectName("clock_leave")
        self.leave_button.clicked.connect(self.open_leave)
        self.in_button.setObjectName("clock_in")
        self.out_button.setObjectName("clock_out")
        self.in_button.clicked.connect(lambda: self.clock(True))
        self.out_button.clicked.connect(lambda: self.clock(False))
        QShortcut(QKeySequence(Qt.Key.Key_F9), self, lambda: self.clock(False))
        self.result = QLabel()
        self.result.setObjectName("clock_result")
        self.result.setWordWrap(True)
        self.result.setFont(big)
        self.present_title = QLabel()
        self.model = RowsModel(self._headers)
        self.table = QTableView()
        self.table.setObjectName("clock_present")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        row = QHBoxLayout()
        row.addWidget(self.number)
        row.addWidget(self.pin, 1)
        keys = QHBoxLayout()  # under the fields: the row stays within a 1024 screen
        keys.addWidget(self.in_button)
        keys.addWidget(self.out_button)
        keys.addWidget(self.leave_button)
        keys.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(row)
        layout.addLayout(keys)
        layout.addWidget(self.result)
        layout.addWidget(self.present_title)
        layout.addWidget(self.table, 1)
        self._clear = QTimer(self)
        self._clear.setSingleShot(True)
        self._clear.setInterval(CLEAR_AFTER_MS)
        self._clear.timeout.connect(self.result.clear)
        ctx.db.data_did_change.connect(self._data_changed)
        self.retranslate()
        self.refresh()

    def _headers(self) -> tuple[str, ...]:
        return (self.tr("Employee"), self.tr("Number"), self.tr("In since"))

    def retranslate(self) -> None:
        self.title.setText(
            self.tr("Your number (optional) and PIN, then Enter to clock in or F9 to clock out")
        )
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.number.setPlaceholderText(self.tr("Number (faster)"))
        self.in_button.setText(self.tr("Clock in (Enter)"))
        self.out_button.setText(self.tr("Clock out (F9)"))
        self.leave_button.setText(self.tr("Ask for leave…"))
        self.present_title.setText(self.tr("In now"))
        self.model.retranslate()
        self._show_last()
        self._show_present()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def open_leave(self) -> ClockLeaveDialog:
        dialog = ClockLeaveDialog(self.ctx, self)
        dialog.open()
        return dialog

    def _to_pin(self) -> None:
        self.pin.setFocus()

    def clock(self, clocking_in: bool) -> None:
        pin, number = self.pin.text(), self.number.text()
        self.pin.clear()
        self.number.clear()
        self.number.setFocus()
        deps, register = self.ctx.deps, self.ctx.register_id
        use_case = clock_in if clocking_in else clock_out

        def done(outcome: Done[Clocking]) -> None:
            self.last = outcome.made
            self._show_last()
            self._clear.start()

        self.ctx.db.submit(lambda: use_case(deps, pin, register, number), done, self._refused)

    def _refused(self, error: Exception) -> None:
        self.last = None
        self.result.setStyleSheet("color: #b00020;")
        self.result.setText(self.ctx.explain(error))
        self._clear.start()

    def _show_last(self) -> None:
        if self.last is None:
            return
        language, locale = self.ctx.languages.language, self.ctx.languages.locale
        made = self.last
        name = local_name(made.member.name, made.member.name_ar, language)
        day = made.attendance
        self.result.setStyleSheet("color: #1b5e20;")
        if made.clocked_in:
            text = self.tr("Good morning, %1: in at %2.").replace("%1", name)
            text = text.replace("%2", moment(day.clock_in, locale))
            if day.late_minutes:
                text += " " + self.tr("%n minute(s) late.", "", day.late_minutes)
        else:
            assert day.clock_out is not None
            text = self.tr("Goodbye, %1: out at %2.").replace("%1", name)
            text = text.replace("%2", moment(day.clock_out, locale))
            if day.overtime_minutes:
                text += " " + self.tr("%n minute(s) of overtime.", "", day.overtime_minutes)
        self.result.setText(text)

    def refresh(self) -> None:
        if self.ctx.actor is None:
            return
        deps, actor = self.ctx.deps, self.ctx.actor

        def show(found: list[tuple[StaffMember, Attendance]]) -> None:
            self.present = found
            self._show_present()

        self.ctx.db.submit(lambda: open_days(deps, actor), show, lambda _e: None)

    def _show_present(self) -> None:
        language, locale = self.ctx.languages.language, self.ctx.languages.locale
        self.model.set_rows(
            [
                (local_name(m.name, m.name_ar, language), m.number, moment(a.clock_in, locale))
                for m, a in self.present
            ]
        )

    def _data_changed(self, changes: frozenset[Changed]) -> None:
        if Changed.PEOPLE in changes:
            self.refresh()
