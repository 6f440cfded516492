"""The touch till's numeric keypad: digits, the decimal comma, × for a quantity, erase and
Enter, as big buttons that never take the focus (the scan field keeps it, so a scanner
still types into it between two taps)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

KEYS = (
    ("7", "8", "9"),
    ("4", "5", "6"),
    ("1", "2", "3"),
    (",", "0", "×"),
)
MINIMUM_SIDE = 48  # a finger's width at 96 dpi, whatever the window


class NumericKeypad(QWidget):
    typed = Signal(str)  # a digit, "," or "*" (the till's quantity star)
    erased = Signal()
    cleared = Signal()
    entered = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keypad")
        grid = QGridLayout(self)
        grid.setSpacing(4)
        grid.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        for row, keys in enumerate(KEYS):
            for column, key in enumerate(keys):
                button = self._button(key)
                button.clicked.connect(
                    lambda _=False, k=key: self.typed.emit("*" if k == "×" else k)
                )
                grid.addWidget(button, row, column)
        for row, (name, signal) in enumerate(
            (("⌫", self.erased), ("C", self.cleared), ("enter", self.entered))
        ):
            button = self._button(name)
            button.clicked.connect(signal.emit)
            grid.addWidget(button, row, 3, 2 if name == "enter" else 1, 1)
        self.buttons["enter"].setStyleSheet(
            "font-size: 20pt; font-weight: bold; background: #1565c0; color: white;"
        )
        self.retranslate()

    def _button(self, key: str) -> QPushButton:
        button = QPushButton(key)
        button.setObjectName(f"key_{key}")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setMinimumSize(MINIMUM_SIDE, MINIMUM_SIDE)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        button.setStyleSheet("font-size: 16pt;")
        self.buttons[key] = button
        return button

    def retranslate(self) -> None:
        self.buttons["enter"].setText("↵")
        self.buttons["enter"].setToolTip(self.tr("Enter: add the article typed"))
        self.buttons["C"].setToolTip(self.tr("Clear what is typed"))
        self.buttons["⌫"].setToolTip(self.tr("Erase the last character"))
        self.buttons["×"].setToolTip(self.tr("Quantity: 3 × then the article"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
