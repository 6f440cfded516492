"""Hiring an employee at head office: the record in both languages, identity and
social-security numbers, bank account, branch and job, family situation, the first
contract (CDI or CDD, trial period, hours, base salary) and the PIN for the branch's clock.
A refusal (an end before the start, a number taken) shows in the dialog, which stays open.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.app.hr.records import ContractForm, Hiring, TermsForm, hire_employee
from erp_desktop.app.records import BranchInfo
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.hr.attendance import Shift
from erp_desktop.kernel.hr.records import ContractKind, Employee, MaritalStatus
from erp_desktop.kernel.ids import new_id
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.formatting import local_name, parse_decimal_input


def _day(edit: QDateEdit) -> date:
    picked: date = edit.date().toPython()  # type: ignore[assignment]
    return picked


class HireDialog(QDialog):
    def __init__(
        self,
        ctx: UiContext,
        country: str,
        branches: list[BranchInfo],
        shifts: list[Shift],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.country = ctx, country
        self.setObjectName("hire_dialog")
        self.setWindowTitle(self.tr("Hire an employee"))
        language = ctx.languages.language
        today = ctx.deps.now().date()
        self.fields: dict[str, QLineEdit] = {}
        for name in (
            "number",
            "first_name",
            "last_name",
            "first_name_ar",
            "last_name_ar",
            "job_title",
            "job_title_ar",
            "national_id",
            "social_security_number",
            "bank_name",
            "bank_account",
            "address",
            "phone",
            "contract_number",
            "base_salary",
            "pin",
        ):
            edit = QLineEdit()
            edit.setObjectName(f"hire_{name}")
            self.fields[name] = edit
        self.fields["pin"].setEchoMode(QLineEdit.EchoMode.Password)
        for name in ("first_name_ar", "last_name_ar", "job_title_ar"):
            self.fields[name].setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.branch = QComboBox()
        self.branch.setObjectName("hire_branch")
        for b in branches:
            self.branch.addItem(local_name(b.name, b.name_ar, language), b.id)
        self.shift = QComboBox()
        self.shift.setObjectName("hire_shift")
        self.shift.addItem(self.tr("No shift"), None)
        for s in shifts:
            self.shift.addItem(local_name(s.name, s.name_ar, language), s.id)
        self.gender = QComboBox()
        self.gender.setObjectName("hire_gender")
        for code, label in (("F", self.tr("Woman")), ("M", self.tr("Man"))):
            self.gender.addItem(label, code)
        self.marital = QComboBox()
        self.marital.setObjectName("hire_marital")
        for status, label in (
            (MaritalStatus.SINGLE, self.tr("Single")),
            (MaritalStatus.MARRIED, self.tr("Married")),
            (MaritalStatus.DIVORCED, self.tr("Divorced")),
            (MaritalStatus.WIDOWED, self.tr("Widowed")),
        ):
            self.marital.addItem(label, status)
        self.dependants = QSpinBox()
        self.dependants.setObjectName("hire_dependants")
        self.children_count = QSpinBox()
        self.children_count.setObjectName("hire_children")
        self.head_of_family = QCheckBox()
        self.kind = QComboBox()
        self.kind.setObjectName("hire_kind")
        self.kind.addItem(self.tr("Permanent (CDI)"), ContractKind.CDI)
        self.kind.addItem(self.tr("Fixed term (CDD)"), ContractKind.CDD)
        self.hired_on = QDateEdit(QDate(today.year, today.month, today.day))
        self.hired_on.setObjectName("hire_hired_on")
        self.birth = QDateEdit(QDate(1995, 1, 1))
        self.birth.setObjectName("hire_birth")
        self.ends_on = QDateEdit(QDate(today.year + 1, today.month, today.day))
        self.ends_on.setObjectName("hire_ends_on")
        self.trial_ends = QDateEdit(QDate(today.year, today.month, today.day).addMonths(3))
        self.trial_ends.setObjectName("hire_trial_ends")
        for picker in (self.hired_on, self.birth, self.ends_on, self.trial_ends):
            picker.setCalendarPopup(True)
        self.weekly_hours = QSpinBox()
        self.weekly_hours.setObjectName("hire_weekly_hours")
        self.weekly_hours.setRange(1, 60)
        self.weekly_hours.setValue(40 if country == "DZ" else 44 if country == "MA" else 48)
        self.error = QLabel()
        self.error.setObjectName("hire_error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        person, work = QFormLayout(), QFormLayout()
        f = self.fields
        person.addRow(self.tr("Employee number"), f["number"])
        person.addRow(self.tr("First name"), f["first_name"])
        person.addRow(self.tr("Last name"), f["last_name"])
        person.addRow(self.tr("First name in Arabic"), f["first_name_ar"])
        person.addRow(self.tr("Last name in Arabic"), f["last_name_ar"])
        person.addRow(self.tr("Sex"), self.gender)
        person.addRow(self.tr("Born on"), self.birth)
        person.addRow(self.tr("National identity number"), f["national_id"])
        person.addRow(self.tr("Social-security number"), f["social_security_number"])
        person.addRow(self.tr("Family situation"), self.marital)
        person.addRow(self.tr("Dependants"), self.dependants)
        person.addRow(self.tr("Dependent children"), self.children_count)
        person.addRow(self.tr("Head of family"), self.head_of_family)
        person.addRow(self.tr("Address"), f["address"])
        person.addRow(self.tr("Phone"), f["phone"])
        work.addRow(self.tr("Branch"), self.branch)
        work.addRow(self.tr("Job"), f["job_title"])
        work.addRow(self.tr("Job in Arabic"), f["job_title_ar"])
        work.addRow(self.tr("Hired on"), self.hired_on)
        work.addRow(self.tr("Contract"), self.kind)
        work.addRow(self.tr("Contract number"), f["contract_number"])
        work.addRow(self.tr("Ends on (CDD)"), self.ends_on)
        work.addRow(self.tr("Trial period ends on"), self.trial_ends)
        work.addRow(self.tr("Hours a week"), self.weekly_hours)
        work.addRow(self.tr("Monthly base salary"), f["base_salary"])
        work.addRow(self.tr("Bank"), f["bank_name"])
        work.addRow(self.tr("Bank account (RIB)"), f["bank_account"])
        work.addRow(self.tr("Shift"), self.shift)
        work.addRow(self.tr("Clock PIN"), f["pin"])
        grid = QGridLayout()
        grid.addLayout(person, 0, 0)
        grid.addLayout(work, 0, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def hiring(self) -> Hiring:
        f = {k: v.text().strip() for k, v in self.fields.items()}
        salary = parse_decimal_input(f["base_salary"], self.ctx.languages.locale)
        if salary is None:
            raise ValidationError(
                "common.invalid_value", field="base_salary", value=f["base_salary"]
            )
        scale = 1000 if self.country == "TN" else 100
        hired = _day(self.hired_on)
        weekly = Decimal(self.weekly_hours.value())
        kind: ContractKind = self.kind.currentData()
        employee = Employee(
            new_id(),
            f["number"],
            f["first_name"],
            f["last_name"],
            f["first_name_ar"],
            f["last_name_ar"],
            self.country,
            self.branch.currentData(),
            f["job_title"],
            f["job_title_ar"],
            hired,
            birth_date=_day(self.birth),
            gender=self.gender.currentData(),
            national_id=f["national_id"],
            social_security_number=f["social_security_number"],
            address=f["address"],
            phone=f["phone"],
            bank_name=f["bank_name"],
            bank_account=f["bank_account"],
        )
        return Hiring(
            employee,
            self.marital.currentData(),
            ContractForm(
                f["contract_number"],
                kind,
                hired,
                TermsForm(
                    hired,
                    int(salary * scale),
                    (weekly * 52 / 12).quantize(Decimal("0.01")),
                    weekly,
                ),
                ends_on=_day(self.ends_on) if kind is ContractKind.CDD else None,
                trial_ends_on=_day(self.trial_ends),
                job_title=f["job_title"],
                job_title_ar=f["job_title_ar"],
            ),
            self.dependants.value(),
            self.children_count.value(),
            self.head_of_family.isChecked(),
            self.shift.currentData(),
            f["pin"],
        )

    def save(self) -> None:
        assert self.ctx.actor is not None
        try:
            hiring = self.hiring()
        except ValidationError as error:
            self.error.setText(self.ctx.explain(error))
            return
        deps, actor = self.ctx.deps, self.ctx.actor
        self.ctx.db.submit(
            lambda: hire_employee(deps, actor, hiring),
            lambda _done: self.accept(),
            lambda e: self.error.setText(self.ctx.explain(e)),
        )
