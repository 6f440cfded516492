"""Attaching a customer to the ticket: find them by name (French or Arabic) or phone, or
create them on the spot, offline (the new customer is synced like any other change)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.app.customers import find_customers, save_customer
from erp_desktop.app.records import CustomerInfo
from erp_desktop.kernel.money import Money
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.formatting import local_name, money


class CustomerDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("customer_dialog")
        self.chosen: CustomerInfo | None = None
        self.query = QLineEdit()
        self.query.setObjectName("customer_search")
        self.results = QListWidget()
        self.results.itemActivated.connect(self._choose)
        self.name, self.name_ar, self.phone = QLineEdit(), QLineEdit(), QLineEdit()
        self.name.setObjectName("new_name")
        self.phone.setObjectName("new_phone")
        self.name_label, self.name_ar_label, self.phone_label = QLabel(), QLabel(), QLabel()
        self.create_button = QPushButton()
        self.create_button.setObjectName("create_customer")
        self.create_button.clicked.connect(self.create_customer)
        self.error = QLabel()
        self.error.setWordWrap(True)
        new_box = QWidget()
        form = QFormLayout(new_box)
        form.addRow(self.name_label, self.name)
        form.addRow(self.name_ar_label, self.name_ar)
        form.addRow(self.phone_label, self.phone)
        form.addRow(self.create_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results)
        layout.addWidget(new_box)
        layout.addWidget(self.error)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.search)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.returnPressed.connect(self._enter)
        self.resize(520, 460)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Customer"))
        self.query.setPlaceholderText(self.tr("Name (French or Arabic) or phone"))
        self.name_label.setText(self.tr("Customer name"))
        self.name_ar_label.setText(self.tr("Name in Arabic"))
        self.phone_label.setText(self.tr("Phone"))
        self.create_button.setText(self.tr("Create and attach"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def search(self) -> None:
        text = self.query.text().strip()
        if self.ctx.actor is None:
            return
        deps, actor, locale = self.ctx.deps, self.ctx.actor, self.ctx.languages.locale
        language = self.ctx.languages.language

        def show(found: list[CustomerInfo]) -> None:
            if self.query.text().strip() != text:
                return
            self.results.clear()
            for customer in found:
                credit = Money.from_minor(customer.store_credit_minor, customer.currency)
                name = local_name(customer.name, customer.name_ar, language)
                label = " · ".join(part for part in (name, customer.phone) if part)
                if customer.store_credit_minor:
                    label += " · " + self.tr("credit %1").replace("%1", money(credit, locale))
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, customer)
                self.results.addItem(item)
            if self.results.count():
                self.results.setCurrentRow(0)

        self.ctx.db.submit(lambda: find_customers(deps, actor, text), show, self._failed)

    def _enter(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self._choose(item)

    def _choose(self, item: QListWidgetItem) -> None:
        self.chosen = item.data(Qt.ItemDataRole.UserRole)
        self.accept()

    def create_customer(self) -> None:
        if self.ctx.actor is None:
            return
        deps, actor = self.ctx.deps, self.ctx.actor
        fields = {
            "name": self.name.text(),
            "name_ar": self.name_ar.text(),
            "phone": self.phone.text(),
        }

        def created(outcome: tuple[CustomerInfo, object]) -> None:
            self.chosen = outcome[0]
            self.accept()

        self.ctx.db.submit(
            lambda: save_customer(deps, actor, None, **fields), created, self._failed
        )

    def _failed(self, error: Exception) -> None:
        self.error.setText(self.ctx.explain(error))
