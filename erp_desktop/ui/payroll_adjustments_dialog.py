"""What HR adds to a month before the run: the advance already paid, hours to take off
that attendance does not show, overtime not clocked, a one-off bonus and a one-off
deduction. One row per employee of the prepared run, typed straight into the table (Tab
to the next figure, Enter to keep them); the page stores them for the month
(``app.payroll.month_items``) and prepares the run again with them."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal, InvalidOperation
from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.kernel.errors import ErpError
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.payroll.month_items import MonthItems
from erp_desktop.kernel.payroll.run import RunPayslip

ADVANCE, ABSENT, OVERTIME, BONUS, DEDUCTION = 1, 2, 3, 4, 5
AMOUNTS = {ADVANCE: "advance_minor", BONUS: "bonus_minor", DEDUCTION: "deduction_minor"}
HOURS = {ABSENT: "absence_hours", OVERTIME: "overtime_hours"}


def _number(text: str) -> Decimal:
    cleaned = text.strip().replace("\u202f", "").replace("\u00a0", "").replace(" ", "")
    return Decimal(cleaned.replace(",", ".")) if cleaned else Decimal(0)


class PayrollAdjustmentsDialog(QDialog):
    def __init__(
        self,
        slips: Sequence[RunPayslip],
        month: date,
        currency: str,
        current: Mapping[UUID, MonthItems],
        arabic: bool,
        parent: QWidget | None = None,
        explain: Callable[[Exception], str] = str,
    ) -> None:
        super().__init__(parent)
        self.explain = explain
        self.setObjectName("payroll_adjustments")
        self.setWindowTitle(self.tr("Advances and hours"))
        self.month, self.currency = month, currency
        self.employees = [s.employee_id for s in slips]
        self.current = dict(current)
        self.table = QTableWidget(len(slips), 6)
        self.table.setObjectName("adjustments_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Employee"),
                self.tr("Advance"),
                self.tr("Hours off"),
                self.tr("Overtime hours"),
                self.tr("Bonus"),
                self.tr("Deduction"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, slip in enumerate(slips):
            name = QTableWidgetItem(slip.name_ar if arabic else slip.name)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, name)
            had = current.get(slip.employee_id)
            for column in (*AMOUNTS, *HOURS):
                value = Decimal(0)
                if had is not None and column in AMOUNTS:
                    value = Money.from_minor(getattr(had, AMOUNTS[column]), currency).amount
                elif had is not None:
                    value = getattr(had, HOURS[column])
                self.table.setItem(row, column, QTableWidgetItem(f"{value:f}" if value else ""))
        if slips:
            self.table.setCurrentCell(0, ADVANCE)
        self.error = QLabel()
        self.error.setObjectName("adjustments_error")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(760, 420)
        self.entries: list[MonthItems] = []

    def _cell(self, row: int, column: int) -> Decimal:
        item = self.table.item(row, column)
        return _number(item.text() if item else "")

    def read(self) -> list[MonthItems]:
        """Every employee's items as typed, an emptied row included (it removes the
        record); ``ValueError`` naming the row for a figure that is not a number. A
        negative one is the kernel's to refuse, with its code."""
        found: list[MonthItems] = []
        for row, employee in enumerate(self.employees):
            try:
                figures = {c: self._cell(row, c) for c in (*AMOUNTS, *HOURS)}
            except InvalidOperation:
                raise ValueError(row) from None
            had = self.current.get(employee) or MonthItems(
                new_id(), employee, self.month, self.currency
            )
            amounts = {AMOUNTS[c]: Money.of(figures[c], self.currency).to_minor() for c in AMOUNTS}
            hours = {HOURS[c]: figures[c] for c in HOURS}
            found.append(replace(had, **amounts, **hours))  # type: ignore[arg-type]
        return found

    def _accept(self) -> None:
        try:
            self.entries = self.read()
        except ValueError as error:
            row = int(str(error.args[0]))
            self.error.setText(self.tr("Row %1: not a number.").replace("%1", str(row + 1)))
            return
        except ErpError as error:  # a negative figure, refused by the kernel with its code
            self.error.setText(self.explain(error))
            return
        self.accept()
