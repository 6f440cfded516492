"""A manager passing a customer's blocking credit limit with their PIN: the dialog shows why
the sale on account was refused (``receivables.credit_limit_blocked``, in the user's
language), takes a PIN (hidden as typed) and checks it on the database worker through
app.receivables.credit.credit_override_by_pin (the till's PIN machinery and its lockout).
``approved`` is the manager to name as ``approver`` when the use case is asked again.

The sales screens call it where a sale on account is refused for its limit."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.app.context import Actor
from erp_desktop.app.receivables.credit import credit_override_by_pin
from erp_desktop.ui.context import UiContext


class CreditOverrideDialog(QDialog):
    def __init__(self, ctx: UiContext, refusal: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("credit_override_dialog")
        self.approved: Actor | None = None
        self.why = QLabel(refusal)
        self.why.setWordWrap(True)
        self.ask = QLabel()
        self.pin = QLineEdit()
        self.pin.setObjectName("manager_pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.returnPressed.connect(self.check)
        self.error = QLabel()
        self.error.setObjectName("override_error")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.why)
        layout.addWidget(self.ask)
        layout.addWidget(self.pin)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Credit limit"))
        self.ask.setText(self.tr("A manager may allow it with their PIN:"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def check(self) -> None:
        pin = self.pin.text().strip()
        if not pin:
            return
        deps, register = self.ctx.deps, self.ctx.register_id
        self.buttons.setEnabled(False)
        self.ctx.db.submit(
            lambda: credit_override_by_pin(deps, pin, register), self._approved, self._refused
        )

    def _approved(self, manager: Actor) -> None:
        self.approved = manager
        self.buttons.setEnabled(True)
        self.accept()

    def _refused(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        self.pin.clear()
        self.error.setText(self.ctx.explain(error))
