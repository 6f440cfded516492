"""Finding an article at the till by name (French or Arabic), barcode or SKU.

Results come from the FTS index on the database worker as the cashier types; Up/Down move
in the list and Enter puts the article on the ticket.
"""

from __future__ import annotations

from decimal import Decimal
from uuid import UUID

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from erp_desktop.app.catalog import search_for_till
from erp_desktop.app.records import ProductInfo
from erp_desktop.app.stock.availability import availability
from erp_desktop.kernel.money import Money
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.formatting import money, number

PAUSE_MS = 80


class ProductSearchDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("product_search")
        self.query = QLineEdit()
        self.results = QListWidget()
        self.chosen: ProductInfo | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results)
        self.resize(560, 420)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self.search)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.installEventFilter(self)
        self.results.itemActivated.connect(self._choose)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Find an article"))
        self.query.setPlaceholderText(self.tr("Name in French or Arabic, barcode or SKU"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.query
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                row = min(max(self.results.currentRow() + step, 0), self.results.count() - 1)
                self.results.setCurrentRow(row)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                item = self.results.currentItem() or self.results.item(0)
                if item is not None:
                    self._choose(item)
                return True
        return super().eventFilter(watched, event)

    def search(self) -> None:
        text = self.query.text().strip()
        if not text or self.ctx.actor is None:
            self.results.clear()
            return
        deps, actor = self.ctx.deps, self.ctx.actor

        def show(products: list[ProductInfo]) -> None:
            if self.query.text().strip() != text:
                return
            self.results.clear()
            arabic = self.ctx.languages.language == "ar"
            for product in products:
                name = product.name_ar if arabic and product.name_ar else product.name
                price = money(
                    Money.from_minor(product.price_minor, product.currency),
                    self.ctx.languages.locale,
                )
                item = QListWidgetItem(f"{name} — {price}")
                item.setData(Qt.ItemDataRole.UserRole, product)
                item.setToolTip(f"{product.sku} · {', '.join(product.barcodes)}")
                self.results.addItem(item)
            if self.results.count():
                self.results.setCurrentRow(0)
            ids = [p.id for p in products]
            self.ctx.db.submit(
                lambda: availability(deps, actor, ids), self._show_available, self.ctx.report_error
            )

        self.ctx.db.submit(lambda: search_for_till(deps, actor, text), show, self.ctx.report_error)

    def _show_available(self, found: dict[UUID, tuple[Decimal, Decimal]]) -> None:
        """Each article's available quantity (on hand − reserved by sales orders)."""
        locale = self.ctx.languages.locale
        for row in range(self.results.count()):
            item = self.results.item(row)
            product = item.data(Qt.ItemDataRole.UserRole)
            if product is None or product.id not in found:
                continue
            on_hand, reserved = found[product.id]
            text = self.tr("available %1").replace("%1", number(on_hand - reserved, locale))
            if reserved:
                text += " " + self.tr("(%1 reserved)").replace("%1", number(reserved, locale))
            item.setText(f"{item.text().split(' · ')[0]} · {text}")

    def _choose(self, item: QListWidgetItem) -> None:
        self.chosen = item.data(Qt.ItemDataRole.UserRole)
        self.accept()
