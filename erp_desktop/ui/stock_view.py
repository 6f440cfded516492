"""Stock of the branch: the whole catalog with levels, search, and a product's movements.

Typing in the search field filters after a short pause (name in French or Arabic, barcode,
SKU) through the FTS index; clearing it shows the whole lazy list again. Selecting a
product shows its latest movements below. Ctrl+E prints shelf labels of the selected
products (Shift or Ctrl to choose several; ``ui/shelf_labels_action.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QEvent, QItemSelection, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.app.catalog import movements_of, search_stock, stock_count, stock_page
from erp_desktop.app.changes import Changed
from erp_desktop.app.records import StockRow
from erp_desktop.kernel.inventory.movements import StockMovement
from erp_desktop.sync.runner import availability_elsewhere
from erp_desktop.ui import vocabulary
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.desk_table import DeskTools
from erp_desktop.ui.formatting import moment, number
from erp_desktop.ui.rows_model import RowsModel
from erp_desktop.ui.shelf_labels_action import open_on_a_desktop, write_shelf_labels
from erp_desktop.ui.stock_model import StockTableModel

SEARCH_PAUSE_MS = 120


class StockView(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.search = QLineEdit()
        self.search.setObjectName("stock_search")
        self.search.setClearButtonEnabled(True)
        self.model = StockTableModel(self._load_page, self._headers, ctx.languages.locale)
        self.table = QTableView()
        self.table.setObjectName("stock_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 110)
        for column in (2, 3, 4):
            self.table.setColumnWidth(column, 130)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.caption = QLabel()
        self.history = RowsModel(self._history_headers, numeric=(2, 3))
        self.history_table = QTableView()
        self.history_table.setObjectName("stock_history")
        self.history_tools = DeskTools(  # filter, sorting, totals, export (ui/desk_table.py)
            self.history_table,
            self.history,
            lambda: self.ctx.languages.locale,
            lambda: self.tr("Latest movements of the selected product"),
            lambda: self.ctx.languages.language == "ar",
        )
        self.history_table.verticalHeader().hide()
        self.history_table.horizontalHeader().setStretchLastSection(True)
        self.history_label = QLabel()
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        self.elsewhere = QLabel()
        self.elsewhere.setObjectName("available_elsewhere")
        lower_layout.addWidget(self.elsewhere)
        lower_layout.addWidget(self.history_label)
        lower_layout.addLayout(self.history_tools.bar())
        lower_layout.addWidget(self.history_table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setSizes([500, 200])
        self.labels_button = QPushButton()
        self.labels_button.setObjectName("shelf_labels")
        self.labels_button.clicked.connect(self.print_labels)
        QShortcut(QKeySequence("Ctrl+E"), self, self.print_labels)
        self.last_labels: Path | None = None
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.labels_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.caption)
        layout.addWidget(splitter)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_PAUSE_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.total = 0
        ctx.db.data_did_change.connect(self._data_changed)
        self.retranslate()
        self.reload()

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("SKU"),
            self.tr("Product"),
            self.tr("In stock"),
            self.tr("Reorder point"),
            self.tr("Price"),
            self.tr("Reserved"),
            self.tr("Available"),
        )

    def _history_headers(self) -> tuple[str, ...]:
        return (
            self.tr("Date"),
            self.tr("Movement"),
            self.tr("Quantity"),
            self.tr("Unit cost"),
            self.tr("Document"),
        )

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search by name (French or Arabic), barcode or SKU"))
        self.history_label.setText(self.tr("Latest movements of the selected product"))
        self.labels_button.setText(self.tr("Shelf labels (Ctrl+E)"))
        self.model.locale = self.ctx.languages.locale
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        self.history.retranslate()
        self.history_tools.retranslate()
        self._caption()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _caption(self, found: int | None = None) -> None:
        if found is None:
            self.caption.setText(
                self.tr("%n product(s); highlighted: at or under the reorder point", "", self.total)
            )
        else:
            self.caption.setText(self.tr("%n product(s) found", "", found))

    def _load_page(self, offset: int, limit: int, done: Callable[[list[StockRow]], None]) -> None:
        deps, actor = self.ctx.deps, self.ctx.actor
        assert actor is not None
        self.ctx.db.submit(
            lambda: stock_page(deps, actor, offset, limit), done, self.ctx.report_error
        )

    def reload(self) -> None:
        if self.ctx.actor is None:
            return
        deps, actor = self.ctx.deps, self.ctx.actor
        self.ctx.db.submit(lambda: stock_count(deps, actor), self._counted, self.ctx.report_error)

    def _counted(self, total: int) -> None:
        self.total = total
        if self.search.text().strip():
            self.run_search()
        else:
            self.model.show_all(total)
            self._caption()

    def run_search(self) -> None:
        text = self.search.text().strip()
        if self.ctx.actor is None:
            return
        if not text:
            self.model.show_all(self.total)
            self._caption()
            return
        deps, actor = self.ctx.deps, self.ctx.actor

        def found(rows: list[StockRow]) -> None:
            if self.search.text().strip() == text:
                self.model.show_found(rows)
                self._caption(len(rows))

        self.ctx.db.submit(lambda: search_stock(deps, actor, text), found, self.ctx.report_error)

    def selected_products(self) -> list[UUID]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        found = (self.model.row_at(r) for r in rows)
        return [row.product_id for row in found if row is not None]

    def print_labels(self) -> None:
        """Shelf labels of the selected products, rendered on the database worker."""
        ids = self.selected_products()
        if not ids or self.ctx.actor is None:
            self.caption.setText(self.tr("Select the products to label first."))
            return
        deps, actor, folder = self.ctx.deps, self.ctx.actor, self.ctx.data_dir / "labels"

        def written(path: Path) -> None:
            self.last_labels = path
            self.caption.setText(
                self.tr("%n shelf label(s) saved as %1.", "", len(ids)).replace("%1", str(path))
            )
            open_on_a_desktop(path)

        def failed(error: Exception) -> None:
            self.caption.setText(self.ctx.explain(error))

        self.ctx.db.submit(lambda: write_shelf_labels(deps, actor, ids, folder), written, failed)

    def _selected(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        row = self.model.row_at(indexes[0].row()) if indexes else None
        if row is None or self.ctx.actor is None:
            return
        deps, actor, locale = self.ctx.deps, self.ctx.actor, self.ctx.languages.locale

        def shown(moves: list[StockMovement]) -> None:
            self.history.set_rows(
                [
                    (
                        moment(m.occurred_at, locale),
                        vocabulary.movement_kind(m.kind.value),
                        number(m.quantity, locale),
                        number(m.unit_cost, locale),
                        vocabulary.document_kind(m.document_type),
                    )
                    for m in moves
                ]
            )

        self.ctx.db.submit(
            lambda: movements_of(deps, actor, row.product_id), shown, self.ctx.report_error
        )
        self._ask_elsewhere(row.product_id)

    def _ask_elsewhere(self, product_id: UUID) -> None:
        """Stock of the other branches, from the server when online; silent when offline."""
        self.elsewhere.clear()
        deps, locale, run_db = self.ctx.deps, self.ctx.languages.locale, self.ctx.db.run_here

        def shown(found: list[tuple[str, Decimal]]) -> None:
            if not found:
                self.elsewhere.setText(self.tr("No other branch has any."))
                return
            listed = " · ".join(f"{code} {number(quantity, locale)}" for code, quantity in found)
            self.elsewhere.setText(self.tr("Available elsewhere: %1").replace("%1", listed))

        self.ctx.net.submit(
            lambda: availability_elsewhere(deps, product_id, run_db), shown, lambda _e: None
        )

    def _data_changed(self, changes: frozenset[Changed]) -> None:
        if Changed.STOCK in changes or Changed.CATALOG in changes:
            self.reload()
