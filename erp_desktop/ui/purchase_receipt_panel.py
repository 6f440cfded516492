"""The warehouse desk's goods receipt (issue 14): against one of the branch's open purchase
orders, or without one (a market purchase) from a supplier picked in the list; every
receipt names its supplier. Lines are scanned as elsewhere in the desk ("12*" before a
code sets the quantity).

Against an order the goods enter at the order's price (shown, not typed); off an order the
clerk types the price paid. What the kernel refuses and a manager may accept (an
over-delivery beyond the tolerance, a product not on the order taken as a substitute) asks
for the manager's PIN, and for a substitute, the ordered product it replaces; then the
receipt is posted again with the manager's approval. The differences are reported.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.app.auth import log_in_with_pin
from erp_desktop.app.context import Actor
from erp_desktop.app.purchasing.receiving import (
    ReceiptOutcome,
    ReceiptRequest,
    ReceivedLine,
    open_orders_to_receive,
    receive_purchase,
)
from erp_desktop.app.purchasing.suppliers import find_suppliers
from erp_desktop.app.records import ProductInfo
from erp_desktop.app.stock.lookups import receiving_defaults
from erp_desktop.kernel.documents.purchase import PurchaseOrder
from erp_desktop.kernel.errors import ErpError
from erp_desktop.kernel.purchasing.suppliers import Supplier
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.formatting import number

if TYPE_CHECKING:
    from erp_desktop.ui.warehouse_view import LinesEditor


MANAGER_CODES = ("payables.over_delivery", "payables.substitution_refused")


class PurchaseReceiptPanel(QWidget):
    """Order or supplier, the scanned lines, the last-delivery mark and the post button."""

    def __init__(
        self,
        ctx: UiContext,
        editor: LinesEditor,
        report: Callable[[str], None],
        fail: Callable[[Exception], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editor = editor
        self.report = report
        self.fail = fail
        self.orders: list[PurchaseOrder] = []
        self.suppliers: list[Supplier] = []
        self.order = QComboBox()
        self.order.setObjectName("receipt_order")
        self.order.currentIndexChanged.connect(self._order_chosen)
        self.supplier = QComboBox()
        self.supplier.setObjectName("receipt_supplier")
        self.final = QCheckBox()
        self.final.setObjectName("receipt_final")
        self.order_label, self.supplier_label = QLabel(), QLabel()
        self.post = QPushButton()
        self.post.setObjectName("post_receipt")
        self.post.clicked.connect(lambda: self.submit())
        top = QHBoxLayout()
        top.addWidget(self.order_label)
        top.addWidget(self.order, 2)
        top.addWidget(self.supplier_label)
        top.addWidget(self.supplier, 2)
        top.addWidget(self.final)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(editor)
        editor.on_added = self._prefill
        self.retranslate()

    def retranslate(self) -> None:
        self.order_label.setText(self.tr("Purchase order"))
        self.supplier_label.setText(self.tr("Supplier"))
        self.final.setText(self.tr("Last delivery of the order"))
        self.post.setText(self.tr("Post the receipt"))
        if self.order.count():
            self.order.setItemText(0, self.tr("No order (market purchase)"))
        self.editor.table.setHorizontalHeaderLabels(
            [
                self.tr("Product"),
                self.tr("Quantity"),
                self.tr("Unit cost (excl. VAT)"),
                self.tr("VAT %"),
            ]
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- reading ------------------------------------------------------------------------
    def reload(self) -> None:
        deps, actor = self.ctx.deps, self.ctx.actor
        assert actor is not None
        self.ctx.db.submit(
            lambda: (open_orders_to_receive(deps, actor), find_suppliers(deps, actor)),
            self._show,
            self.ctx.report_error,
        )

    def _name(self, supplier: Supplier) -> str:
        arabic = self.ctx.languages.language == "ar"
        return supplier.name_ar if arabic and supplier.name_ar else supplier.name

    def _show(self, found: tuple[list[PurchaseOrder], list[Supplier]]) -> None:
        chosen = self.order.currentData()
        self.orders, self.suppliers = found
        names = {s.id: s.code for s in self.suppliers}
        self.order.blockSignals(True)
        self.order.clear()
        self.order.addItem(self.tr("No order (market purchase)"), None)
        for o in self.orders:
            self.order.addItem(f"{o.number} · {names.get(o.supplier_id, '')}", str(o.id))
        index = self.order.findData(chosen) if chosen is not None else 0
        self.order.setCurrentIndex(max(index, 0))
        self.order.blockSignals(False)
        self.supplier.clear()
        for s in self.suppliers:
            self.supplier.addItem(f"{s.code} · {self._name(s)}", str(s.id))
        self._order_chosen()

    def chosen_order(self) -> PurchaseOrder | None:
        wanted = self.order.currentData()
        return next((o for o in self.orders if str(o.id) == wanted), None)

    def _order_chosen(self) -> None:
        order = self.chosen_order()
        self.final.setEnabled(order is not None)
        if order is not None:
            index = self.supplier.findData(str(order.supplier_id))
            if index >= 0:
                self.supplier.setCurrentIndex(index)
        self.supplier.setEnabled(order is None)
        for row, product in enumerate(self.editor.products):
            self._prefill(row, product)

    def _prefill(self, row: int, product: ProductInfo) -> None:
        order = self.chosen_order()
        ordered = (
            next((ln for ln in order.lines if ln.product_id == product.id), None) if order else None
        )
        deps, actor = self.ctx.deps, self.ctx.actor
        assert actor is not None

        def show(defaults: tuple[Decimal, Decimal]) -> None:
            rate, cost = defaults
            if order is not None:  # the order's price; a product not on it: a substitute
                shown = self.editor.shown(ordered.unit_price) if ordered else self.tr("not ordered")
                self.editor.set_cell(row, 2, shown, editable=False)
            else:
                self.editor.set_cell(row, 2, self.editor.shown(cost))
            self.editor.set_cell(row, 3, self.editor.shown(rate), editable=False)

        self.ctx.db.submit(
            lambda: receiving_defaults(deps, actor, product), show, self.ctx.report_error
        )

    # --- posting ------------------------------------------------------------------------
    def lines(self, substitutes: dict[UUID, UUID] | None = None) -> list[ReceivedLine] | None:
        order = self.chosen_order()
        made = []
        for row, product in enumerate(self.editor.products):
            quantity = self.editor.quantity(row)
            cost = None if order is not None else self.editor.cell(row, 2)
            if quantity is None or (order is None and cost is None):
                self.fail(
                    ValueError(
                        self.tr("Line %1: the quantity or the cost is not a number.").replace(
                            "%1", str(row + 1)
                        )
                    )
                )
                return None
            replaced = (substitutes or {}).get(product.id)
            made.append(ReceivedLine(product.id, quantity, cost, replaced))
        return made

    def submit(
        self, approver: Actor | None = None, substitutes: dict[UUID, UUID] | None = None
    ) -> None:
        lines = self.lines(substitutes)
        if not lines:
            return
        order = self.chosen_order()
        chosen = self.supplier.currentData()
        supplier = UUID(chosen) if order is None and chosen else None
        request = ReceiptRequest(
            lines,
            order_id=order.id if order else None,
            supplier_id=supplier,
            final=self.final.isChecked() and order is not None,
            approver=approver,
        )
        deps, actor = self.ctx.deps, self.ctx.actor
        assert actor is not None

        def failed(error: Exception) -> None:
            if isinstance(error, ErpError) and error.code in MANAGER_CODES and approver is None:
                self.ask_manager(error, order)
                return
            self.fail(error)

        self.ctx.db.submit(lambda: receive_purchase(deps, actor, request), self._done, failed)

    def ask_manager(self, error: ErpError, order: PurchaseOrder | None) -> None:
        """Says what is refused; a manager's PIN (and, for a substitute, the ordered product
        it replaces) posts it anyway, the manager's right checked by the use case."""
        self.fail(error)
        substitutes: dict[UUID, UUID] = {}
        if error.code == "payables.substitution_refused" and order is not None:
            ordered = {ln.product_id for ln in order.lines}
            names = [f"{ln.reference} · {ln.description}" for ln in order.lines]
            for product in self.editor.products:
                if product.id in ordered:
                    continue
                picked, ok = QInputDialog.getItem(
                    self,
                    self.tr("Substitute"),
                    self.tr("%1 is not on the order. It replaces:").replace("%1", product.name),
                    names,
                    0,
                    False,
                )
                if not ok:
                    return
                substitutes[product.id] = order.lines[names.index(picked)].product_id
        pin, ok = QInputDialog.getText(
            self,
            self.tr("Manager approval"),
            self.ctx.explain(error) + "\n" + self.tr("Manager PIN to accept it"),
            QLineEdit.EchoMode.Password,
        )
        if not ok or not pin:
            return
        deps = self.ctx.deps
        register = self.ctx.register_id if isinstance(self.ctx.register_id, UUID) else None
        self.ctx.db.submit(
            lambda: log_in_with_pin(deps, pin, register),
            lambda manager: self.submit(approver=manager, substitutes=substitutes),
            self.fail,
        )

    def _done(self, outcome: tuple[ReceiptOutcome, object]) -> None:
        done = outcome[0]
        skus = {p.id: p.sku for p in self.editor.products}
        self.editor.clear()
        self.final.setChecked(False)
        text = self.tr("%1 posted.").replace("%1", done.receipt.number)
        locale = self.ctx.languages.locale
        kinds = {
            "over_delivery": self.tr("more than ordered"),
            "under_delivery": self.tr("short"),
            "substitution": self.tr("substitute"),
        }
        for d in done.differences:
            text += " " + self.tr("%1: %2 received, %3 ordered (%4).").replace(
                "%1", skus.get(d.product_id, str(d.product_id)[:8])
            ).replace("%2", number(d.received, locale)).replace(
                "%3", number(d.ordered, locale)
            ).replace("%4", kinds.get(d.kind, d.kind))
        self.report(text)
        self.reload()
