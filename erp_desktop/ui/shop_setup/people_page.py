"""The wizard's second page: the first users, their roles, passwords and PINs. The owner
(role ``owner``: everything head office would do) comes first; cashiers log in by PIN."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from erp_desktop.app.shop_setup.plan import Person
from erp_desktop.kernel.permissions import Role

# The roles a shop alone needs, the owner first (administrator and HR are a chain's).
SHOP_ROLES = (Role.OWNER, Role.CASHIER, Role.BRANCH_MANAGER, Role.WAREHOUSE, Role.ACCOUNTANT)


class PeoplePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people: list[Person] = []
        self.username, self.full_name = QLineEdit(), QLineEdit()
        self.username.setObjectName("username")
        self.full_name.setObjectName("full_name")
        self.password, self.pin = QLineEdit(), QLineEdit()
        self.password.setObjectName("password")
        self.pin.setObjectName("pin")
        for secret in (self.password, self.pin):
            secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.role = QComboBox()
        self.role.setObjectName("role")
        self.add_button, self.remove_button = QPushButton(), QPushButton()
        self.add_button.setObjectName("add_person")
        self.remove_button.setObjectName("remove_person")
        self.add_button.clicked.connect(self.add_person)
        self.remove_button.clicked.connect(self.remove_person)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("people")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(5)]
        fields = (self.username, self.full_name, self.password, self.pin, self.role)
        for label, field in zip(self.labels, fields, strict=True):
            self.form.addRow(label, field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The first users"))
        self.setSubTitle(
            self.tr(
                "The owner may do everything: the catalog and prices, the users, the "
                "books and the closing of months. Cashiers log in with their PIN."
            )
        )
        labels = (
            self.tr("User name"),
            self.tr("Full name"),
            self.tr("Password"),
            self.tr("PIN (4 to 8 digits, optional)"),
            self.tr("Role"),
        )
        for label, text in zip(self.labels, labels, strict=True):
            label.setText(text)
        names = {
            Role.OWNER: self.tr("Owner"),
            Role.CASHIER: self.tr("Cashier"),
            Role.BRANCH_MANAGER: self.tr("Shop manager"),
            Role.WAREHOUSE: self.tr("Warehouse"),
            Role.ACCOUNTANT: self.tr("Accountant"),
        }
        chosen = self.role.currentData()
        self.role.clear()
        for role in SHOP_ROLES:
            self.role.addItem(names[role], role.value)
        if chosen is not None:
            self.role.setCurrentIndex(max(0, self.role.findData(chosen)))
        self.table.setHorizontalHeaderLabels(
            [self.tr("User name"), self.tr("Full name"), self.tr("Role"), self.tr("PIN")]
        )
        self.add_button.setText(self.tr("Add this user"))
        self.remove_button.setText(self.tr("Remove the selected user"))
        self._refill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def add_person(self) -> None:
        if not self.username.text().strip():
            self.username.setFocus()
            return
        self.people.append(
            Person(
                self.username.text().strip(),
                self.full_name.text().strip(),
                self.password.text(),
                self.pin.text().strip(),
                (str(self.role.currentData()),),
            )
        )
        for field in (self.username, self.full_name, self.password, self.pin):
            field.clear()
        self.role.setCurrentIndex(max(0, self.role.findData(Role.CASHIER.value)))
        self._refill()
        self.username.setFocus()

    def remove_person(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.people):
            del self.people[row]
            self._refill()

    def _refill(self) -> None:
        self.table.setRowCount(len(self.people))
        for row, person in enumerate(self.people):
            role = self.role.itemText(max(0, self.role.findData(person.roles[0])))
            cells = (person.username, person.full_name, role, "••••" if person.pin else "")
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
