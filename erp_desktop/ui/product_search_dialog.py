"""Finding an article at the till by name (French or Arabic), barcode or SKU.

Results come from the FTS index on the database worker as the cashier types; Up/Down move
in the list and Enter puts the article on the ticket.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from erp_desktop.app.catalog import search_for_till
from erp_desktop.app.records import ProductInfo
from erp_desktop.kernel.money import Money
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.formatting import money

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

        self.ctx.db.submit(lambda: search_for_till(deps, actor, text), show, self.ctx.report_error)

    def _choose(self, item: QListWidgetItem) -> None:
        self.chosen = item.data(Qt.ItemDataRole.UserRole)
        self.accept()
