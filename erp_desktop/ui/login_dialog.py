"""Logging in at the branch: user and password, or a cashier's PIN; works offline.

The cursor waits in the field to type (the user name, or the PIN on the PIN tab) when the
dialog opens and whenever the tab changes, so no one reaches for the mouse to log in.
"""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.app.auth import log_in, log_in_with_pin
from erp_desktop.app.context import Actor
from erp_desktop.ui.context import UiContext


class LoginDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor: Actor | None = None
        self.tabs = QTabWidget()
        password_page = QWidget()
        form = QFormLayout(password_page)
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.user_label, self.password_label = QLabel(), QLabel()
        form.addRow(self.user_label, self.username)
        form.addRow(self.password_label, self.password)
        pin_page = QWidget()
        pin_form = QFormLayout(pin_page)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.pin_user = QLineEdit()  # optional: names whose PIN it is, so failures count on them
        self.pin_label, self.pin_user_label = QLabel(), QLabel()
        pin_form.addRow(self.pin_user_label, self.pin_user)
        pin_form.addRow(self.pin_label, self.pin)
        self.tabs.addTab(password_page, "")
        self.tabs.addTab(pin_page, "")
        self.tabs.currentChanged.connect(lambda _index: self.focus_first_field())
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.submit = QPushButton()
        self.submit.setDefault(True)
        self.submit.clicked.connect(self.try_login)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error)
        layout.addWidget(self.submit)
        self.set_ready(ctx.is_open)
        self.retranslate()

    def first_field(self) -> QLineEdit:
        return self.username if self.tabs.currentIndex() == 0 else self.pin

    def focus_first_field(self) -> None:
        field = self.first_field()
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        field.selectAll()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # After the window is shown and activated, or the tab bar would take the focus.
        QTimer.singleShot(0, self.focus_first_field)

    def set_ready(self, ready: bool) -> None:
        """The replica is open (or not yet): only then can anyone log in."""
        self.submit.setEnabled(ready)

    def show_error(self, error: Exception) -> None:
        self.error.setText(self.ctx.explain(error))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Log in"))
        self.user_label.setText(self.tr("User"))
        self.password_label.setText(self.tr("Password"))
        self.pin_label.setText(self.tr("Cashier PIN"))
        self.pin_user_label.setText(self.tr("User (optional)"))
        self.tabs.setTabText(0, self.tr("Password"))
        self.tabs.setTabText(1, self.tr("PIN"))
        self.submit.setText(self.tr("Log in"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def try_login(self) -> None:
        deps = self.ctx.deps
        register = self.ctx.register_id if isinstance(self.ctx.register_id, UUID) else None
        if self.tabs.currentIndex() == 0:
            user, password = self.username.text(), self.password.text()
            job = lambda: log_in(deps, user, password, register)  # noqa: E731
        else:
            pin, named = self.pin.text(), self.pin_user.text().strip() or None
            job = lambda: log_in_with_pin(deps, pin, register, named)  # noqa: E731
        self.submit.setEnabled(False)
        self.error.clear()
        self.ctx.db.submit(job, self._logged_in, self._failed)

    def _logged_in(self, actor: Actor) -> None:
        self.actor = actor
        self.ctx.actor = actor
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.submit.setEnabled(True)
        self.show_error(error)
        self.password.clear()
        self.pin.clear()
        # Retyping what was cleared: the password (the user name stays) or the PIN.
        (self.password if self.tabs.currentIndex() == 0 else self.pin).setFocus()
