"""What every table of the desks has, as the till has it: a filter (Ctrl+F; Esc clears it),
sorting by any column with numbers sorted as numbers (a click on its header; a third click
goes back to the report's own order), a line of totals of the numeric columns over the rows
shown, and an export of the rows shown, in their order (Ctrl+Shift+E): an Excel workbook
with numbers as numeric cells, or CSV.

``DeskTools`` takes over a ``QTableView`` showing a ``RowsModel``: the model stays the
screen's (its rows, its bold total lines), the view shows it through a proxy."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
)

from erp_desktop.ui.formatting import Figure, number, plain
from erp_desktop.ui.rows_model import RowsModel
from erp_desktop.ui.table_export import write_csv, write_xlsx

Index = QModelIndex | QPersistentModelIndex


def _squashed(text: str) -> str:
    """``text`` as a filter compares it: no case, no direction marks, no spaces of any kind
    (typed "1 234" finds "1\u202f234,50 DA")."""
    return "".join(plain(text).casefold().split()).replace("\u202f", "").replace("\u00a0", "")


class FigureProxy(QSortFilterProxyModel):
    """Sorts figures by their number ("-1 234,50 DA" below "9,00 DA"), text by its letters;
    filters on every column, ignoring case and direction marks."""

    def __init__(self, rows: RowsModel) -> None:
        super().__init__()
        self.rows = rows
        self.setSourceModel(rows)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.needle = ""

    def cell(self, row: int, column: int) -> str:
        cells = self.rows.rows[row]
        return cells[column] if column < len(cells) else ""

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = self.cell(left.row(), left.column()), self.cell(right.row(), right.column())
        if isinstance(a, Figure) and isinstance(b, Figure):
            return a.value < b.value
        if isinstance(a, Figure) != isinstance(b, Figure):
            return isinstance(a, Figure)  # figures before empty or text cells
        return plain(a).casefold() < plain(b).casefold()

    def set_needle(self, text: str) -> None:
        self.beginFilterChange()
        self.needle = _squashed(text)
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self.needle:
            return True
        return any(
            self.needle in _squashed(plain(c)) or self.needle in _squashed(c)
            for c in self.rows.rows[source_row]
        )


class DeskTools(QObject):
    def __init__(
        self,
        view: QTableView,
        rows: RowsModel,
        locale: Callable[[], str],
        title: Callable[[], str],
        right_to_left: Callable[[], bool],
        export: bool = True,
    ) -> None:
        super().__init__(view)
        self.view, self.rows = view, rows
        self.locale, self.title, self.right_to_left = locale, title, right_to_left
        self.proxy = FigureProxy(rows)
        view.setModel(self.proxy)
        view.setSortingEnabled(True)
        view.horizontalHeader().setSortIndicatorClearable(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the report's own order first
        self.filter = QLineEdit()
        self.filter.setObjectName(f"{view.objectName()}_filter")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filtered)
        self.filter.installEventFilter(self)
        self.totals = QLabel()
        self.totals.setObjectName(f"{view.objectName()}_totals")
        self.totals.setStyleSheet("color: #37474f;")
        self.export_button = QPushButton()
        self.export_button.setObjectName(f"{view.objectName()}_export")
        self.export_button.clicked.connect(self.export)
        self.export_button.setVisible(export)
        QShortcut(QKeySequence("Ctrl+F"), view, self.filter.setFocus)
        if export:
            QShortcut(QKeySequence("Ctrl+Shift+E"), view, self.export)
        for signal in (rows.modelReset, rows.dataChanged, self.proxy.layoutChanged):
            signal.connect(self.show_totals)
        self.ask_path: Callable[[str], tuple[str, str]] = self._ask_path  # replaced in tests
        self.retranslate()

    def bar(self) -> QHBoxLayout:
        """The filter, the totals and the export button, for the screen to place."""
        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.totals, 2)
        bar.addWidget(self.export_button)
        return bar

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter (Ctrl+F)"))
        self.export_button.setText(self.tr("Export… (Ctrl+Shift+E)"))
        self.show_totals()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.filter
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            self.filter.clear()
            self.view.setFocus()
            return True
        return super().eventFilter(watched, event)

    def _filtered(self, text: str) -> None:
        self.proxy.set_needle(text)
        self.show_totals()

    # --- what is shown ----------------------------------------------------------------------
    def shown_rows(self) -> list[int]:
        """The model's rows shown, in the order shown."""
        return [
            self.proxy.mapToSource(self.proxy.index(r, 0)).row()
            for r in range(self.proxy.rowCount())
        ]

    def sums(self) -> dict[int, Decimal]:
        """Column -> the sum of its figures over the rows shown, total lines left out."""
        found: dict[int, Decimal] = {}
        for row in self.shown_rows():
            if row in self.rows.bold_rows:
                continue
            for column, cell in enumerate(self.rows.rows[row]):
                if isinstance(cell, Figure):
                    found[column] = found.get(column, Decimal(0)) + cell.value
        return found

    def show_totals(self, *_args: object) -> None:
        headers = [
            str(self.rows.headerData(c, Qt.Orientation.Horizontal))
            for c in range(self.rows.columnCount())
        ]
        parts = [
            f"{headers[c]} {number(v, self.locale())}"
            for c, v in sorted(self.sums().items())
            if c < len(headers)
        ]
        counted = [r for r in self.shown_rows() if r not in self.rows.bold_rows]  # not totals
        said = [self.tr("%n row(s)", "", len(counted))]
        if parts:
            said.append(self.tr("Totals: %1").replace("%1", " · ".join(parts)))
        self.totals.setText(" · ".join(said))

    def sheet_rows(self) -> list[list[str | Decimal]]:
        every = self.rows.as_sheet_rows()
        return [every[0], *(every[r + 1] for r in self.shown_rows())]

    # --- export -------------------------------------------------------------------------------
    def _ask_path(self, suggested: str) -> tuple[str, str]:
        xlsx_filter = self.tr("Excel workbook (*.xlsx)")
        csv_filter = self.tr("CSV, numbers with a dot (*.csv)")
        return QFileDialog.getSaveFileName(
            self.view, self.tr("Export"), suggested, f"{xlsx_filter};;{csv_filter}"
        )

    def export(self) -> Path | None:
        name = str(Path.home() / f"{self.title() or 'export'}.xlsx")
        chosen, kind = self.ask_path(name)
        if not chosen:
            return None
        path = Path(chosen)
        rows = self.sheet_rows()
        if path.suffix.lower() == ".csv" or ("csv" in kind.lower() and not path.suffix):
            return write_csv(path.with_suffix(".csv"), rows)
        bold = [n for n, r in enumerate(self.shown_rows()) if r in self.rows.bold_rows]
        return write_xlsx(path.with_suffix(".xlsx"), rows, self.title(), self.right_to_left(), bold)
