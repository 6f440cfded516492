"""Closing the cash session: count the drawer by denomination, see the difference live.

The expected cash comes from the X report (opening float + cash sales - cash refunds); the
cashier types how many of each note and coin they counted, and sees the counted total and
the difference before confirming. Closing posts the difference and gives the Z report.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from erp_desktop.kernel.money import Money
from erp_desktop.ui.formatting import money, number

DENOMINATIONS: dict[str, tuple[str, ...]] = {
    "DZD": ("2000", "1000", "500", "200", "100", "50", "20", "10", "5"),
    "MAD": ("200", "100", "50", "20", "10", "5", "2", "1", "0.5"),
    "TND": ("50", "20", "10", "5", "2", "1", "0.5", "0.2", "0.1"),
    "EUR": ("500", "200", "100", "50", "20", "10", "5", "2", "1", "0.5", "0.2", "0.1"),
}


class CashCountDialog(QDialog):
    def __init__(self, expected: Money, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.expected, self.money_locale = expected, locale
        self.setObjectName("cash_count")
        form = QFormLayout(self)
        self.spins: dict[str, QSpinBox] = {}
        self.expected_label, self.counted_label, self.difference_label = (
            QLabel(),
            QLabel(),
            QLabel(),
        )
        form.addRow(self.expected_label, QLabel(money(expected, locale)))
        for face in DENOMINATIONS.get(expected.currency, DENOMINATIONS["DZD"]):
            spin = QSpinBox()
            spin.setObjectName(f"count_{face}")
            spin.setRange(0, 100000)
            spin.valueChanged.connect(self.refresh)
            self.spins[face] = spin
            form.addRow(f"{number(Decimal(face), locale)} ×", spin)
        self.counted = QLabel()
        self.counted.setObjectName("counted")
        self.difference = QLabel()
        self.difference.setObjectName("difference")
        form.addRow(self.counted_label, self.counted)
        form.addRow(self.difference_label, self.difference)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Close the cash session"))
        self.expected_label.setText(self.tr("Expected cash"))
        self.counted_label.setText(self.tr("Counted"))
        self.difference_label.setText(self.tr("Difference"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def denominations(self) -> dict[str, int]:
        return {face: spin.value() for face, spin in self.spins.items() if spin.value()}

    def counted_total(self) -> Money:
        total = Money.zero(self.expected.currency)
        for face, count in self.denominations().items():
            total = total + Money.of(Decimal(face) * count, self.expected.currency)
        return total

    def refresh(self) -> None:
        counted = self.counted_total()
        self.counted.setText(money(counted, self.money_locale))
        difference = counted - self.expected
        self.difference.setText(money(difference, self.money_locale))
        colour = "#b00020" if difference.is_negative() else "#1b5e20"
        self.difference.setStyleSheet(f"color: {colour}; font-weight: bold;")
