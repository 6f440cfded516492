"""The touch till's quick-cash buttons: the exact cash due, then the next banknotes'
amounts (938 DA: "Exact" over 940,00, then 1 000,00 and 2 000,00). A tap pays the ticket in cash
with that amount at once; the change due then shows in big."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

from erp_desktop.kernel.money import Money
from erp_desktop.ui.formatting import money

BUTTONS = 4  # exact, and up to three notes


class QuickCashBar(QWidget):
    paid = Signal(object)  # the Money handed over, in cash

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quick_cash")
        layout = QGridLayout(self)  # two by two: fits beside the ticket on 1024 pixels
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.amounts: list[Money] = []
        self.money_locale = "fr_DZ"
        self.buttons: list[QPushButton] = []
        for n in range(BUTTONS):
            button = QPushButton()
            button.setObjectName(f"cash_{n}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumHeight(60)
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            button.setStyleSheet(
                "font-size: 14pt; font-weight: bold; background: #2e7d32; color: white;"
                if n == 0
                else "font-size: 14pt; background: #e8f5e9;"
            )
            button.clicked.connect(lambda _=False, i=n: self._tapped(i))
            layout.addWidget(button, n // 2, n % 2)
            self.buttons.append(button)
        self.show_amounts([], self.money_locale)

    def show_amounts(self, amounts: list[Money], locale: str) -> None:
        """The buttons for a ticket (none when the cart is empty)."""
        self.amounts, self.money_locale = amounts[:BUTTONS], locale
        for n, button in enumerate(self.buttons):
            if n < len(self.amounts):
                shown = money(self.amounts[n], locale)
                # "Exact" over its amount: one line did not fit half the panel in Arabic
                button.setText(f"{self.tr('Exact')}\n{shown}" if n == 0 else shown)
                button.setEnabled(True)
            else:
                button.setText(self.tr("Exact") if n == 0 else "")
                button.setEnabled(False)  # kept in place: the keypad does not jump

    def _tapped(self, n: int) -> None:
        if n < len(self.amounts):
            self.paid.emit(self.amounts[n])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.show_amounts(self.amounts, self.money_locale)
        super().changeEvent(event)
