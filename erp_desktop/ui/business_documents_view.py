"""Quotes, orders, delivery notes, invoices and credit notes to businesses: the list,
filtered by kind and status, the chosen document's lines (with what is left to deliver,
invoice or credit), and its next steps: order a quote, deliver an order (in parts),
invoice what was delivered, credit an invoice, cancel, print the A4.

Keyboard: Ctrl+N a new quote, Ctrl+Shift+N a new order, Ctrl+T invoice a paid till ticket
for a business customer, Ctrl+O order the quote, Ctrl+L
deliver, Ctrl+I invoice, Ctrl+R credit note, Ctrl+Delete cancel, Ctrl+P print; Up/Down in
the list shows each document's lines."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.app.business.cancellation import cancel_document
from erp_desktop.app.business.credit_notes import credit_invoice
from erp_desktop.app.business.document_chain import deliver, invoice_order, order_from_quote
from erp_desktop.app.business.lists import (
    DocumentDetail,
    DocumentRow,
    document_detail,
    list_documents,
)
from erp_desktop.app.changes import Changed, Done
from erp_desktop.kernel.documents.business import BusinessDocument, BusinessLine
from erp_desktop.ui.business_document_dialogs import (
    NewDocumentDialog,
    QuantitiesDialog,
    TicketInvoiceDialog,
)
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.formatting import isolated, money, number
from erp_desktop.ui.rows_model import RowsModel

KINDS = ("", "quote", "sales_order", "delivery_note", "customer_invoice", "customer_credit_note")
STATUSES = (
    "",
    "final",
    "ordered",
    "open",
    "partially_delivered",
    "delivered",
    "invoiced",
    "partly_credited",
    "credited",
    "cancelled",
)


def _day(iso: str) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}"


def _discount(line: BusinessLine, locale: str) -> str:
    """A line's own discount: its amount, and the percent it was typed as ("45,00 (10 %)")."""
    if line.discount.is_zero():
        return ""
    shown = str(money(line.discount, locale))
    if line.discount_percent is not None:
        shown += f" ({number(line.discount_percent, locale)} %)"
    return shown


def write_business_pdf(ctx: UiContext, document_id: UUID) -> Path:
    """Renders the stored document's A4 to the documents folder (on the worker)."""
    from erp_desktop.printing.from_business import business_document_pdf

    assert ctx.actor is not None
    primary = "ar" if ctx.languages.language == "ar" else "fr"
    printed = business_document_pdf(ctx.deps, ctx.actor, document_id, primary)
    folder = ctx.data_dir / "documents"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{printed.document.number}.pdf"
    path.write_bytes(printed.pdf)
    return path


