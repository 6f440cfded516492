"""Leave at the branch: the requests of a period with their status (a new request for an
employee; approve or refuse the one chosen), the annual-leave balances, and the calendar of
the month: each day's public holiday (a lunar one marked as computed until announced) and
who is on leave."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import (
    QComboBox,
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
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.app.changes import Changed
from erp_desktop.app.hr.leave import (
    Balance,
    LeaveCalendar,
    LeaveForm,
    approve_leave,
    balances,
    leave_calendar,
    refuse_leave,
    request_leave,
)
from erp_desktop.kernel.hr.attendance import StaffMember
from erp_desktop.kernel.hr.leave import LeaveRequest
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.formatting import count, fixed, local_name
from erp_desktop.ui.rows_model import RowsModel


def _day(edit: QDateEdit) -> date:
    picked: date = edit.date().toPython()  # type: ignore[assignment]
    return picked


class LeaveRequestDialog(QDialog):
    """A request for an employee of the branch: kind, first and last day, reason."""

    def __init__(
        self,
        ctx: UiContext,
        staff: list[StaffMember],
        kinds: tuple[str, ...],
        names: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("leave_request_dialog")
        self.setWindowTitle(self.tr("Leave request"))
        language = ctx.languages.language
        self.employee = QComboBox()
        self.employee.setObjectName("leave_employee")
        for m in staff:
            self.employee.addItem(local_name(m.name, m.name_ar, language), m.id)
        self.kind = QComboBox()
        self.kind.setObjectName("leave_kind")
        for kind in kinds:
            self.kind.addItem(names.get(kind, kind), kind)
        today = ctx.deps.now().date()
        self.start = QDateEdit(QDate(today.year, today.month, today.day))
        self.start.setObjectName("leave_start")
        self.end = QDateEdit(QDate(today.year, today.month, today.day))
        self.end.setObjectName("leave_end")
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("leave_reason")
        self.error = QLabel()
        self.error.setObjectName("leave_error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Employee"), self.employee)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("First day"), self.start)
        form.addRow(self.tr("Last day"), self.end)
        form.addRow(self.tr("Reason"), self.reason)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        assert self.ctx.actor is not None
        deps, actor = self.ctx.deps, self.ctx.actor
        leave = LeaveForm(
            self.employee.currentData(),
            self.kind.currentData(),
            _day(self.start),
            _day(self.end),
            self.reason.text(),
        )
        self.ctx.db.submit(
            lambda: request_leave(deps, actor, leave),
            lambda _done: self.accept(),
            lambda e: self.error.setText(self.ctx.explain(e)),
        )


class LeaveView(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.calendar: LeaveCalendar | None = None
        self.balances: list[Balance] = []
        self.requests: list[tuple[StaffMember, LeaveRequest]] = []
        today = ctx.deps.now().date()
        self.month = QDateEdit(QDate(today.year, today.month, 1))
        self.month.setObjectName("leave_month")
        self.month.setDisplayFormat("MM/yyyy")
        self.month.dateChanged.connect(lambda _d: self.refresh())
        self.month_label = QLabel()
        self.new_button, self.approve_button, self.refuse_button = (
            QPushButton(),
            QPushButton(),
            QPushButton(),
        )
        self.new_button.setObjectName("new_leave")
        self.approve_button.setObjectName("approve_leave")
        self.refuse_button.setObjectName("refuse_leave")
        self.new_button.clicked.connect(self.open_request)
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.refuse_button.clicked.connect(lambda: self.decide(False))
        self.requests_model = RowsModel(self._request_headers, numeric=(4,))
        self.requests_table = self._table("leave_requests", self.requests_model)
        self.requests_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.balance_model = RowsModel(self._balance_headers, numeric=(2, 3, 4, 5))
        self.balance_table = self._table("leave_balances", self.balance_model)
        self.calendar_model = RowsModel(self._calendar_headers)
        self.calendar_table = self._table("leave_calendar", self.calendar_model)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("leave_tabs")
        requests = QWidget()
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.refuse_button)
        inner = QVBoxLayout(requests)
        inner.addLayout(buttons)
        inner.addWidget(self.requests_table)
        self.tabs.addTab(requests, "")
        self.tabs.addTab(self.balance_table, "")
        self.tabs.addTab(self.calendar_table, "")
        top = QHBoxLayout()
        top.addWidget(self.month_label)
        top.addWidget(self.month)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs)
        ctx.db.data_did_change.connect(self._data_changed)
        self.retranslate()
        self.refresh()

    def _table(self, name: str, model: RowsModel) -> QTableView:
        table = QTableView()
        table.setObjectName(name)
        table.setModel(model)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

    def kind_names(self) -> dict[str, str]:
        return {
            "annual": self.tr("Annual leave"),
            "sick": self.tr("Sick leave"),
            "maternity": self.tr("Maternity leave"),
            "unpaid": self.tr("Unpaid leave"),
        }

    def status_names(self) -> dict[str, str]:
        return {
            "pending": self.tr("Pending"),
            "approved": self.tr("Approved"),
            "refused": self.tr("Refused"),
            "cancelled": self.tr("Cancelled"),
        }

    def _request_headers(self) -> tuple[str, ...]:
        return (
            self.tr("Employee"),
            self.tr("Kind"),
            self.tr("From"),
            self.tr("To"),
            self.tr("Days"),
            self.tr("Status"),
        )

    def _balance_headers(self) -> tuple[str, ...]:
        return (
            self.tr("Employee"),
            self.tr("Leave year"),
            self.tr("Earned"),
            self.tr("Approved"),
            self.tr("Pending"),
            self.tr("Available"),
        )

    def _calendar_headers(self) -> tuple[str, ...]:
        return (self.tr("Day"), self.tr("Public holiday"), self.tr("On leave"))

    def retranslate(self) -> None:
        self.month_label.setText(self.tr("Month"))
        self.new_button.setText(self.tr("New request…"))
        self.approve_button.setText(self.tr("Approve"))
        self.refuse_button.setText(self.tr("Refuse"))
        self.tabs.setTabText(0, self.tr("Requests"))
        self.tabs.setTabText(1, self.tr("Balances"))
        self.tabs.setTabText(2, self.tr("Calendar"))
        for model in (self.requests_model, self.balance_model, self.calendar_model):
            model.retranslate()
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def period(self) -> tuple[date, date]:
        first = _day(self.month).replace(day=1)
        return first, first.replace(day=calendar.monthrange(first.year, first.month)[1])

    def refresh(self) -> None:
        if self.ctx.actor is None:
            return
        deps, actor = self.ctx.deps, self.ctx.actor
        start, end = self.period()
        on = min(deps.now().date(), end)

        def show(found: tuple[LeaveCalendar, list[Balance]]) -> None:
            self.calendar, self.balances = found
            self.requests = list(self.calendar.requests)
            self._show()

        self.ctx.db.submit(
            lambda: (leave_calendar(deps, actor, start, end), balances(deps, actor, on)),
            show,
            self.ctx.report_error,
        )

    def _show(self) -> None:
        language, locale = self.ctx.languages.language, self.ctx.languages.locale
        kinds, statuses = self.kind_names(), self.status_names()
        self.requests_model.set_rows(
            [
                (
                    local_name(m.name, m.name_ar, language),
                    kinds.get(r.kind, r.kind),
                    r.starts_on.strftime("%d/%m/%Y"),
                    r.ends_on.strftime("%d/%m/%Y"),
                    count(r.days, locale),
                    statuses.get(str(r.status), str(r.status)),
                )
                for m, r in self.requests
            ]
        )
        self.balance_model.set_rows(
            [
                (
                    local_name(b.member.name, b.member.name_ar, language),
                    f"{b.year_start:%d/%m/%Y} – {b.year_end:%d/%m/%Y}",
                    fixed(b.earned, 1, locale),
                    count(b.approved, locale),
                    count(b.pending, locale),
                    fixed(b.available, 1, locale),
                )
                for b in self.balances
            ]
        )
        for column in range(1, self.balance_model.columnCount()):
            self.balance_table.resizeColumnToContents(column)
        self._show_calendar(language)

    def _show_calendar(self, language: str) -> None:
        if self.calendar is None:
            return
        start, end = self.period()
        holidays = {h.day: h for h in self.calendar.holidays}
        rows = []
        for i in range((end - start).days + 1):
            day = start + timedelta(days=i)
            holiday = holidays.get(day)
            name = ""
            if holiday is not None:
                name = holiday.name_ar if language == "ar" else holiday.name_fr
                if holiday.lunar and not holiday.confirmed:
                    name += " " + self.tr("(computed date)")
            away = ", ".join(
                local_name(m.name, m.name_ar, language)
                for m, r in self.calendar.requests
                if r.overlaps(day, day) and str(r.status) in ("pending", "approved")
            )
            rows.append((day.strftime("%d/%m/%Y"), name, away))
        self.calendar_model.set_rows(rows)

    def selected(self) -> LeaveRequest | None:
        rows = self.requests_table.selectionModel().selectedRows()
        return self.requests[rows[0].row()][1] if rows else None

    def decide(self, approve: bool) -> None:
        request = self.selected()
        if request is None or self.ctx.actor is None:
            return
        deps, actor = self.ctx.deps, self.ctx.actor
        use_case = approve_leave if approve else refuse_leave
        self.ctx.db.submit(
            lambda: use_case(deps, actor, request.id), lambda _d: None, self.ctx.report_error
        )

    def open_request(self) -> LeaveRequestDialog | None:
        if self.calendar is None:
            return None
        staff = sorted(
            {m.id: m for m in [b.member for b in self.balances]}.values(), key=lambda m: m.number
        )
        dialog = LeaveRequestDialog(self.ctx, staff, self.calendar.kinds, self.kind_names(), self)
        dialog.open()
        return dialog

    def _data_changed(self, changes: frozenset[Changed]) -> None:
        if Changed.PEOPLE in changes:
            self.refresh()
