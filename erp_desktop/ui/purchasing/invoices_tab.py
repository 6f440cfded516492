"""Supplier invoices at head office with the three-way match shown line by line: the
invoices (ours and the supplier's number, supplier, date, total, match); for the one
chosen, each line against the order and what the branches received, its problems marked;
a blocked invoice accepted with a reason (``payables.accept_mismatch``). A new invoice is
entered from an order: its lines come prefilled with what was received at the order's
prices, the accountant types the supplier's figures over them, and any freight."""

from __future__ import annotations

from decimal import Decimal
from uuid import UUID

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.app.changes import Changed
from erp_desktop.app.purchasing.invoices import (
    InvoiceEntry,
    InvoiceLineEntry,
    InvoiceOutcome,
    accept_mismatch,
    enter_supplier_invoice,
    find_supplier_invoices,
    invoice_match,
)
from erp_desktop.app.purchasing.orders import find_orders
from erp_desktop.app.purchasing.receiving import received_quantities
from erp_desktop.app.purchasing.suppliers import find_suppliers
from erp_desktop.kernel.documents.purchase import GOODS, PurchaseOrder, SupplierInvoice
from erp_desktop.kernel.purchasing.matching import MatchProblem
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.formatting import (
    decimal_input,
    isolated,
    money,
    number,
    parse_decimal_input,
)
from erp_desktop.ui.rows_model import RowsModel


def _figure(text: str, locale: str) -> str:
    """A kernel figure ("95.00") in the user's language; anything else as it is."""
    try:
        return number(Decimal(text), locale)
    except ArithmeticError:
        return text


class InvoicesTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.invoices: list[SupplierInvoice] = []
        self.orders: list[PurchaseOrder] = []
        self.codes: dict[UUID, str] = {}
        self.model = RowsModel(self._headers, numeric=(4,))
        self.table = QTableView()
        self.table.setObjectName("invoices_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.clicked.connect(lambda index: self.show_match(self.invoices[index.row()]))
        self.match_model = RowsModel(self._match_headers, numeric=(2, 3))
        self.match = QTableView()
        self.match.setObjectName("match_table")
        self.match.setModel(self.match_model)
        self.match.verticalHeader().hide()
        self.match.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.match.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.accept = QPushButton()
        self.accept.setObjectName("accept_mismatch")
        self.accept.setEnabled(False)
        self.accept.clicked.connect(lambda: self.accept_selected())
        # entering an invoice from an order
        self.order = QComboBox()
        self.order.setObjectName("invoice_order")
        self.order.currentIndexChanged.connect(lambda _i: self.prefill())
        self.supplier_number = QLineEdit()
        self.supplier_number.setObjectName("supplier_number")
        self.freight = QLineEdit()
        self.freight.setObjectName("invoice_freight")
        self.lines = QTableWidget(0, 3)
        self.lines.setObjectName("invoice_lines")
        self.lines.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.lines.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.enter = QPushButton()
        self.enter.setObjectName("enter_invoice")
        self.enter.clicked.connect(self.enter_invoice)
        self.status = QLabel()
        self.status.setObjectName("invoices_status")
        self.status.setWordWrap(True)
        self.order_label, self.number_label, self.freight_label = QLabel(), QLabel(), QLabel()
        entry = QHBoxLayout()
        for widget in (
            self.order_label,
            self.order,
            self.number_label,
            self.supplier_number,
            self.freight_label,
            self.freight,
            self.enter,
        ):
            entry.addWidget(widget)
        right = QVBoxLayout()
        right.addWidget(self.match)
        right.addWidget(self.accept)
        top = QHBoxLayout()
        top.addWidget(self.table, 3)
        top.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 3)
        layout.addLayout(entry)
        layout.addWidget(self.lines, 2)
        layout.addWidget(self.status)
        ctx.db.data_did_change.connect(self._data_changed)
        self.retranslate()
        self.refresh()

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Number"),
            self.tr("Supplier's number"),
            self.tr("Supplier"),
            self.tr("Date"),
            self.tr("Total"),
            self.tr("Match"),
        )

    def _match_headers(self) -> tuple[str, ...]:
        return (self.tr("Line"), self.tr("Problem"), self.tr("Expected"), self.tr("Invoiced"))

    def _kinds(self) -> dict[str, str]:
        return {
            "not_on_order": self.tr("not on the order"),
            "not_received": self.tr("not received"),
            "quantity_above_received": self.tr("more than received"),
            "price_differs": self.tr("price differs from the order"),
        }

    def _matches(self) -> dict[str, str]:
        return {
            "matched": self.tr("matched"),
            "blocked": self.tr("blocked"),
            "accepted": self.tr("accepted"),
        }

    def retranslate(self) -> None:
        self.accept.setText(self.tr("Accept the difference…"))
        self.order_label.setText(self.tr("Order"))
        self.number_label.setText(self.tr("Supplier's number"))
        self.freight_label.setText(self.tr("Freight"))
        self.enter.setText(self.tr("Enter the invoice"))
        self.lines.setHorizontalHeaderLabels(
            [self.tr("Product"), self.tr("Quantity"), self.tr("Unit price (excl. VAT)")]
        )
        self.model.retranslate()
        self.match_model.retranslate()
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        deps, actor = self.ctx.deps, self.ctx.actor
        assert actor is not None

        def show(
            found: tuple[list[SupplierInvoice], list[PurchaseOrder], dict[UUID, str]],
        ) -> None:
            self.invoices, self.orders, self.codes = found
            chosen = self.order.currentData()
            self.order.blockSignals(True)
            self.order.clear()
            for o in self.orders:
                self.order.addItem(f"{o.number} · {self.codes.get(o.supplier_id, '')}", str(o.id))
            self.order.setCurrentIndex(max(self.order.findData(chosen), 0))
            self.order.blockSignals(False)
            self._show()
            self.prefill()

        self.ctx.db.submit(
            lambda: (
                find_supplier_invoices(deps, actor),
                find_orders(deps, actor, ("open", "partially_received", "received")),
                {s.id: s.code for s in find_suppliers(deps, actor)},
            ),
            show,
            self.ctx.report_error,
        )

    def _show(self) -> None:
        locale = self.ctx.languages.locale
        matches = self._matches()
        self.model.set_rows(
            [
                (
                    i.number,
                    i.supplier_number,
                    self.codes.get(i.supplier_id, ""),
                    isolated(i.issued_at.date().isoformat()),
                    money(i.total, locale),
                    matches.get(i.match, i.match),
                )
                for i in self.invoices
            ]
        )

    def selected(self) -> SupplierInvoice | None:
        rows = self.table.selectionModel().selectedRows()
        return self.invoices[rows[0].row()] if rows else None

    def show_match(self, invoice: SupplierInvoice) -> None:
        deps, actor = self.ctx.deps, self.ctx.actor
        assert actor is not None
        locale = self.ctx.languages.locale
        kinds = self._kinds()

        def show(found: tuple[SupplierInvoice, tuple[MatchProblem, ...]]) -> None:
            current, problems = found
            by_line = {p.line: p for p in problems}
            rows = []
            for ln in current.lines:
                problem = by_line.get(ln.position)
                rows.append(
                    (
                        str(ln.position),
                        kinds.get(problem.kind, problem.kind) if problem else self.tr("agrees"),
                        _figure(problem.expected, locale) if problem else "",
                        _figure(problem.found, locale) if problem else number(ln.quantity, locale),
                    )
                )
            self.match_model.set_rows(
                rows, bold_rows=[r for r, _ in enumerate(rows) if r + 1 in by_line]
            )
            self.accept.setEnabled(current.match == "blocked")

        self.ctx.db.submit(lambda: invoice_match(deps, actor, invoice.id), show, self._failed)

    def _told(self, text: str) -> None:
        self.status.setStyleSheet("")
        self.status.setText(text)

    def _failed(self, error: Exception) -> None:
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(self.ctx.explain(error))

    def accept_selected(self, reason: str | None = None) -> None:
        invoice = self.selected()
        deps, actor = self.ctx.deps, self.ctx.actor
        if invoice is None or actor is None:
            return
        if reason is None:
            reason, ok = QInputDialog.getText(
                self,
                self.tr("Accept the difference"),
                self.tr("Why is %1 accepted as it is?").replace("%1", invoice.number),
            )
            if not ok:
                return
        why = reason
        self.ctx.db.submit(
            lambda: accept_mismatch(deps, actor, invoice.id, why),
            lambda done: self._told(self.tr("%1 may now be paid.").replace("%1", done[0].number)),
            self._failed,
        )

    def chosen_order(self) -> PurchaseOrder | None:
        wanted = self.order.currentData()
        return next((o for o in self.orders if str(o.id) == wanted), None)

    def prefill(self) -> None:
        """The chosen order's lines, with what arrived of each, at the order's prices."""
        order = self.chosen_order()
        self.lines.setRowCount(0)
        if order is None:
            return
        deps, actor = self.ctx.deps, self.ctx.actor
        assert actor is not None
        locale = self.ctx.languages.locale

        def show(got: dict[UUID, Decimal]) -> None:
            self.lines.setRowCount(len(order.lines))
            for row, ln in enumerate(order.lines):
                name = QTableWidgetItem(f"{ln.reference} · {ln.description}")
                name.setData(256, str(ln.product_id))
                self.lines.setItem(row, 0, name)
                self.lines.setItem(
                    row, 1, QTableWidgetItem(decimal_input(got.get(ln.id, Decimal(0)), locale))
                )
                self.lines.setItem(row, 2, QTableWidgetItem(decimal_input(ln.unit_price, locale)))

        self.ctx.db.submit(lambda: received_quantities(deps, actor, order.id), show, self._failed)

    def enter_invoice(self) -> None:
        order = self.chosen_order()
        deps, actor = self.ctx.deps, self.ctx.actor
        if order is None or actor is None:
            return
        locale = self.ctx.languages.locale
        lines = []
        for row in range(self.lines.rowCount()):
            product, typed_q, typed_p = (self.lines.item(row, c) for c in range(3))
            quantity = parse_decimal_input(typed_q.text(), locale) if typed_q else None
            price = parse_decimal_input(typed_p.text(), locale) if typed_p else None
            if product is None or quantity is None or price is None:
                self._failed(
                    ValueError(self.tr("Line %1 is not a number.").replace("%1", str(row + 1)))
                )
                return
            if quantity > 0:
                lines.append(InvoiceLineEntry(quantity, price, GOODS, UUID(str(product.data(256)))))
        freight = parse_decimal_input(self.freight.text() or "0", locale) or Decimal(0)
        if freight > 0:
            lines.append(InvoiceLineEntry(Decimal(1), freight, "freight", vat_rate=Decimal(0)))
        entry = InvoiceEntry(order.supplier_id, self.supplier_number.text(), lines, order.id)

        def done(outcome: tuple[InvoiceOutcome, object]) -> None:
            invoice = outcome[0].invoice
            text = self.tr("%1 entered: %2.").replace("%1", invoice.number)
            self._told(text.replace("%2", self._matches()[invoice.match]))
            self.supplier_number.clear()
            self.freight.clear()

        self.ctx.db.submit(lambda: enter_supplier_invoice(deps, actor, entry), done, self._failed)

    def _data_changed(self, changes: frozenset[Changed]) -> None:
        if changes & {Changed.PURCHASING, Changed.SUPPLIERS}:
            self.refresh()