class BusinessDocumentsView(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[DocumentRow] = []
        self.detail: DocumentDetail | None = None
        self.last_pdf: Path | None = None
        self.kind, self.status = QComboBox(), QComboBox()
        self.kind.setObjectName("documents_kind")
        self.status.setObjectName("documents_status")
        for code in KINDS:
            self.kind.addItem(code, code)
        for code in STATUSES:
            self.status.addItem(code, code)
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())
        self.model = RowsModel(self._headers, numeric=(4,))
        self.table = QTableView()
        self.table.setObjectName("documents_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(6):  # the numbers whole; the customer takes what is left
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.lines_model = RowsModel(self._line_headers, numeric=(1, 2, 3, 4, 5))
        self.lines = QTableView()
        self.lines.setObjectName("document_lines_table")
        self.lines.setModel(self.lines_model)
        self.lines.verticalHeader().hide()
        self.lines.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        self.summary.setObjectName("document_summary")
        self.summary.setWordWrap(True)
        self.message = QLabel()  # what the last action did
        self.message.setObjectName("documents_message")
        self.buttons: dict[str, QPushButton] = {}
        actions = (
            ("new_quote", "Ctrl+N", lambda: self.new_document("quote")),
            ("new_order", "Ctrl+Shift+N", lambda: self.new_document("sales_order")),
            ("new_invoice", "Ctrl+Shift+I", lambda: self.new_document("customer_invoice")),
            ("ticket", "Ctrl+T", self.invoice_ticket),
            ("order", "Ctrl+O", self.order_quote),
            ("deliver", "Ctrl+L", self.deliver_order),
            ("invoice", "Ctrl+I", self.invoice_order),
            ("credit", "Ctrl+R", self.credit_invoice),
            ("cancel", "Ctrl+Delete", self.cancel_selected),
            ("print", "Ctrl+P", self.print_selected),
        )
        bar = QHBoxLayout()  # the chosen document's next steps
        filters = QHBoxLayout()  # what the list shows, and new documents
        making = QHBoxLayout()
        for key, keys, slot in actions:
            button = QPushButton()
            button.setObjectName(f"document_{key}")
            button.clicked.connect(slot)
            button.setToolTip(keys)
            QShortcut(QKeySequence(keys), self, slot)
            self.buttons[key] = button
            (making if key.startswith("new_") or key == "ticket" else bar).addWidget(button)
        bar.addStretch(1)
        self.kind_label, self.status_label = QLabel(), QLabel()
        self.kind_label.setBuddy(self.kind)
        self.status_label.setBuddy(self.status)
        filters.addWidget(self.kind_label)
        filters.addWidget(self.kind)
        filters.addWidget(self.status_label)
        filters.addWidget(self.status)
        filters.addStretch(1)
        making.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(making)  # a row of its own: the page fits a 1024 screen
        layout.addLayout(bar)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.summary)
        layout.addWidget(self.lines, 2)
        layout.addWidget(self.message)
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._load_detail())
        ctx.db.data_did_change.connect(self._data_changed)
        self.retranslate()
        self.refresh()

    # -- words -------------------------------------------------------------------------
    def kind_names(self) -> dict[str, str]:
        return {
            "": self.tr("All documents"),
            "quote": self.tr("Quote"),
            "sales_order": self.tr("Sales order"),
            "delivery_note": self.tr("Delivery note"),
            "customer_invoice": self.tr("Invoice"),
            "customer_credit_note": self.tr("Credit note"),
        }

    def status_names(self) -> dict[str, str]:
        return {
            "": self.tr("Any status"),
            "final": self.tr("Issued"),
            "ordered": self.tr("Ordered"),
            "open": self.tr("To deliver"),
            "partially_delivered": self.tr("Partly delivered"),
            "delivered": self.tr("Delivered"),
            "invoiced": self.tr("Invoiced"),
            "partly_credited": self.tr("Partly credited"),
            "credited": self.tr("Credited"),
            "cancelled": self.tr("Cancelled"),
        }

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Number"),
            self.tr("Kind"),
            self.tr("Date"),
            self.tr("Customer"),
            self.tr("Total"),
            self.tr("Status"),
        )

    def _line_headers(self) -> tuple[str, ...]:
        return (
            self.tr("Designation"),
            self.tr("Quantity"),
            self.tr("Unit price"),
            self.tr("Discount"),
            self.tr("Amount excl. tax"),
            self.tr("Left"),
        )

    def retranslate(self) -> None:
        texts = {
            "new_quote": self.tr("New quote"),
            "new_order": self.tr("New order"),
            "new_invoice": self.tr("Invoice services"),
            "ticket": self.tr("Invoice a ticket…"),
            "order": self.tr("Order it"),
            "deliver": self.tr("Deliver…"),
            "invoice": self.tr("Invoice…"),
            "credit": self.tr("Credit note…"),
            "cancel": self.tr("Cancel"),
            "print": self.tr("Print"),
        }
        for key, button in self.buttons.items():
            button.setText(texts[key])
        self.kind_label.setText(self.tr("&Kind"))
        self.status_label.setText(self.tr("&Status"))
        for combo, names in ((self.kind, self.kind_names()), (self.status, self.status_names())):
            for row in range(combo.count()):
                combo.setItemText(row, names[combo.itemData(row)])
        self.model.retranslate()
        self.lines_model.retranslate()
        self._show_rows()
        self._show_detail()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- reading -----------------------------------------------------------------------
    def refresh(self) -> None:
        if self.ctx.actor is None:
            return
        kind, status = str(self.kind.currentData() or ""), self.status.currentData() or None
        deps, actor = self.ctx.deps, self.ctx.actor
        kinds = (kind,) if kind else ()

        def show(found: list[DocumentRow]) -> None:
            chosen = self.selected()
            self.rows = found
            self._show_rows()
            ids = [r.document.id for r in found]
            if chosen is not None and chosen.id in ids:
                self.table.selectRow(ids.index(chosen.id))

        self.ctx.db.submit(
            lambda: list_documents(deps, actor, kinds, status), show, self.ctx.report_error
        )

    def _show_rows(self) -> None:
        locale = self.ctx.languages.locale
        arabic = self.ctx.languages.language == "ar"
        kinds, statuses = self.kind_names(), self.status_names()
        keep = isolated if arabic else str  # numbers and dates read left to right
        self.model.set_rows(
            [
                (
                    keep(r.document.number),
                    kinds[r.document.kind],
                    keep(r.document.issued_at.astimezone().strftime("%d/%m/%Y")),
                    (r.customer_ar or r.customer) if arabic else (r.customer or r.customer_ar),
                    money(r.document.total, locale),
                    statuses.get(r.status, r.status),
                )
                for r in self.rows
            ]
        )

    def selected(self) -> BusinessDocument | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        return self.rows[index.row()].document

    def _load_detail(self) -> None:
        doc = self.selected()
        if doc is None or self.ctx.actor is None:
            self.detail = None
            self._show_detail()
            return
        deps, actor = self.ctx.deps, self.ctx.actor

        def got(detail: DocumentDetail) -> None:
            if self.selected() is not None and self.selected() == detail.document:
                self.detail = detail
                self._show_detail()

        self.ctx.db.submit(lambda: document_detail(deps, actor, doc.id), got, self.ctx.report_error)

    def _show_detail(self) -> None:
        d = self.detail
        locale = self.ctx.languages.locale
        if d is None:
            self.lines_model.set_rows([])
            self.summary.clear()
            self._enable()
            return
        left = d.to_deliver or d.to_credit
        arabic = self.ctx.languages.language == "ar"
        rows = [
            (
                (ln.name_ar or ln.description) if arabic else ln.description,
                number(ln.quantity, locale),
                number(ln.unit_price, locale),
                _discount(ln, locale),
                money(ln.base, locale),
                number(left[ln.id], locale) if ln.id in left else "",
            )
            for ln in d.document.lines
        ]
        self.lines_model.set_rows(rows)
        name = (d.customer.name_ar or d.customer.name) if arabic else d.customer.name
        keep = isolated if arabic else str  # document numbers read left to right
        parts = [f"{keep(d.document.number)} — {name}"]
        if d.follows is not None:
            parts.append(self.tr("follows %1").replace("%1", keep(d.follows.number)))
        if d.following:
            parts.append(
                self.tr("followed by %1").replace(
                    "%1", ", ".join(keep(f.number) for f in d.following)
                )
            )
        if d.document.schedule:
            dues = ", ".join(
                f"{_day(s.due_on)} {money(s.amount, locale)}" for s in d.document.schedule
            )
            parts.append(self.tr("due %1").replace("%1", dues))
        self.summary.setText(" · ".join(parts))
        self._enable()

    def _enable(self) -> None:
        d = self.detail
        doc = d.document if d else None
        actor = self.ctx.actor
        # another site's document is shown, and followed there
        own = doc is not None and actor is not None and doc.branch_id == actor.branch_id
        final = doc is not None and doc.status == "final" and own
        kind = doc.kind if doc else ""
        self.buttons["order"].setEnabled(
            final and kind == "quote" and d is not None and d.status != "ordered"
        )
        self.buttons["deliver"].setEnabled(
            final and kind == "sales_order" and bool(d and d.to_deliver)
        )
        self.buttons["invoice"].setEnabled(
            final and kind == "sales_order" and bool(d and d.to_invoice)
        )
        self.buttons["credit"].setEnabled(
            final and kind == "customer_invoice" and bool(d and d.to_credit)
        )
        self.buttons["cancel"].setEnabled(
            final and kind in ("quote", "sales_order", "customer_invoice")
        )
        self.buttons["print"].setEnabled(doc is not None)

    # -- acting ------------------------------------------------------------------------
    def say(self, text: str) -> None:
        self.message.setText(text)

    def _done(self, outcome: Done[BusinessDocument]) -> None:
        self.say(self.tr("%1 issued").replace("%1", outcome.made.number))

    def new_document(self, kind: str) -> NewDocumentDialog | None:
        if self.ctx.actor is None:
            return None
        dialog = NewDocumentDialog(self.ctx, kind, self)
        dialog.open()
        return dialog

    def invoice_ticket(self) -> TicketInvoiceDialog | None:
        if self.ctx.actor is None:
            return None
        dialog = TicketInvoiceDialog(self.ctx, self)
        dialog.open()
        return dialog

    def order_quote(self) -> None:
        doc = self.selected()
        if doc is None or doc.kind != "quote" or self.ctx.actor is None:
            return
        deps, actor = self.ctx.deps, self.ctx.actor
        self.ctx.db.submit(
            lambda: order_from_quote(deps, actor, doc.id), self._done, self.ctx.report_error
        )

    def _quantities(self, title: str, run_key: str) -> QuantitiesDialog | None:
        d = self.detail
        if d is None or self.ctx.actor is None:
            return None
        deps, actor, doc_id = self.ctx.deps, self.ctx.actor, d.document.id
        runs = {
            "deliver": (d.to_deliver, lambda q, _r: deliver(deps, actor, doc_id, q)),
            "invoice": (d.to_invoice, lambda q, _r: invoice_order(deps, actor, doc_id, q)),
            "credit": (d.to_credit, lambda q, r: credit_invoice(deps, actor, doc_id, q, r)),
        }
        left, run = runs[run_key]
        if not left:
            return None
        dialog = QuantitiesDialog(
            self.ctx, title, d.document.lines, left, run, self, run_key == "credit"
        )
        dialog.open()
        return dialog

    def deliver_order(self) -> QuantitiesDialog | None:
        return self._quantities(self.tr("Deliver the order"), "deliver")

    def invoice_order(self) -> QuantitiesDialog | None:
        return self._quantities(self.tr("Invoice what was delivered"), "invoice")

    def credit_invoice(self) -> QuantitiesDialog | None:
        return self._quantities(self.tr("Credit note against the invoice"), "credit")

    def cancel_selected(self, confirm: bool = True) -> None:
        doc = self.selected()
        if doc is None or self.ctx.actor is None or doc.status != "final":
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Cancel the document"),
                self.tr(
                    "Cancel %1? An invoice is reversed in the books; nothing is deleted."
                ).replace("%1", doc.number),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        deps, actor = self.ctx.deps, self.ctx.actor
        self.ctx.db.submit(
            lambda: cancel_document(deps, actor, doc.id),
            lambda outcome: self.say(self.tr("%1 cancelled").replace("%1", outcome.made.number)),
            self.ctx.report_error,
        )

    def print_selected(self) -> None:
        doc = self.selected()
        if doc is None or self.ctx.actor is None:
            return
        ctx = self.ctx

        def printed(path: Path) -> None:
            self.last_pdf = path
            self.say(self.tr("Printed to %1").replace("%1", str(path)))

        ctx.db.submit(lambda: write_business_pdf(ctx, doc.id), printed, ctx.report_error)

    def _data_changed(self, changes: frozenset[Changed]) -> None:
        if Changed.SALES in changes or Changed.CUSTOMERS in changes:
            self.refresh()
            self._load_detail()
