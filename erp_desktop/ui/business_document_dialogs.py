"""The dialogs of business documents: a new quote, order or service invoice (a business
customer, lines typed by SKU or barcode, or services), and the quantities of a delivery,
an invoice or a credit note taken from the lines of the document they follow.

Keyboard-first: in a new document the code field takes "12*SKU0001" or a barcode and Enter
adds the line; Ctrl+Return saves. In a quantities dialog each line's quantity is prefilled
with what is left, Tab moves between them and Ctrl+Return confirms. Every write runs on
the database worker; a refusal is shown in the dialog, which stays open."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from uuid import UUID

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.app.business.customers import find_business_customers
from erp_desktop.app.business.documents import DocumentRequest, LineRequest, issue_document
from erp_desktop.app.business.ticket_invoice import invoice_ticket
from erp_desktop.app.changes import Done
from erp_desktop.app.context import Actor
from erp_desktop.app.records import CustomerInfo, ProductInfo
from erp_desktop.app.stock.lookups import product_for_code
from erp_desktop.kernel.documents.business import BusinessDocument, BusinessLine
from erp_desktop.kernel.errors import ErpError, ValidationError
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.credit_override import CreditOverrideDialog
from erp_desktop.ui.formatting import number

KIND_NAMES = ("quote", "sales_order", "customer_invoice")
DISCOUNT_COLUMN = 3  # of the new document's lines: the one cell typed in


def _decimal(text: str, field: str) -> Decimal:
    try:
        return Decimal(text.strip().replace(" ", "").replace(",", "."))
    except InvalidOperation:
        raise ValidationError("common.invalid_value", field=field, value=text) from None


class NewDocumentDialog(QDialog):
    """A new quote, sales order, or invoice of services, for a business customer."""

    def __init__(self, ctx: UiContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.saved: BusinessDocument | None = None
        self.override: CreditOverrideDialog | None = None  # asked when the limit blocks
        self.setObjectName("new_business_document")
        self.customers: list[CustomerInfo] = []
        self.lines: list[tuple[LineRequest, str]] = []  # what is asked, how it shows
        self.customer = QComboBox()
        self.customer.setObjectName("document_customer")
        self.code = QLineEdit()
        self.code.setObjectName("document_code")
        self.code.returnPressed.connect(self.add_product)
        self.code_price = QLineEdit()  # a price agreed for this customer (empty: catalog's)
        self.code_price.setObjectName("document_code_price")
        self.code_price.returnPressed.connect(self.add_product)
        self.service, self.service_price, self.service_vat = QLineEdit(), QLineEdit(), QLineEdit()
        self.service.setObjectName("document_service")
        self.service_price.setObjectName("document_service_price")
        self.service_vat.setObjectName("document_service_vat")
        self.service_vat.setText("19")
        self.service_vat.setMaximumWidth(56)
        self.service.setMinimumWidth(220)
        self.service_price.setMinimumWidth(90)
        self.code_price.setMinimumWidth(150)
        self.service_price.returnPressed.connect(self.add_service)
        self.add_service_button = QPushButton()
        self.add_service_button.clicked.connect(self.add_service)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("document_lines")
        # the discount column is typed in: "10 %" a percent, "250" an amount off the line
        self.table.itemChanged.connect(self._discount_typed)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_line)
        self.labels = {key: QLabel() for key in ("customer", "code", "service")}
        form = QFormLayout()
        form.addRow(self.labels["customer"], self.customer)
        if kind != "customer_invoice":  # goods are invoiced from their order once delivered
            article = QHBoxLayout()
            article.addWidget(self.code, 3)
            article.addWidget(self.code_price, 1)
            form.addRow(self.labels["code"], article)
        service = QHBoxLayout()
        service.addWidget(self.service, 3)
        service.addWidget(self.service_price, 1)
        service.addWidget(self.service_vat)
        service.addWidget(self.add_service_button)
        form.addRow(self.labels["service"], service)
        self.error = QLabel()
        self.error.setObjectName("document_error")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(720, 480)
        self.retranslate()
        self._load_customers()

    def retranslate(self) -> None:
        titles = {
            "quote": self.tr("New quote"),
            "sales_order": self.tr("New sales order"),
            "customer_invoice": self.tr("New invoice of services"),
        }
        self.setWindowTitle(titles[self.kind])
        self.labels["customer"].setText(self.tr("Customer"))
        self.labels["code"].setText(self.tr("Article"))
        self.code.setPlaceholderText(self.tr("SKU or barcode, 12*code for 12"))
        self.labels["service"].setText(self.tr("Service, price excl. tax, VAT %"))
        self.service.setPlaceholderText(self.tr("Description of the service"))
        self.code_price.setPlaceholderText(self.tr("Price (empty: the catalog's)"))
        self.service_price.setPlaceholderText(self.tr("Price"))
        self.add_service_button.setText(self.tr("Add service"))
        self.remove_button.setText(self.tr("Remove the line"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Designation"),
                self.tr("Quantity"),
                self.tr("Unit price"),
                self.tr("Discount (% or amount)"),
            ]
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _load_customers(self) -> None:
        if self.ctx.actor is None:
            return
        deps, actor = self.ctx.deps, self.ctx.actor

        def got(found: list[CustomerInfo]) -> None:
            self.customers = found
            arabic = self.ctx.languages.language == "ar"
            for c in found:
                self.customer.addItem((c.name_ar or c.name) if arabic else c.name, c.id)

        self.ctx.db.submit(lambda: find_business_customers(deps, actor), got, self.ctx.report_error)

    def _show_lines(self) -> None:
        self.table.blockSignals(True)  # filling the cells is not typing a discount
        self.table.setRowCount(len(self.lines))
        locale = self.ctx.languages.locale
        for row, (line, shown) in enumerate(self.lines):
            price = "" if line.unit_price is None else str(number(line.unit_price, locale))
            off = ""
            if line.discount_percent is not None:
                off = f"{number(line.discount_percent, locale)} %"
            elif line.discount_amount is not None:
                off = str(number(line.discount_amount, locale))
            cells = (shown, str(number(line.quantity, locale)), price, off)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column != DISCOUNT_COLUMN:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)

    def _discount_typed(self, item: QTableWidgetItem) -> None:
        """The line's own discount as typed in its cell: a percent ("10 %", "10%") or an
        amount off the line ("250"); empty for none. The use case checks it against the line
        (``sales.discount_exceeds_amount``) when the document is saved."""
        row = item.row()
        if item.column() != DISCOUNT_COLUMN or not 0 <= row < len(self.lines):
            return
        line, shown = self.lines[row]
        typed = item.text().strip()
        try:
            if not typed:
                line = replace(line, discount_percent=None, discount_amount=None)
            elif typed.endswith("%"):
                line = replace(
                    line, discount_percent=_decimal(typed[:-1], "discount"), discount_amount=None
                )
            else:
                off = _decimal(typed, "discount")
                line = replace(line, discount_percent=None, discount_amount=off)
            percent = line.discount_percent
            if (percent is not None and not 0 <= percent <= 100) or (
                line.discount_amount is not None and line.discount_amount < 0
            ):  # refused here as the kernel refuses it, before the document is saved
                raise ValidationError("sales.invalid_discount", value=typed)
        except ValidationError as error:
            self._failed(error)
            self._show_lines()  # the cell back to what the line holds
            return
        self.lines[row] = (line, shown)
        self.error.clear()
        self._show_lines()

    def add_product(self) -> None:
        typed = self.code.text().strip()
        if not typed or self.ctx.actor is None:
            return
        try:
            agreed = (
                _decimal(self.code_price.text(), "price")
                if self.code_price.text().strip()
                else None
            )
        except ValidationError as error:
            self._failed(error)
            return
        deps, actor = self.ctx.deps, self.ctx.actor

        def found(result: tuple[ProductInfo, Decimal]) -> None:
            product, qty = result
            arabic = self.ctx.languages.language == "ar"
            name = (product.name_ar or product.name) if arabic else product.name
            self.lines.append((LineRequest(qty, product.id, agreed), f"{product.sku} {name}"))
            self.code.clear()
            self.code_price.clear()
            self.error.clear()
            self._show_lines()

        self.ctx.db.submit(lambda: product_for_code(deps, actor, typed), found, self._failed)

    def add_service(self) -> None:
        try:
            price = _decimal(self.service_price.text(), "price")
            vat = _decimal(self.service_vat.text() or "0", "vat_rate")
        except ValidationError as error:
            self._failed(error)
            return
        text = self.service.text().strip()
        if not text:
            self.service.setFocus()
            return
        self.lines.append((LineRequest(Decimal(1), None, price, text, vat), text))
        self.service.clear()
        self.service_price.clear()
        self.error.clear()
        self._show_lines()

    def remove_line(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.lines):
            del self.lines[row]
            self._show_lines()

    def save(self, approver: Actor | None = None) -> None:
        """Issues the document; ``approver``: the manager who passed the customer's blocking
        credit limit with their PIN (asked when the use case refuses it)."""
        if self.ctx.actor is None or not self.buttons.isEnabled():
            return
        customer_id = self.customer.currentData()
        if customer_id is None:
            self._failed(ValidationError("common.required", field="customer"))
            return
        request = DocumentRequest(
            self.kind, customer_id, tuple(ln for ln, _ in self.lines), approver=approver
        )
        deps, actor = self.ctx.deps, self.ctx.actor
        self.buttons.setEnabled(False)

        def saved(outcome: Done[BusinessDocument]) -> None:
            self.saved = outcome.made
            self.accept()

        self.ctx.db.submit(lambda: issue_document(deps, actor, request), saved, self._failed)

    def _failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(self.ctx.explain(error))
        if isinstance(error, ErpError) and error.code == "receivables.credit_limit_blocked":
            self.override = CreditOverrideDialog(self.ctx, self.ctx.explain(error), self)
            self.override.accepted.connect(self._overridden)
            self.override.open()

    def _overridden(self) -> None:
        if self.override is not None and self.override.approved is not None:
            self.save(self.override.approved)


class QuantitiesDialog(QDialog):
    """The quantities of each line a delivery, an invoice or a credit note takes, each
    prefilled with what is left; ``run`` is the use case called with them."""

    def __init__(
        self,
        ctx: UiContext,
        title: str,
        lines: tuple[BusinessLine, ...],
        left: Mapping[UUID, Decimal],
        run: Callable[[dict[UUID, Decimal], bool], Done[BusinessDocument]],
        parent: QWidget | None = None,
        restock_option: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.run = run
        self.saved: BusinessDocument | None = None
        self.setObjectName("business_quantities")
        self.setWindowTitle(title)
        self.lines = [ln for ln in lines if left.get(ln.id, Decimal(0)) > 0]
        self.spins: list[QDoubleSpinBox] = []
        self.table = QTableWidget(len(self.lines), 3)
        self.table.setObjectName("quantities_table")
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        locale = ctx.languages.locale
        arabic = ctx.languages.language == "ar"
        for row, ln in enumerate(self.lines):
            name = (ln.name_ar or ln.description) if arabic else ln.description
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, QTableWidgetItem(str(number(left[ln.id], locale))))
            spin = QDoubleSpinBox()
            spin.setDecimals(3)
            spin.setRange(0, float(left[ln.id]))
            spin.setValue(float(left[ln.id]))
            spin.setObjectName(f"quantity_{row}")
            self.spins.append(spin)
            self.table.setCellWidget(row, 2, spin)
        # a credit note: whether the goods come back into stock (else an allowance)
        self.restock = QCheckBox()
        self.restock.setObjectName("quantities_restock")
        self.restock.setVisible(restock_option)
        self.error = QLabel()
        self.error.setObjectName("quantities_error")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.confirm)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.restock)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(620, 360)
        self.retranslate()
        if self.spins:
            self.spins[0].setFocus()
            self.spins[0].selectAll()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Designation"), self.tr("Left"), self.tr("Quantity")]
        )
        self.restock.setText(self.tr("The goods come back into stock"))

    def quantities(self) -> dict[UUID, Decimal]:
        return {
            ln.id: Decimal(str(round(spin.value(), 3)))
            for ln, spin in zip(self.lines, self.spins, strict=True)
            if spin.value() > 0
        }

    def confirm(self) -> None:
        if not self.buttons.isEnabled():
            return
        asked, restock = self.quantities(), self.restock.isChecked()
        self.buttons.setEnabled(False)

        def saved(outcome: Done[BusinessDocument]) -> None:
            self.saved = outcome.made
            self.accept()

        self.ctx.db.submit(lambda: self.run(asked, restock), saved, self._failed)

    def _failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(self.ctx.explain(error))


class TicketInvoiceDialog(QDialog):
    """The invoice a business customer asks for at the counter of a ticket already paid:
    the ticket's number (scanned from the receipt or typed) and the customer."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved: BusinessDocument | None = None
        self.setObjectName("ticket_invoice")
        self.ticket = QLineEdit()
        self.ticket.setObjectName("ticket_number")
        self.customer = QComboBox()
        self.customer.setObjectName("ticket_customer")
        self.labels = (QLabel(), QLabel())
        self.labels[0].setBuddy(self.ticket)
        self.labels[1].setBuddy(self.customer)
        form = QFormLayout()
        form.addRow(self.labels[0], self.ticket)
        form.addRow(self.labels[1], self.customer)
        self.error = QLabel()
        self.error.setObjectName("ticket_error")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()
        if ctx.actor is not None:
            deps, actor = ctx.deps, ctx.actor

            def got(found: list[CustomerInfo]) -> None:
                arabic = ctx.languages.language == "ar"
                for c in found:
                    self.customer.addItem((c.name_ar or c.name) if arabic else c.name, c.id)

            ctx.db.submit(lambda: find_business_customers(deps, actor), got, ctx.report_error)
        self.ticket.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Invoice a till ticket"))
        self.labels[0].setText(self.tr("&Ticket number"))
        self.labels[1].setText(self.tr("&Customer"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def save(self) -> None:
        if self.ctx.actor is None or not self.buttons.isEnabled():
            return
        customer_id = self.customer.currentData()
        number = self.ticket.text().strip()
        if customer_id is None or not number:
            self._failed(ValidationError("common.required", field="ticket"))
            return
        deps, actor = self.ctx.deps, self.ctx.actor
        self.buttons.setEnabled(False)

        def saved(outcome: Done[BusinessDocument]) -> None:
            self.saved = outcome.made
            self.accept()

        self.ctx.db.submit(
            lambda: invoice_ticket(deps, actor, number, customer_id), saved, self._failed
        )

    def _failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(self.ctx.explain(error))
