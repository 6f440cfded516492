"""What HR adds to a month before the run: advances already paid, hours to take off that
attendance does not show, overtime not clocked. One row per employee of the prepared run;
the run is prepared again with them (nothing is written until it is posted)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
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

from erp_desktop.app.payroll.inputs import Adjustment
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.payroll import OvertimeHours
from erp_desktop.kernel.payroll.run import RunPayslip

ADVANCE, ABSENT, OVERTIME = 1, 2, 3


def _number(text: str) -> Decimal:
    cleaned = text.strip().replace("\u202f", "").replace("\u00a0", "").replace(" ", "")
    return Decimal(cleaned.replace(",", ".")) if cleaned else Decimal(0)


class PayrollAdjustmentsDialog(QDialog):
    def __init__(
        self,
        slips: Sequence[RunPayslip],
        currency: str,
        current: Mapping[UUID, Adjustment],
        arabic: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("payroll_adjustments")
        self.setWindowTitle(self.tr("Advances and hours"))
        self.currency = currency
        self.employees = [s.employee_id for s in slips]
        self.table = QTableWidget(len(slips), 4)
        self.table.setObjectName("adjustments_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Employee"),
                self.tr("Advance"),
                self.tr("Hours off"),
                self.tr("Overtime hours"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, slip in enumerate(slips):
            name = QTableWidgetItem(slip.name_ar if arabic else slip.name)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, name)
            had = current.get(slip.employee_id, Adjustment())
            advance = sum((a.amount for a in had.advances), Decimal(0))
            overtime = sum((o.hours for o in had.overtime), Decimal(0))
            for column, value in (
                (ADVANCE, advance),
                (ABSENT, had.absence_hours),
                (OVERTIME, overtime),
            ):
                self.table.setItem(row, column, QTableWidgetItem(f"{value:f}" if value else ""))
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
        self.resize(640, 420)
        self.adjustments: dict[UUID, Adjustment] = dict(current)

    def _cell(self, row: int, column: int) -> Decimal:
        item = self.table.item(row, column)
        return _number(item.text() if item else "")

    def read(self) -> dict[UUID, Adjustment]:
        """The adjustments as typed (``ValueError`` naming the row for a figure that is not
        a number); a negative one is the kernel's to refuse, with its code."""
        found: dict[UUID, Adjustment] = {}
        for row, employee in enumerate(self.employees):
            try:
                advance, absent, overtime = (
                    self._cell(row, c) for c in (ADVANCE, ABSENT, OVERTIME)
                )
            except InvalidOperation:
                raise ValueError(row) from None
            if advance or absent or overtime:
                found[employee] = Adjustment(
                    advances=(Money.of(advance, self.currency),) if advance else (),
                    absence_hours=absent,
                    overtime=(OvertimeHours("standard", overtime),) if overtime else (),
                )
        return found

    def _accept(self) -> None:
        try:
            self.adjustments = self.read()
        except ValueError as error:
            row = int(str(error.args[0]))
            self.error.setText(self.tr("Row %1: not a number.").replace("%1", str(row + 1)))
            return
        self.accept()
