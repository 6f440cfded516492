"""Head office's employees, for HR only: the list (number, names, branch, job, contract,
base salary in force today) and the file of the one chosen (family situation and contract
terms by date: a raise shows as a new line, the old one stays). Hire an employee, give the
chosen contract new terms from a date (``TermsDialog``)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent
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
    QVBoxLayout,
    QWidget,
)

from erp_desktop.app.changes import Changed
from erp_desktop.app.hr.records import (
    EmployeeFile,
    HiringSetup,
    TermsForm,
    change_terms,
    employee_file,
    employees,
    hiring_setup,
)
from erp_desktop.app.records import BranchInfo
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.hr.attendance import Shift
from erp_desktop.kernel.hr.records import Employee, EmploymentContract, terms_on
from erp_desktop.kernel.money import Money
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.formatting import fixed, local_name, money, parse_decimal_input
from erp_desktop.ui.hire_dialog import HireDialog
from erp_desktop.ui.rows_model import RowsModel


class TermsDialog(QDialog):
    """New pay from a date on a contract (a raise): the terms before it stay."""

    def __init__(
        self, ctx: UiContext, contract: EmploymentContract, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.contract = ctx, contract
        self.setObjectName("terms_dialog")
        self.setWindowTitle(self.tr("New terms from a date"))
        today = ctx.deps.now().date()
        self.valid_from = QDateEdit(QDate(today.year, today.month, 1))
        self.valid_from.setObjectName("terms_from")
        self.valid_from.setCalendarPopup(True)
        self.salary = QLineEdit()
        self.salary.setObjectName("terms_salary")
        self.reason = QLineEdit("raise")
        self.reason.setObjectName("terms_reason")
        self.error = QLabel()
        self.error.setObjectName("terms_error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Contract"), QLabel(contract.number))
        form.addRow(self.tr("From"), self.valid_from)
        form.addRow(self.tr("Monthly base salary"), self.salary)
        form.addRow(self.tr("Reason"), self.reason)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        assert self.ctx.actor is not None
        salary = parse_decimal_input(self.salary.text(), self.ctx.languages.locale)
        if salary is None:
            error = ValidationError(
                "common.invalid_value", field="salary", value=self.salary.text()
            )
            self.error.setText(self.ctx.explain(error))
            return
        scale = 1000 if self.contract.currency == "TND" else 100
        start: date = self.valid_from.date().toPython()  # type: ignore[assignment]
        form = TermsForm(start, int(salary * scale), reason=self.reason.text().strip() or "raise")
        deps, actor, contract_id = self.ctx.deps, self.ctx.actor, self.contract.id
        self.ctx.db.submit(
            lambda: change_terms(deps, actor, contract_id, form),
            lambda _done: self.accept(),
            lambda e: self.error.setText(self.ctx.explain(e)),
        )


class EmployeesView(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.employees: list[Employee] = []
        self.files: dict[object, EmployeeFile] = {}
        self.branches: list[BranchInfo] = []
        self.shifts: list[Shift] = []
        self.country = ctx.languages.country
        self.file: EmployeeFile | None = None
        self.hire_button, self.terms_button = QPushButton(), QPushButton()
        self.hire_button.setObjectName("hire_employee")
        self.terms_button.setObjectName("new_terms")
        self.hire_button.clicked.connect(self.open_hiring)
        self.terms_button.clicked.connect(self.open_terms)
        self.model = RowsModel(self._headers, numeric=(5,))
        self.table = QTableView()
        self.table.setObjectName("employees_table")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self.show_selected())
        self.detail_title = QLabel()
        self.detail_title.setObjectName("employee_title")
        self.terms_model = RowsModel(self._terms_headers, numeric=(2, 3))
        self.terms_table = QTableView()
        self.terms_table.setObjectName("employee_terms")
        self.terms_table.setModel(self.terms_model)
        self.terms_table.verticalHeader().hide()
        self.terms_table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.hire_button)
        top.addWidget(self.terms_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.detail_title)
        layout.addWidget(self.terms_table, 1)
        ctx.db.data_did_change.connect(self._data_changed)
        self.retranslate()
        self.refresh()

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Number"),
            self.tr("Full name"),
            self.tr("Branch"),
            self.tr("Job"),
            self.tr("Contract"),
            self.tr("Base salary today"),
        )

    def _terms_headers(self) -> tuple[str, ...]:
        return (
            self.tr("Contract"),
            self.tr("From"),
            self.tr("Base salary"),
            self.tr("Hours a month"),
            self.tr("Reason"),
        )

    def retranslate(self) -> None:
        self.hire_button.setText(self.tr("Hire…"))
        self.terms_button.setText(self.tr("New terms…"))
        self.model.retranslate()
        self.terms_model.retranslate()
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        if self.ctx.actor is None:
            return
        deps, actor = self.ctx.deps, self.ctx.actor

        def load() -> tuple[list[Employee], dict[object, EmployeeFile], HiringSetup]:
            found = employees(deps, actor)
            files: dict[object, EmployeeFile] = {
                e.id: employee_file(deps, actor, e.id) for e in found
            }
            return found, files, hiring_setup(deps, actor)

        def show(loaded: tuple[list[Employee], dict[object, EmployeeFile], HiringSetup]) -> None:
            self.employees, self.files, setup = loaded
            self.country = setup.country
            self.branches, self.shifts = list(setup.branches), list(setup.shifts)
            if self.file is not None:
                self.file = self.files.get(self.file.employee.id)
            self._show()

        self.ctx.db.submit(load, show, lambda e: self.detail_title.setText(self.ctx.explain(e)))

    def _salary_today(self, employee: Employee) -> tuple[str, str]:
        file = self.files.get(employee.id)
        if file is None or not file.contracts:
            return "", ""
        today = self.ctx.deps.now().date()
        current = file.contracts[-1]
        terms = terms_on(current.terms, today)
        shown = (
            money(
                Money.from_minor(terms.base_salary_minor, current.contract.currency),
                self.ctx.languages.locale,
            )
            if terms
            else ""
        )
        return str(current.contract.kind), shown

    def _show(self) -> None:
        language = self.ctx.languages.language
        branch_names = {b.id: local_name(b.name, b.name_ar, language) for b in self.branches}
        rows = []
        for e in self.employees:
            kind, salary = self._salary_today(e)
            rows.append(
                (
                    e.number,
                    e.full_name_ar if language == "ar" else e.full_name,
                    branch_names.get(e.branch_id, ""),
                    local_name(e.job_title, e.job_title_ar, language),
                    kind,
                    salary,
                )
            )
        self.model.set_rows(rows)
        for column in (0, 2, 3, 4, 5):
            self.table.resizeColumnToContents(column)
        self._show_file()

    def _show_file(self) -> None:
        language, locale = self.ctx.languages.language, self.ctx.languages.locale
        file = self.file
        self.terms_button.setEnabled(file is not None and bool(file.contracts))
        if file is None:
            self.detail_title.setText(self.tr("Choose an employee to see the file."))
            self.terms_model.set_rows([])
            return
        e = file.employee
        family = file.family[-1] if file.family else None
        situation = (
            self.tr("%1 dependant(s), %2 child(ren)")
            .replace("%1", str(family.dependants))
            .replace("%2", str(family.children))
            if family
            else ""
        )
        self.detail_title.setText(
            f"{e.full_name_ar if language == 'ar' else e.full_name} · {e.social_fund} "
            f"{e.social_security_number} · {situation}"
        )
        reasons = {
            "hire": self.tr("Hiring"),
            "raise": self.tr("Raise"),
            "promotion": self.tr("Promotion"),
            "hours": self.tr("New hours"),
        }
        self.terms_model.set_rows(
            [
                (
                    c.contract.number,
                    t.valid_from.strftime("%d/%m/%Y"),
                    money(Money.from_minor(t.base_salary_minor, c.contract.currency), locale),
                    fixed(t.monthly_hours, 2, locale),
                    reasons.get(t.reason, t.reason),
                )
                for c in file.contracts
                for t in c.terms
            ]
        )
        for column in range(4):
            self.terms_table.resizeColumnToContents(column)

    def show_selected(self) -> None:
        row = self.table.currentIndex().row()
        if 0 <= row < len(self.employees):
            self.file = self.files.get(self.employees[row].id)
            self._show_file()

    def open_hiring(self) -> HireDialog:
        dialog = HireDialog(self.ctx, self.country, self.branches, self.shifts, self)
        dialog.open()
        return dialog

    def open_terms(self) -> TermsDialog | None:
        if self.file is None or not self.file.contracts:
            return None
        dialog = TermsDialog(self.ctx, self.file.contracts[-1].contract, self)
        dialog.open()
        return dialog

    def _data_changed(self, changes: frozenset[Changed]) -> None:
        if Changed.PEOPLE in changes:
            self.refresh()
