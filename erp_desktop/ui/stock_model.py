"""The stock list as a lazy table: 50,000 products scroll smoothly.

The model knows only how many products there are; a page of rows is asked from the
database worker the first time the view paints one of its rows, and shown when it comes
back. Until then the row shows an ellipsis, so the GUI thread never waits. A search
replaces the pages by its own (small) list of rows. Products at or under their reorder
point are highlighted.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from erp_desktop.app.records import StockRow
from erp_desktop.kernel.money import Money
from erp_desktop.ui import vocabulary
from erp_desktop.ui.formatting import money, number, quantity

Index = QModelIndex | QPersistentModelIndex
PAGE = 200
LOW_STOCK = QColor("#fde2e1")
PageLoader = Callable[[int, int, Callable[[list[StockRow]], None]], None]


class StockTableModel(QAbstractTableModel):
    page_did_load = Signal(int)

    def __init__(
        self, load_page: PageLoader, headers: Callable[[], Sequence[str]], locale: str
    ) -> None:
        super().__init__()
        self._load_page = load_page
        self._headers = headers
        self.locale = locale
        self._total = 0
        self._pages: dict[int, list[StockRow]] = {}
        self._asked: set[int] = set()
        self._found: list[StockRow] | None = None
        self._generation = 0

    # the two modes: the whole catalog (lazy pages) or a search result
    def show_all(self, total: int) -> None:
        self.beginResetModel()
        self._generation += 1
        self._total, self._pages, self._asked, self._found = total, {}, set(), None
        self.endResetModel()

    def show_found(self, rows: list[StockRow]) -> None:
        self.beginResetModel()
        self._generation += 1
        self._found = rows
        self.endResetModel()

    def row_at(self, row: int) -> StockRow | None:
        if self._found is not None:
            return self._found[row] if 0 <= row < len(self._found) else None
        page = self._pages.get(row // PAGE)
        return page[row % PAGE] if page and row % PAGE < len(page) else None

    def _ask(self, page: int) -> None:
        if page in self._asked:
            return
        self._asked.add(page)
        generation = self._generation

        def arrived(rows: list[StockRow]) -> None:
            if generation != self._generation:
                return
            self._pages[page] = rows
            first, last = page * PAGE, min(page * PAGE + len(rows), self._total) - 1
            if last >= first:
                self.dataChanged.emit(
                    self.index(first, 0), self.index(last, self.columnCount() - 1)
                )
            self.page_did_load.emit(page)

        self._load_page(page * PAGE, PAGE, arrived)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._found) if self._found is not None else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            if self._found is None:
                self._ask(index.row() // PAGE)
            return "…" if role == Qt.ItemDataRole.DisplayRole and index.column() == 1 else None
        if role == Qt.ItemDataRole.DisplayRole:
            arabic = self.locale.startswith("ar")
            name = row.name_ar if arabic and row.name_ar else row.name
            return (
                row.sku,
                name,
                quantity(row.quantity, vocabulary.unit(row.unit), self.locale),
                number(row.reorder_point, self.locale),
                money(Money.from_minor(row.price_minor, row.currency), self.locale),
                number(row.reserved, self.locale),
                quantity(row.available, vocabulary.unit(row.unit), self.locale),
            )[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and row.low:
            return QBrush(LOW_STOCK)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.name}\n{row.name_ar}"
        return None
