"""The dated changes HR makes to an employee's file besides a raise: a new family situation
from a day (a marriage, a birth), the end of the contract, a new clock PIN or shift. Each
dialog runs its use case on the worker and stays open with the refusal's message."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.app.hr.records import end_contract, record_family_change, set_clock_pin
from erp_desktop.kernel.hr.attendance import Shift, StaffMember
from erp_desktop.kernel.hr.records import Employee, EmploymentContract, MaritalStatus
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.formatting import local_name


def _day(edit: QDateEdit) -> date:
    picked: date = edit.date().toPython()  # type: ignore[assignment]
    return picked


class _ChangeDialog(QDialog):
    def __init__(self, ctx: UiContext, name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(name)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setObjectName(f"{name}_error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _run(self, job: Callable[[], Any]) -> None:
        self.ctx.db.submit(
            job, lambda _done: self.accept(), lambda e: self.error.setText(self.ctx.explain(e))
        )

    def save(self) -> None:
        raise NotImplementedError


class FamilyDialog(_ChangeDialog):
    def __init__(self, ctx: UiContext, employee: Employee, parent: QWidget | None = None):
        super().__init__(ctx, "family_dialog", parent)
        self.employee = employee
        self.setWindowTitle(self.tr("New family situation"))
        today = ctx.deps.now().date()
        self.valid_from = QDateEdit(QDate(today.year, today.month, today.day))
        self.valid_from.setCalendarPopup(True)
        self.marital = QComboBox()
        for status, label in (
            (MaritalStatus.SINGLE, self.tr("Single")),
            (MaritalStatus.MARRIED, self.tr("Married")),
            (MaritalStatus.DIVORCED, self.tr("Divorced")),
            (MaritalStatus.WIDOWED, self.tr("Widowed")),
        ):
            self.marital.addItem(label, status)
        self.dependants, self.children_count = QSpinBox(), QSpinBox()
        self.head_of_family = QCheckBox()
        self.form.addRow(self.tr("From"), self.valid_from)
        self.form.addRow(self.tr("Family situation"), self.marital)
        self.form.addRow(self.tr("Dependants"), self.dependants)
        self.form.addRow(self.tr("Dependent children"), self.children_count)
        self.form.addRow(self.tr("Head of family"), self.head_of_family)

    def save(self) -> None:
        assert self.ctx.actor is not None
        deps, actor, employee_id = self.ctx.deps, self.ctx.actor, self.employee.id
        day, status = _day(self.valid_from), self.marital.currentData()
        dependants, children = self.dependants.value(), self.children_count.value()
        head = self.head_of_family.isChecked()
        self._run(
            lambda: record_family_change(
                deps, actor, employee_id, day, status, dependants, children, head
            )
        )


class EndContractDialog(_ChangeDialog):
    def __init__(
        self, ctx: UiContext, contract: EmploymentContract, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, "end_contract_dialog", parent)
        self.contract = contract
        self.setWindowTitle(self.tr("End the contract"))
        today = ctx.deps.now().date()
        self.ends_on = QDateEdit(QDate(today.year, today.month, today.day))
        self.ends_on.setCalendarPopup(True)
        self.form.addRow(self.tr("Contract"), QLabel(contract.number))
        self.form.addRow(self.tr("Last day"), self.ends_on)

    def save(self) -> None:
        assert self.ctx.actor is not None
        deps, actor, contract_id = self.ctx.deps, self.ctx.actor, self.contract.id
        last = _day(self.ends_on)
        self._run(lambda: end_contract(deps, actor, contract_id, last))


class ClockPinDialog(_ChangeDialog):
    def __init__(
        self,
        ctx: UiContext,
        member: StaffMember,
        shifts: list[Shift],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, "clock_pin_dialog", parent)
        self.member = member
        self.setWindowTitle(self.tr("Clock PIN and shift"))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.pin.setPlaceholderText(self.tr("unchanged"))
        self.shift = QComboBox()
        self.shift.addItem(self.tr("No shift"), None)
        for s in shifts:
            self.shift.addItem(local_name(s.name, s.name_ar, ctx.languages.language), s.id)
        self.shift.setCurrentIndex(max(self.shift.findData(member.shift_id), 0))
        self.form.addRow(self.tr("Clock PIN"), self.pin)
        self.form.addRow(self.tr("Shift"), self.shift)

    def save(self) -> None:
        assert self.ctx.actor is not None
        deps, actor, member_id = self.ctx.deps, self.ctx.actor, self.member.id
        pin, shift = self.pin.text(), self.shift.currentData()
        self._run(lambda: set_clock_pin(deps, actor, member_id, pin, shift))
