"""Attendance sheets of a period for the manager (his branch) or HR (any branch at head
office): days present, hours planned and worked, lateness and overtime per employee; below,
the days still open, which the manager closes with the clock-out time and a reason
(``CorrectionDialog``), kept with the row and in the audit trail."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

from PySide6.QtCore import QDate, QEvent, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.app.changes import Changed
from erp_desktop.app.hr.attendance import SheetRow, attendance_sheet, correct_clock_out, open_days
from erp_desktop.kernel.calendar import zone_of
from erp_desktop.kernel.hr.attendance import Attendance, StaffMember
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.formatting import count, fixed, local_name, moment
from erp_desktop.ui.rows_model import RowsModel


def _hours(minutes: int, locale: str) -> str:
    """Hours with two decimals always ("7,50", not "7,5"), as a payslip states them."""
    return fixed(Decimal(minutes) / 60, 2, locale)


class CorrectionDialog(QDialog):
    """The clock-out a manager sets on a forgotten day, with its reason."""

    def __init__(
        self, ctx: UiContext, member: StaffMember, day: Attendance, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.day = ctx, day
        self.setObjectName("correction_dialog")
        self.setWindowTitle(self.tr("Correct a clock-out"))
        self.zone = zone_of(ctx.languages.country)
        self.who = QLabel(local_name(member.name, member.name_ar, ctx.languages.language))
        self.out_date = QDateEdit()
        self.out_date.setObjectName("correction_date")
        self.out_date.setCalendarPopup(True)
        self.out_time = QTimeEdit()
        self.out_time.setObjectName("correction_time")
        self.reason = QLineEdit()
        self.reason.setObjectName("correction_reason")
        self.error = QLabel()
        self.error.setObjectName("correction_error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Employee"), self.who)
        form.addRow(self.tr("Clocked in"), QLabel(moment(day.clock_in, ctx.languages.locale)))
        form.addRow(self.tr("Clock-out day"), self.out_date)
        form.addRow(self.tr("Clock-out time"), self.out_time)
        form.addRow(self.tr("Reason"), self.reason)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        local = self.day.clock_in.astimezone(self.zone)
        self.out_date.setDate(QDate(local.year, local.month, local.day))
        self.out_time.setTime(QTime(local.hour, local.minute).addSecs(8 * 3600))

    def clock_out(self) -> datetime:
        day: date = self.out_date.date().toPython()  # type: ignore[assignment]
        at: time = self.out_time.time().toPython()  # type: ignore[assignment]
        return datetime.combine(day, at, self.zone)

    def save(self) -> None:
        assert self.ctx.actor is not None
        deps, actor, day = self.ctx.deps, self.ctx.actor, self.day
        out, reason = self.clock_out(), self.reason.text()
        self.ctx.db.submit(
            lambda: correct_clock_out(deps, actor, day.id, out, reason),
            lambda _done: self.accept(),
            lambda e: self.error.setText(self.ctx.explain(e)),
        )


class AttendanceView(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[SheetRow] = []
        self.open: list[tuple[StaffMember, Attendance]] = []
        today = ctx.deps.now().date()
        self.start = QDateEdit(QDate(today.year, today.month, 1))
        self.start.setObjectName("sheet_start")
        self.end = QDateEdit(QDate(today.year, today.month, today.day))
        self.end.setObjectName("sheet_end")
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(lambda _d: self.refresh())
        self.from_label, self.to_label = QLabel(), QLabel()
        self.model = RowsModel(self._headers, numeric=(2, 3, 4, 5, 6))
        self.table = QTableView()
        self.table.setObjectName("attendance_sheet")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.open_title = QLabel()
        self.open_model = RowsModel(self._open_headers)
        self.open_table = QTableView()
        self.open_table.setObjectName("attendance_open")
        self.open_table.setModel(self.open_model)
        self.open_table.verticalHeader().hide()
        self.open_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.open_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.correct_button = QPushButton()
        self.correct_button.setObjectName("correct_clock_out")
        self.correct_button.clicked.connect(self.correct_selected)
        top = QHBoxLayout()
        top.addWidget(self.from_label)
        top.addWidget(self.start)
        top.addWidget(self.to_label)
        top.addWidget(self.end)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.open_title, 1)
        bottom.addWidget(self.correct_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 2)
        layout.addLayout(bottom)
        layout.addWidget(self.open_table, 1)
        ctx.db.data_did_change.connect(self._data_changed)
        self.retranslate()
        self.refresh()

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Employee"),
            self.tr("Number"),
            self.tr("Days"),
            self.tr("Planned (h)"),
            self.tr("Worked (h)"),
            self.tr("Late (min)"),
            self.tr("Overtime (h)"),
        )

    def _open_headers(self) -> tuple[str, ...]:
        return (self.tr("Employee"), self.tr("Clocked in"))

    def retranslate(self) -> None:
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("to"))
        self.open_title.setText(self.tr("Days without a clock-out"))
        self.correct_button.setText(self.tr("Correct the clock-out…"))
        self.model.retranslate()
        self.open_model.retranslate()
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        if self.ctx.actor is None:
            return
        deps, actor = self.ctx.deps, self.ctx.actor
        start: date = self.start.date().toPython()  # type: ignore[assignment]
        end: date = self.end.date().toPython()  # type: ignore[assignment]

        def show(found: tuple[list[SheetRow], list[tuple[StaffMember, Attendance]]]) -> None:
            self.rows, self.open = found
            self._show()

        self.ctx.db.submit(
            lambda: (attendance_sheet(deps, actor, start, end), open_days(deps, actor)),
            show,
            self.ctx.report_error,
        )

    def _show(self) -> None:
        language, locale = self.ctx.languages.language, self.ctx.languages.locale
        self.model.set_rows(
            [
                (
                    local_name(r.member.name, r.member.name_ar, language),
                    r.member.number,
                    count(r.days, locale),
                    _hours(r.planned_minutes, locale),
                    _hours(r.worked_minutes, locale),
                    count(r.late_minutes, locale),
                    _hours(r.overtime_minutes, locale),
                )
                for r in self.rows
            ]
        )
        self.open_model.set_rows(
            [
                (local_name(m.name, m.name_ar, language), moment(a.clock_in, locale))
                for m, a in self.open
            ]
        )

    def correct_selected(self) -> CorrectionDialog | None:
        rows = self.open_table.selectionModel().selectedRows()
        if not rows:
            return None
        member, day = self.open[rows[0].row()]
        dialog = CorrectionDialog(self.ctx, member, day, self)
        dialog.open()
        return dialog

    def _data_changed(self, changes: frozenset[Changed]) -> None:
        if Changed.PEOPLE in changes:
            self.refresh()
