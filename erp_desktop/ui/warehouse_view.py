"""The warehouse desk: goods receipt (against a purchase order, or from a named supplier:
ui/purchase_receipt_panel.py), transfer out to another branch, transfers arriving,
stock count with a variance review before posting, reorder suggestions, and the period's
documents (ui/stock_documents_panel.py). Every table of the desk filters, sorts, adds up
and exports as the other desks do (ui/desk_table.py).

Every document is built by scanning ("12*" before a code sets the quantity) into a line
table whose quantities (and, for a receipt, costs) can be corrected before posting; posting
is one use case, one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any
from uuid import UUID

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
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
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.app.auth import log_in_with_pin
from erp_desktop.app.changes import Changed
from erp_desktop.app.context import Actor
from erp_desktop.app.records import BranchInfo, ProductInfo, StockRow
from erp_desktop.app.stock.adjustments import Variance, post_count, review_count
from erp_desktop.app.stock.lookups import (
    incoming_transfers,
    other_branches,
    product_for_code,
    reorder_suggestions,
)
from erp_desktop.app.stock.transfers import receive_transfer, send_transfer
from erp_desktop.kernel.documents import StockDocument
from erp_desktop.kernel.errors import ErpError
from erp_desktop.kernel.permissions import Permission
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.desk_table import DeskTools
from erp_desktop.ui.formatting import count, decimal_input, number, parse_decimal_input
from erp_desktop.ui.purchase_receipt_panel import PurchaseReceiptPanel
from erp_desktop.ui.rows_model import RowsModel
from erp_desktop.ui.stock_documents_panel import StockDocumentsPanel


class LinesEditor(QWidget):
    """A scan field over a table of lines: product, quantity and optional extra columns."""

    def __init__(self, ctx: UiContext, extra: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.products: list[ProductInfo] = []
        self.scan = QLineEdit()
        self.scan.returnPressed.connect(self._scanned)
        self.table = QTableWidget(0, 2 + extra)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.on_added: Callable[[int, ProductInfo], None] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scan)
        layout.addWidget(self.table)
        remove = QShortcut(QKeySequence("Delete"), self, self.remove_line)
        remove.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _scanned(self) -> None:
        text = self.scan.text().strip()
        self.scan.clear()
        if not text or self.ctx.actor is None:
            return
        deps, actor = self.ctx.deps, self.ctx.actor
        self.ctx.db.submit(
            lambda: product_for_code(deps, actor, text), self._add, self.ctx.report_error
        )

    def _add(self, found: tuple[ProductInfo, Decimal]) -> None:
        product, quantity = found
        for row, known in enumerate(self.products):
            if known.id == product.id:
                self.set_cell(row, 1, self.shown((self.quantity(row) or Decimal(0)) + quantity))
                return
        row = len(self.products)
        self.products.append(product)
        self.table.insertRow(row)
        name = (
            product.name_ar
            if self.ctx.languages.language == "ar" and product.name_ar
            else product.name
        )
        item = QTableWidgetItem(f"{product.sku} · {name}")
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, 0, item)
        self.set_cell(row, 1, self.shown(quantity))
        if self.on_added:
            self.on_added(row, product)
        self.table.scrollToBottom()

    def set_cell(self, row: int, column: int, text: str, editable: bool = True) -> None:
        item = QTableWidgetItem(text)
        if not editable:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, column, item)

    def shown(self, value: Decimal) -> str:
        """A decimal to edit, with the decimal separator of the user's language."""
        return decimal_input(value, self.ctx.languages.locale)

    def cell(self, row: int, column: int) -> Decimal | None:
        item = self.table.item(row, column)
        return parse_decimal_input(item.text(), self.ctx.languages.locale) if item else None

    def quantity(self, row: int) -> Decimal | None:
        return self.cell(row, 1)

    def clear(self) -> None:
        self.products = []
        self.table.setRowCount(0)

    def remove_line(self) -> None:
        """Del: the selected line (the last one when none is) leaves the document."""
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else len(self.products) - 1
        if 0 <= row < len(self.products):
            del self.products[row]
            self.table.removeRow(row)


