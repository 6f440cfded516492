"""Asks the logged-in user's password again, for what the server serves only on proof of
the user (their own payslips at a branch PC). The password is handed to the caller and
kept nowhere else."""

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


class PasswordAgainDialog(QDialog):
    def __init__(self, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("password_again")
        self.username = username
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("password_again_field")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept_if_typed)
        self.buttons.rejected.connect(self.reject)
        self.password.returnPressed.connect(self._accept_if_typed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.why)
        layout.addWidget(self.password)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Your password"))
        self.why.setText(
            self.tr(
                "Your payslips are kept on the company's server. Type the password of %1 "
                "again to read them here."
            ).replace("%1", self.username)
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def typed(self) -> str:
        return self.password.text()

    def _accept_if_typed(self) -> None:
        if self.password.text():
            self.accept()

    def done(self, result: int) -> None:
        super().done(result)
        if result != QDialog.DialogCode.Accepted:
            self.password.clear()
