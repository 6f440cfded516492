"""The change due after a payment, the biggest figure on the till's screen.

The cashier counts coins into the customer's hand while reading it: it stays shown, larger
than the ticket's total, until the next scan starts the next customer.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

POINTS = 40.0  # the total is 22 pt


class ChangeBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("change_due")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.font())
        font.setPointSizeF(POINTS)
        font.setBold(True)
        self.setFont(font)
        self.setStyleSheet("color: #1b5e20; background: #e8f5e9; padding: 8px;")
        # "Change due: 145,00 DA" breaks after its colon rather than widening the till
        # past a 1024-pixel screen (the amount itself stays on one line).
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.hide()

    def show_change(self, text: str) -> None:
        self.setText(text)
        self.show()
