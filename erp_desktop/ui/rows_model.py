"""A read-only table of ready-to-show rows: reports, movement history, dashboards.

The rows are plain tuples of strings made on the worker thread; numeric columns are
right-aligned (the alignment flips with the layout direction in Arabic), and one row
can be marked as a total line in bold. A cell made by ``ui/formatting.py`` keeps its number,
so an export writes ``-1234.50`` where the screen shows "-1 234,50 DA".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from erp_desktop.ui.formatting import Figure, plain

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    def __init__(self, headers: Callable[[], Sequence[str]], numeric: Sequence[int] = ()) -> None:
        super().__init__()
        self._headers = headers
        self._numeric = frozenset(numeric)
        self.rows: list[tuple[str, ...]] = []
        self.bold_rows: frozenset[int] = frozenset()

    def set_rows(self, rows: Sequence[tuple[str, ...]], bold_rows: Sequence[int] = ()) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.bold_rows = frozenset(bold_rows)
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self._headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            headers = self._headers()
            return headers[section] if section < len(headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            row = self.rows[index.row()]
            return row[index.column()] if index.column() < len(row) else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and index.row() in self.bold_rows:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def as_csv_rows(self) -> list[list[str]]:
        """Headers and rows for a file: numbers as plain decimals with a dot, no marks."""
        return [list(self._headers()), *[[plain(c) for c in r] for r in self.rows]]

    def as_sheet_rows(self) -> list[list[str | Decimal]]:
        """Headers and rows for a spreadsheet: numbers as numbers."""
        cells: list[list[str | Decimal]] = [list(self._headers())]
        for row in self.rows:
            cells.append([c.value if isinstance(c, Figure) else plain(c) for c in row])
        return cells
