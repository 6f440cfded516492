"""Receiving a customer's payment on account: the customer, the means (cash, card, cheque,
traite, transfer) with what each needs (a terminal or transfer reference; a cheque's or
traite's bank, number and due date), the amount, and its allocation to the open invoices:
the oldest first as proposed, each amount editable. What is not allocated stays on the
account as credit. Keyboard-first: Enter in the amount proposes the allocation, Ctrl+Enter
records. The use case refuses an over-allocation or a cancelled invoice with its message,
and nothing is written."""

from __future__ import annotations

from decimal import Decimal
from uuid import UUID

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.app.business.customers import find_business_customers
from erp_desktop.app.receivables.aged import open_items_of
from erp_desktop.app.receivables.payments import PaymentReceived, PaymentRequest, receive_payment
from erp_desktop.app.records import CustomerInfo
from erp_desktop.kernel.invoicing.receivables import OpenItem, allocate
from erp_desktop.kernel.money import Money
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.formatting import decimal_input, local_name, money, parse_decimal_input

TENDERS = ("cash", "card", "cheque", "traite", "transfer")


class PaymentEntryDialog(QDialog):
    def __init__(
        self, ctx: UiContext, customer_id: UUID | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("payment_entry_dialog")
        self.customers: list[CustomerInfo] = []
        self.items: list[OpenItem] = []
        self.received: PaymentReceived | None = None
        self.wanted = customer_id
        self.customer = QComboBox()
        self.customer.setObjectName("payment_customer")
        self.customer.currentIndexChanged.connect(lambda _i: self.load_items())
        self.tender = QComboBox()
        self.tender.setObjectName("payment_tender")
        self.tender.currentIndexChanged.connect(lambda _i: self.show_details())
        self.amount = QLineEdit()
        self.amount.setObjectName("payment_amount")
        self.amount.returnPressed.connect(self.propose)
        self.reference, self.bank, self.number = QLineEdit(), QLineEdit(), QLineEdit()
        self.reference.setObjectName("payment_reference")
        self.bank.setObjectName("payment_bank")
        self.number.setObjectName("payment_instrument_number")
        self.due = QDateEdit()
        self.due.setObjectName("payment_instrument_due")
        self.due.setCalendarPopup(True)
        now = ctx.deps.now() if ctx.actor is not None else None
        self.due.setDate(QDate(now.year, now.month, now.day) if now else QDate.currentDate())
        keys = ("customer", "tender", "amount", "reference", "bank", "number", "due")
        self.labels = {k: QLabel() for k in keys}
        form = QFormLayout()
        form.addRow(self.labels["customer"], self.customer)
        form.addRow(self.labels["tender"], self.tender)
        form.addRow(self.labels["amount"], self.amount)
        form.addRow(self.labels["reference"], self.reference)
        form.addRow(self.labels["bank"], self.bank)
        form.addRow(self.labels["number"], self.number)
        form.addRow(self.labels["due"], self.due)
        self.form = form
        self.fields: dict[str, QWidget] = {
            "reference": self.reference,
            "bank": self.bank,
            "number": self.number,
            "due": self.due,
        }
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("allocation_table")
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.oldest = QPushButton()
        self.oldest.setObjectName("allocate_oldest_first")
        self.oldest.clicked.connect(self.propose)
        self.left = QLabel()
        self.left.setObjectName("unallocated")
        self.error = QLabel()
        self.error.setObjectName("payment_error")
        self.error.setWordWrap(True)
        self.record = QPushButton()
        self.record.setObjectName("record_payment")
        self.record.setDefault(False)
        self.record.setAutoDefault(False)
        self.record.clicked.connect(self.submit)
        self.cancel = QPushButton()
        self.cancel.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.submit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.oldest)
        buttons.addWidget(self.left, 1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.record)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        self.table.itemChanged.connect(lambda _i: self.show_left())
        self.resize(760, 560)
        self.retranslate()
        self.load_customers()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Receive a payment"))
        for key, text in (
            ("customer", self.tr("Customer")),
            ("tender", self.tr("Means of payment")),
            ("amount", self.tr("Amount")),
            ("reference", self.tr("Reference (terminal, transfer)")),
            ("bank", self.tr("Bank")),
            ("number", self.tr("Cheque or traite number")),
            ("due", self.tr("Due on")),
        ):
            self.labels[key].setText(text)
        names = {
            "cash": self.tr("Cash"),
            "card": self.tr("Card"),
            "cheque": self.tr("Cheque"),
            "traite": self.tr("Traite"),
            "transfer": self.tr("Transfer"),
        }
        current = self.tender.currentIndex()
        self.tender.blockSignals(True)
        self.tender.clear()
        for tender in TENDERS:
            self.tender.addItem(names[tender], tender)
        self.tender.setCurrentIndex(max(current, 0))
        self.tender.blockSignals(False)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Invoice"), self.tr("Due on"), self.tr("Open"), self.tr("Allocated")]
        )
        self.oldest.setText(self.tr("Oldest first"))
        self.record.setText(self.tr("Record the payment"))
        self.cancel.setText(self.tr("Cancel"))
        self.show_details()
        self.show_left()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- what the form needs -------------------------------------------------------------

    def load_customers(self) -> None:
        if self.ctx.actor is None:
            return
        deps, actor = self.ctx.deps, self.ctx.actor
        self.ctx.db.submit(
            lambda: find_business_customers(deps, actor), self._customers_loaded, self._failed
        )

    def _customers_loaded(self, found: list[CustomerInfo]) -> None:
        self.customers = found
        language = self.ctx.languages.language
        self.customer.blockSignals(True)
        self.customer.clear()
        for c in found:
            self.customer.addItem(local_name(c.name, c.name_ar, language), str(c.id))
        wanted = next((i for i, c in enumerate(found) if c.id == self.wanted), 0)
        self.customer.setCurrentIndex(wanted if found else -1)
        self.customer.blockSignals(False)
        self.load_items()

    def customer_id(self) -> UUID | None:
        data = self.customer.currentData()
        return UUID(data) if data else None

    def load_items(self) -> None:
        customer = self.customer_id()
        if customer is None or self.ctx.actor is None:
            return
        deps, actor = self.ctx.deps, self.ctx.actor
        self.ctx.db.submit(
            lambda: open_items_of(deps, actor, customer), self._items_loaded, self._failed
        )

    def _items_loaded(self, items: list[OpenItem]) -> None:
        self.items = items
        locale = self.ctx.languages.locale
        self.table.blockSignals(True)
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            for column, text in enumerate(
                (item.number, item.due_on.isoformat(), money(item.open, locale))
            ):
                cell = QTableWidgetItem(str(text))
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, cell)
            self.table.setItem(row, 3, QTableWidgetItem(""))
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        if self.amount.text().strip():
            self.propose()
        self.show_left()

    def show_details(self) -> None:
        tender = self.tender.currentData()
        held = tender in ("cheque", "traite")
        for key, shown in (
            ("reference", tender in ("card", "transfer")),
            ("bank", held),
            ("number", held),
            ("due", held),
        ):
            self.form.setRowVisible(self.fields[key], shown)

    def amount_value(self) -> Decimal | None:
        return parse_decimal_input(self.amount.text(), self.ctx.languages.locale)

    def propose(self) -> None:
        """Shares the amount out over the open invoices, the oldest first."""
        value = self.amount_value()
        if value is None or not self.items:
            self.show_left()
            return
        currency = self.items[0].currency
        same = [i for i in self.items if i.currency == currency]
        plan = allocate(Money.of(value, currency), same)
        parts = {invoice: part for invoice, part, _rate in plan.parts}
        locale = self.ctx.languages.locale
        self.table.blockSignals(True)
        for row, item in enumerate(self.items):
            part = parts.get(item.invoice_id)
            cell = self.table.item(row, 3)
            if cell is not None:
                cell.setText(decimal_input(part.amount, locale) if part else "")
        self.table.blockSignals(False)
        self.show_left()

    def allocations(self) -> dict[UUID, Money]:
        locale = self.ctx.languages.locale
        found: dict[UUID, Money] = {}
        for row, item in enumerate(self.items):
            cell = self.table.item(row, 3)
            value = (
                parse_decimal_input(cell.text(), locale) if cell and cell.text().strip() else None
            )
            if value:
                found[item.invoice_id] = Money.of(value, item.currency)
        return found

    def show_left(self) -> None:
        value = self.amount_value()
        if value is None or not self.items:
            self.left.setText("")
            return
        currency = self.items[0].currency
        left = Money.of(value, currency) - sum(self.allocations().values(), Money.zero(currency))
        self.left.setText(
            self.tr("Left on the account: %1").replace("%1", money(left, self.ctx.languages.locale))
        )

    # -- recording -------------------------------------------------------------------------

    def request(self) -> PaymentRequest | None:
        customer, value = self.customer_id(), self.amount_value()
        if customer is None or value is None:
            self.error.setText(self.tr("Choose the customer and type the amount."))
            return None
        currency = self.items[0].currency if self.items else self.customer_currency()
        held = self.tender.currentData() in ("cheque", "traite")
        return PaymentRequest(
            customer,
            str(self.tender.currentData()),
            Money.of(value, currency),
            allocations=self.allocations() if self.items else None,
            reference=self.reference.text().strip(),
            bank=self.bank.text().strip() if held else "",
            instrument_number=self.number.text().strip() if held else "",
            instrument_due=self.due.date().toPython() if held else None,  # type: ignore[arg-type]
        )

    def customer_currency(self) -> str:
        index = self.customer.currentIndex()
        chosen = self.customers[index] if 0 <= index < len(self.customers) else None
        return (chosen.account_currency or chosen.currency) if chosen else "DZD"

    def submit(self) -> None:
        request = self.request()
        if request is None or self.ctx.actor is None:
            return
        deps, actor = self.ctx.deps, self.ctx.actor
        self.record.setEnabled(False)
        self.ctx.db.submit(lambda: receive_payment(deps, actor, request), self._done, self._failed)

    def _done(self, received: PaymentReceived) -> None:
        self.received = received
        self.record.setEnabled(True)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.record.setEnabled(True)
        self.error.setText(self.ctx.explain(error))
