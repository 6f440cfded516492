"""Customers: the list (search by name in French or Arabic, or phone), each with their kind,
tags and points, exported to CSV; the selected customer's profile in tabs beside it
(ui/customer_tabs.py). Keyboard first: typing searches, arrows choose, the tabs follow."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.app.changes import Changed
from erp_desktop.app.crm.profiles import customer_list
from erp_desktop.app.crm.rows import CustomerRow
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.customer_tabs import CustomerTabs
from erp_desktop.ui.formatting import count, isolated, local_name
from erp_desktop.ui.rows_model import RowsModel

SEARCH_PAUSE_MS = 150


class CustomersView(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[CustomerRow] = []
        self.search = QLineEdit()
        self.search.setObjectName("customer_search")
        self.search.setClearButtonEnabled(True)
        self.export_button = QPushButton()
        self.export_button.setObjectName("export_customers")
        self.export_button.clicked.connect(self.export_csv)
        self.model = RowsModel(self._headers, numeric=(3,))
        self.table = QTableView()
        self.table.setObjectName("customer_table")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        for column, width in enumerate((190, 105, 90, 70)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.caption = QLabel()
        self.tabs = CustomerTabs(ctx)
        self.tabs.setObjectName("customer_tabs")
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.export_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.caption)
        left_layout.addWidget(self.table)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setSizes([480, 620])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_PAUSE_MS)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        ctx.db.data_did_change.connect(self._data_changed)
        self.retranslate()
        self.reload()

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Customer"),
            self.tr("Phone"),
            self.tr("Kind"),
            self.tr("Points"),
            self.tr("Tags"),
        )

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search by name (French or Arabic) or phone"))
        self.export_button.setText(self.tr("Export…"))
        self.model.retranslate()
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        if self.ctx.actor is None:
            return
        deps, actor, text = self.ctx.deps, self.ctx.actor, self.search.text()
        self.ctx.db.submit(
            lambda: customer_list(deps, actor, text), self._loaded, self.ctx.report_error
        )

    def _loaded(self, rows: list[CustomerRow]) -> None:
        self.rows = rows
        self._show()

    def _reselect(self) -> None:
        """The customer shown stays selected when the list is filled again (a search, a
        language switch); the first one is chosen otherwise."""
        ids = [r.id for r in self.rows]
        chosen = self.tabs.customer_id
        row = ids.index(chosen) if chosen in ids else 0 if ids else -1
        if row >= 0:
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.selectionModel().select(self.model.index(row, 0), flags)

    def _show(self) -> None:
        locale, language = self.ctx.languages.locale, self.ctx.languages.language
        kinds = self.tabs.kind_names()
        self.model.set_rows(
            [
                (
                    local_name(r.name, r.name_ar, language),
                    isolated(r.phone) if r.phone else "",
                    kinds.get(r.kind, r.kind),
                    count(r.points, locale),
                    ", ".join(r.tags),
                )
                for r in self.rows
            ]
        )
        self.caption.setText(
            self.tr("%1 customer(s)").replace("%1", str(count(len(self.rows), locale)))
        )
        self._reselect()

    def _selected(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes and indexes[0].row() < len(self.rows):
            self.tabs.show_customer(self.rows[indexes[0].row()].id)

    def _data_changed(self, changes: frozenset[Changed]) -> None:
        if Changed.CUSTOMERS in changes and self.isVisible():
            self.reload()
            self.tabs.show_customer(self.tabs.customer_id)

    def write_csv(self, path: Path) -> None:
        """The list as shown, semicolon-separated, UTF-8 with BOM (Excel keeps the Arabic);
        points as plain numbers."""
        with path.open("w", newline="", encoding="utf-8-sig") as handle:
            csv.writer(handle, delimiter=";").writerows(self.model.as_csv_rows())

    def export_csv(self) -> None:
        name, _chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the customers"),
            str(Path.home() / "customers.csv"),
            self.tr("CSV, numbers with a dot (*.csv)"),
        )
        if name:
            self.write_csv(Path(name))
