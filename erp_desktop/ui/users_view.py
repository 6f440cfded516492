"""The shop's users as its owner manages them (a shop that runs alone): who works here,
their role, whether they have a PIN, whether they still work here; the form below creates
a user or changes the one chosen (a password or a PIN left empty stays as it was). On a
branch or at head office the list is read-only with a note: users are made on the server."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.app.changes import Changed
from erp_desktop.app.records import UserInfo
from erp_desktop.app.shop_setup.users import UserEdit, save_user, shop_users
from erp_desktop.kernel.permissions import Role
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.rows_model import RowsModel
from erp_desktop.ui.shop_setup.people_page import SHOP_ROLES


class UsersView(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.manages = False
        self.users: list[UserInfo] = []
        self.chosen: UserInfo | None = None
        self.model = RowsModel(self._headers)
        self.table = QTableView()
        self.table.setObjectName("users_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.clicked.connect(lambda index: self.choose(index.row()))
        self.note = QLabel()
        self.note.setObjectName("users_note")
        self.note.setWordWrap(True)
        self.username, self.full_name = QLineEdit(), QLineEdit()
        self.username.setObjectName("user_username")
        self.full_name.setObjectName("user_full_name")
        self.password, self.pin = QLineEdit(), QLineEdit()
        self.password.setObjectName("user_password")
        self.pin.setObjectName("user_pin")
        for secret in (self.password, self.pin):
            secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.role = QComboBox()
        self.role.setObjectName("user_role")
        self.active = QCheckBox()
        self.active.setObjectName("user_active")
        self.active.setChecked(True)
        self.new_button, self.save_button = QPushButton(), QPushButton()
        self.new_button.setObjectName("new_user")
        self.save_button.setObjectName("save_user")
        self.new_button.clicked.connect(self.new_user)
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("users_status")
        self.labels = [QLabel() for _ in range(5)]
        form = QFormLayout()
        fields = (self.username, self.full_name, self.password, self.pin, self.role)
        for label, field in zip(self.labels, fields, strict=True):
            form.addRow(label, field)
        form.addRow("", self.active)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        ctx.db.data_did_change.connect(self._data_changed)
        self.retranslate()
        self.refresh()

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("User name"),
            self.tr("Full name"),
            self.tr("Role"),
            self.tr("PIN"),
            self.tr("Works here"),
        )

    def _role_names(self) -> dict[str, str]:
        return {
            Role.OWNER: self.tr("Owner"),
            Role.CASHIER: self.tr("Cashier"),
            Role.BRANCH_MANAGER: self.tr("Shop manager"),
            Role.WAREHOUSE: self.tr("Warehouse"),
            Role.ACCOUNTANT: self.tr("Accountant"),
        }

    def retranslate(self) -> None:
        texts = (
            self.tr("User name"),
            self.tr("Full name"),
            self.tr("Password (empty: unchanged)"),
            self.tr("PIN (empty: unchanged)"),
            self.tr("Role"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.active.setText(self.tr("Works here"))
        self.new_button.setText(self.tr("New user"))
        self.save_button.setText(self.tr("Save the user"))
        self.note.setText(
            self.tr("This site's users are made on the company's server; they come down here.")
        )
        chosen = self.role.currentData()
        self.role.clear()
        for role, name in self._role_names().items():
            self.role.addItem(name, str(role))
        self.role.setCurrentIndex(max(0, self.role.findData(chosen or Role.CASHIER.value)))
        self.model.retranslate()
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        if self.ctx.actor is None:
            return
        deps, actor = self.ctx.deps, self.ctx.actor

        def got(found: tuple[bool, list[UserInfo]]) -> None:
            self.manages, self.users = found
            self._show()

        self.ctx.db.submit(lambda: shop_users(deps, actor), got, self.ctx.report_error)

    def _show(self) -> None:
        names = self._role_names()
        yes, no = self.tr("yes"), self.tr("no")
        self.model.set_rows(
            [
                (
                    u.username,
                    u.full_name,
                    ", ".join(names.get(r, r) for r in sorted(u.roles)),
                    yes if u.pin_hash else no,
                    yes if u.active else no,
                )
                for u in self.users
            ]
        )
        self.note.setVisible(not self.manages)
        for widget in (self.new_button, self.save_button):
            widget.setEnabled(self.manages)

    def choose(self, row: int) -> None:
        if not 0 <= row < len(self.users):
            return
        user = self.chosen = self.users[row]
        self.username.setText(user.username)
        self.full_name.setText(user.full_name)
        self.password.clear()
        self.pin.clear()
        role = next((r.value for r in SHOP_ROLES if r in user.roles), Role.CASHIER.value)
        self.role.setCurrentIndex(max(0, self.role.findData(role)))
        self.active.setChecked(user.active)

    def new_user(self) -> None:
        self.chosen = None
        for field in (self.username, self.full_name, self.password, self.pin):
            field.clear()
        self.active.setChecked(True)
        self.username.setFocus()

    def save(self) -> None:
        deps, actor = self.ctx.deps, self.ctx.actor
        assert actor is not None
        chosen = self.chosen
        role = str(self.role.currentData())
        # roles the form does not show (an administrator's, HR's) are kept
        kept = tuple(r for r in (chosen.roles if chosen else ()) if r not in set(SHOP_ROLES))
        edit = UserEdit(
            chosen.id if chosen else None,
            self.username.text(),
            self.full_name.text(),
            (role, *kept),
            self.password.text(),
            self.pin.text().strip(),
            self.active.isChecked(),
        )

        def saved(done: object) -> None:
            self.chosen = getattr(done, "made", None)  # further edits change this user
            self.status.setText(self.tr("The user is saved."))
            self.password.clear()
            self.pin.clear()

        def failed(error: Exception) -> None:
            self.status.setText(self.ctx.explain(error))

        self.ctx.db.submit(lambda: save_user(deps, actor, edit), saved, failed)

    def _data_changed(self, changes: frozenset[Changed]) -> None:
        if Changed.USERS in changes:
            self.refresh()