class WarehouseView(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = QTabWidget()
        self.tabs.setObjectName("warehouse_tabs")
        self.tab_keys: list[str] = []
        self.status = QLabel()
        self.status.setObjectName("warehouse_status")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.status)
        actor = ctx.actor
        assert actor is not None
        self.receipt = self._receipt_tab() if actor.may(Permission.INVENTORY_RECEIVE) else None
        self.transfer = self._transfer_tab() if actor.may(Permission.INVENTORY_TRANSFER) else None
        self.arrivals = self._arrivals_tab() if actor.may(Permission.INVENTORY_TRANSFER) else None
        self.count = self._count_tab() if actor.may(Permission.INVENTORY_COUNT) else None
        self.reorder = self._reorder_tab()
        self.documents = StockDocumentsPanel(ctx)
        self._page("documents", self.documents)
        # Keyboard, as at the till: Ctrl+1..6 goes to a tab (and its scan field), Ctrl+Enter
        # runs the tab's action (post, send, receive, review then post).
        for n in range(1, len(self.tab_keys) + 1):
            QShortcut(QKeySequence(f"Ctrl+{n}"), self, lambda n=n: self.go_to_tab(n - 1))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.run_tab_action)
        ctx.db.data_did_change.connect(self._data_changed)
        self.retranslate()
        self.reload()

    def go_to_tab(self, index: int) -> None:
        if 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)
            editor = self._editors().get(self.tab_keys[index])
            (editor.scan if editor else self.tabs.currentWidget()).setFocus()

    def _editors(self) -> dict[str, LinesEditor]:
        found = {"receipt": self.receipt, "transfer": self.transfer, "count": self.count}
        return {key: editor for key, editor in found.items() if editor is not None}

    def run_tab_action(self) -> None:
        """Ctrl+Enter: what the current tab's button does (a count is reviewed first)."""
        key = self.tab_keys[self.tabs.currentIndex()] if self.tab_keys else ""
        buttons = {
            "receipt": "post_receipt",
            "transfer": "post_transfer",
            "arrivals": "accept_transfer",
            "count": "post_count_button"
            if getattr(self, "post_count_button", None) and self.post_count_button.isEnabled()
            else "review_button",
        }
        button = getattr(self, buttons.get(key, ""), None)
        if isinstance(button, QPushButton) and button.isEnabled():
            button.click()

    # --- tabs ---------------------------------------------------------------------------
    def _page(self, key: str, *widgets: QWidget, buttons: tuple[QPushButton, ...] = ()) -> QWidget:
        page = QWidget()
        page.setObjectName(f"tab_{key}")
        layout = QVBoxLayout(page)
        for widget in widgets:
            layout.addWidget(widget)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        layout.addLayout(row)
        self.tabs.addTab(page, "")
        self.tab_keys.append(key)
        return page

    def _receipt_tab(self) -> LinesEditor:
        """Against an order or from a named supplier (ui/purchase_receipt_panel.py)."""
        editor = LinesEditor(self.ctx, extra=2)
        editor.setObjectName("receipt_lines")
        self.receipt_panel = PurchaseReceiptPanel(self.ctx, editor, self._reported, self._failed)
        self.post_receipt = self.receipt_panel.post
        self._page("receipt", self.receipt_panel, buttons=(self.post_receipt,))
        return editor

    def _reported(self, text: str) -> None:
        self.status.setStyleSheet("")
        self.status.setText(text)

    def _transfer_tab(self) -> LinesEditor:
        editor = LinesEditor(self.ctx)
        editor.setObjectName("transfer_lines")
        self.destination = QComboBox()
        self.destination.setObjectName("destination")
        self.destination_label = QLabel()
        top = QWidget()
        row = QHBoxLayout(top)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.destination_label)
        row.addWidget(self.destination, 1)
        self.post_transfer = QPushButton()
        self.post_transfer.clicked.connect(lambda: self.submit_transfer())
        self._page("transfer", top, editor, buttons=(self.post_transfer,))
        return editor

    def _arrivals_tab(self) -> RowsModel:
        model = RowsModel(self._arrivals_headers, numeric=(3, 4))
        table = QTableView()
        table.setObjectName("arrivals")
        table.verticalHeader().hide()
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.arrivals_tools = DeskTools(
            table,
            model,
            lambda: self.ctx.languages.locale,
            lambda: self.tr("Arriving transfers"),
            lambda: self.ctx.languages.language == "ar",
        )
        self.incoming: list[StockDocument] = []
        self.accept_transfer = QPushButton()
        self.accept_transfer.clicked.connect(self.receive_selected)
        table.doubleClicked.connect(lambda _i: self.receive_selected())
        tools = QWidget()
        tools.setLayout(self.arrivals_tools.bar())
        self._page("arrivals", tools, table, buttons=(self.accept_transfer,))
        return model

    def _arrivals_headers(self) -> tuple[str, ...]:
        return (
            self.tr("Transfer"),
            self.tr("From"),
            self.tr("Sent on"),
            self.tr("Lines"),
            self.tr("Quantity"),
        )

    def _count_tab(self) -> LinesEditor:
        editor = LinesEditor(self.ctx, extra=2)
        editor.setObjectName("count_lines")
        self.review_button = QPushButton()
        self.review_button.clicked.connect(self.review)
        self.post_count_button = QPushButton()
        self.post_count_button.setEnabled(False)
        self.post_count_button.clicked.connect(self.submit_count)
        editor.table.itemChanged.connect(lambda _i: self.post_count_button.setEnabled(False))
        self._page("count", editor, buttons=(self.review_button, self.post_count_button))
        return editor

    def _reorder_tab(self) -> RowsModel:
        model = RowsModel(self._reorder_headers, numeric=(2, 3, 4))
        table = QTableView()
        table.setObjectName("reorder")
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # filter, sorting, totals and export, as on every desk table (ui/desk_table.py)
        self.reorder_tools = DeskTools(
            table,
            model,
            lambda: self.ctx.languages.locale,
            lambda: self.tr("Reorder suggestions"),
            lambda: self.ctx.languages.language == "ar",
        )
        tools = QWidget()
        tools.setLayout(self.reorder_tools.bar())
        self._page("reorder", tools, table)
        return model

    def _reorder_headers(self) -> tuple[str, ...]:
        return (
            self.tr("SKU"),
            self.tr("Product"),
            self.tr("In stock"),
            self.tr("Reorder point"),
            self.tr("Suggested order"),
        )

    def retranslate(self) -> None:
        titles = {
            "receipt": self.tr("Goods receipt"),
            "transfer": self.tr("Transfer out"),
            "arrivals": self.tr("Arriving transfers"),
            "count": self.tr("Stock count"),
            "reorder": self.tr("Reorder"),
            "documents": self.tr("Documents"),
        }
        for index, key in enumerate(self.tab_keys):
            self.tabs.setTabText(index, titles[key])
        scan_hint = self.tr("Scan or type a barcode or SKU (12* for twelve)")
        if self.receipt:
            self.receipt.scan.setPlaceholderText(scan_hint)
            self.receipt_panel.retranslate()
        if self.transfer:
            self.transfer.scan.setPlaceholderText(scan_hint)
            self.transfer.table.setHorizontalHeaderLabels([self.tr("Product"), self.tr("Quantity")])
            self.destination_label.setText(self.tr("To branch"))
            self.post_transfer.setText(self.tr("Send the transfer"))
        if self.arrivals is not None:
            self.arrivals.retranslate()
            self.arrivals_tools.retranslate()
            self.accept_transfer.setText(self.tr("Receive the selected transfer"))
        if self.count:
            self.count.scan.setPlaceholderText(scan_hint)
            self.count.table.setHorizontalHeaderLabels(
                [self.tr("Product"), self.tr("Counted"), self.tr("Expected"), self.tr("Difference")]
            )
            self.review_button.setText(self.tr("Review the variances"))
            self.post_count_button.setText(self.tr("Post the count"))
        self.reorder.retranslate()
        self.reorder_tools.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- reading ------------------------------------------------------------------------
    def reload(self) -> None:
        deps, actor = self.ctx.deps, self.ctx.actor
        assert actor is not None
        locale = self.ctx.languages.locale
        arabic = self.ctx.languages.language == "ar"

        def show_reorder(suggestions: list[tuple[StockRow, Decimal]]) -> None:
            self.reorder.set_rows(
                [
                    (
                        row.sku,
                        row.name_ar if arabic and row.name_ar else row.name,
                        number(row.quantity, locale),
                        number(row.reorder_point, locale),
                        number(suggested, locale),
                    )
                    for row, suggested in suggestions
                ]
            )

        self.ctx.db.submit(
            lambda: reorder_suggestions(deps, actor), show_reorder, self.ctx.report_error
        )
        if self.receipt is not None:
            self.receipt_panel.reload()
        if self.transfer is not None:
            self.ctx.db.submit(
                lambda: other_branches(deps, actor), self._show_branches, self.ctx.report_error
            )
        if self.arrivals is not None:
            self.ctx.db.submit(
                lambda: (incoming_transfers(deps, actor), other_branches(deps, actor)),
                self._show_incoming,
                self.ctx.report_error,
            )

    def _show_branches(self, branches: list[BranchInfo]) -> None:
        arabic = self.ctx.languages.language == "ar"
        self.destination.clear()
        for branch in branches:
            self.destination.addItem(
                f"{branch.code} · {branch.name_ar if arabic else branch.name}", branch.id
            )

    def _show_incoming(self, found: tuple[list[StockDocument], list[BranchInfo]]) -> None:
        transfers, branches = found
        names = {b.id: b.code for b in branches}
        locale = self.ctx.languages.locale
        assert self.arrivals is not None
        self.incoming = transfers
        self.arrivals.set_rows(
            [
                (
                    doc.number,
                    names.get(doc.branch_id, str(doc.branch_id)),
                    doc.issued_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                    count(len(doc.lines), locale),
                    # sent out there (negative), coming in here
                    number(-sum((ln.quantity for ln in doc.lines), Decimal(0)), locale),
                )
                for doc in transfers
            ]
        )

    def _data_changed(self, changes: frozenset[Changed]) -> None:
        if Changed.STOCK in changes or Changed.CATALOG in changes:  # levels, reorder points
            self.reload()
        elif self.receipt is not None and changes & {Changed.SUPPLIERS, Changed.PURCHASING}:
            self.receipt_panel.reload()

    # --- posting ------------------------------------------------------------------------
    def _submit(self, job: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.status.setStyleSheet("")
        self.ctx.db.submit(job, done, self._failed)

    def _failed(self, error: Exception) -> None:
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(self.ctx.explain(error))

    def _done(self, editor: LinesEditor) -> Callable[[Any], None]:
        def show(outcome: tuple[Any, ...]) -> None:
            doc: StockDocument = outcome[0]
            editor.clear()
            self.status.setText(self.tr("%1 posted.").replace("%1", doc.number))

        return show

    def _quantities(self, editor: LinesEditor) -> list[tuple[Any, Decimal]] | None:
        lines = []
        for row, product in enumerate(editor.products):
            quantity = editor.quantity(row)
            if quantity is None:
                self._failed(
                    ValueError(
                        self.tr("Line %1: the quantity is not a number.").replace(
                            "%1", str(row + 1)
                        )
                    )
                )
                return None
            lines.append((product.id, quantity))
        return lines

    def submit_receipt(self) -> None:
        self.receipt_panel.submit()

    def submit_transfer(self, confirmed_by: Actor | None = None) -> None:
        assert self.transfer is not None and self.ctx.actor is not None
        lines = self._quantities(self.transfer)
        destination = self.destination.currentData()
        if lines is None or destination is None:
            return
        deps, actor = self.ctx.deps, self.ctx.actor

        def failed(error: Exception) -> None:
            if isinstance(error, ErpError) and error.code == "inventory.transfer_exceeds_stock":
                self.ask_confirmation(error)
                return
            self._failed(error)

        self.status.setStyleSheet("")
        self.ctx.db.submit(
            lambda: send_transfer(deps, actor, destination, lines, confirmed_by),
            self._done(self.transfer),
            failed,
        )

    def ask_confirmation(self, error: ErpError) -> None:
        """More than on hand: says so, and sends anyway only on a manager's PIN. The PIN is
        checked on the database worker (an argon2 check and a write), wrong ones counting
        against this register as at the login; the use case checks the manager's right."""
        self._failed(error)
        pin, ok = QInputDialog.getText(
            self,
            self.tr("More than on hand"),
            self.ctx.explain(error) + "\n" + self.tr("Manager PIN to send it anyway"),
            QLineEdit.EchoMode.Password,
        )
        if not ok or not pin:
            return
        deps = self.ctx.deps
        register = self.ctx.register_id if isinstance(self.ctx.register_id, UUID) else None
        self.ctx.db.submit(
            lambda: log_in_with_pin(deps, pin, register),
            lambda manager: self.submit_transfer(confirmed_by=manager),
            self._failed,
        )

    def receive_selected(self) -> None:
        assert self.arrivals is not None and self.ctx.actor is not None
        table = self.arrivals_tools.view
        rows = table.selectionModel().selectedRows()
        if not rows:
            return
        doc = self.incoming[self.arrivals_tools.proxy.mapToSource(rows[0]).row()]
        deps, actor = self.ctx.deps, self.ctx.actor

        def done(outcome: tuple[StockDocument, dict[Any, Decimal], frozenset[Changed]]) -> None:
            received, differences, _changes = outcome
            text = (
                self.tr("%1 received as %2.")
                .replace("%1", doc.number)
                .replace("%2", received.number)
            )
            if differences:
                text += " " + self.tr("%n line(s) differ from what was sent.", "", len(differences))
            self.status.setText(text)

        self._submit(lambda: receive_transfer(deps, actor, doc.id), done)

    def _counted(self) -> dict[Any, Decimal] | None:
        assert self.count is not None
        lines = self._quantities(self.count)
        return None if lines is None else dict(lines)

    def review(self) -> None:
        counted = self._counted()
        if not counted or self.ctx.actor is None:
            return
        deps, actor, locale = self.ctx.deps, self.ctx.actor, self.ctx.languages.locale

        def show(variances: list[Variance]) -> None:
            assert self.count is not None
            by_product = {v.product_id: v for v in variances}
            self.count.table.blockSignals(True)
            for row, product in enumerate(self.count.products):
                variance = by_product.get(product.id)
                expected = variance.expected if variance else counted[product.id]
                difference = variance.difference if variance else Decimal(0)
                self.count.set_cell(row, 2, number(expected, locale), editable=False)
                self.count.set_cell(row, 3, number(difference, locale), editable=False)
            self.count.table.blockSignals(False)
            self.post_count_button.setEnabled(True)
            self.status.setText(
                self.tr("%n line(s) with a variance; check them, then post.", "", len(variances))
            )

        self._submit(lambda: review_count(deps, actor, counted), show)

    def submit_count(self) -> None:
        counted = self._counted()
        if not counted or self.ctx.actor is None or self.count is None:
            return
        deps, actor = self.ctx.deps, self.ctx.actor
        self.post_count_button.setEnabled(False)
        self._submit(lambda: post_count(deps, actor, counted), self._done(self.count))
