"""The ticket's lines on screen: a row per line, selected by the till (never focused: the scan
field keeps the focus), its price and amount columns as wide as their longest text at once.

Sized by the view itself, not ResizeToContents: Qt's own mode measured every line's cells at
each change (at 20 lines, most of the GUI thread's time of a scan). A scan measures its own
line only, and a column never narrows during a ticket; a reset, a quote or a language fits
them all again (a price cut to "…93" for 938,00 until a relayout was issue 17's defect)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from erp_desktop.ui.cart_model import CartTableModel


class CartTableView(QTableView):
    def __init__(self, cart: CartTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cart = cart
        self.setModel(cart)
        self.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        cart.rowsInserted.connect(lambda _p, first, last: self.widen(first, last))
        cart.dataChanged.connect(
            lambda top, bottom, *_r: self.widen(top.row(), bottom.row(), top.column())
        )
        cart.modelReset.connect(self.fit_columns)
        cart.headerDataChanged.connect(self.fit_columns)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.verticalHeader().setDefaultSectionSize(30)
        self.verticalHeader().hide()

    def selected_row(self) -> int:
        """The selected line, else the last one (-1 on an empty ticket)."""
        rows = self.selectionModel().selectedRows()
        return rows[0].row() if rows else self.cart.rowCount() - 1

    def fit_columns(self, *_args: object) -> None:
        """Price and amount columns fit their longest text after every change of the cart
        (a scan, a quote, a language), not only at the next relayout."""
        for column in range(1, self.cart.columnCount()):
            self.resizeColumnToContents(column)

    def widen(self, first: int, last: int, from_column: int = 1) -> None:
        """The columns widened to the lines ``first`` to ``last`` if they need it: a scan
        measures its own line, not the whole ticket (never narrower during a ticket)."""
        grid = 1 if self.showGrid() else 0
        for column in range(max(1, from_column), self.cart.columnCount()):
            need = max(
                (
                    self.sizeHintForIndex(self.cart.index(row, column)).width() + grid
                    for row in range(first, last + 1)
                ),
                default=0,
            )
            if need > self.columnWidth(column):
                self.setColumnWidth(column, need)
