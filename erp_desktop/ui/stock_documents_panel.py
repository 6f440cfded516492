"""The warehouse desk's documents: the receipts, transfers (sent, arriving, received) and
counts of a period, filtered by kind and status (on top of the desk tables' text filter),
sorted by any column, the quantities and values of the rows shown added up, and exported
as they are shown (ui/desk_table.py).

The period is read again from the replica when its dates change; kind and status filter
what was read, at once."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.app.changes import Changed
from erp_desktop.app.stock.journal import ARRIVING, StockDocumentRow, stock_documents
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.desk_table import DeskTools
from erp_desktop.ui.formatting import count, number
from erp_desktop.ui.rows_model import RowsModel
from erp_desktop.ui.vocabulary import document_kind

KINDS = ("", "goods_receipt", "transfer_out", ARRIVING, "transfer_in", "count", "adjustment")
STATUSES = ("", "final", "in_transit", "received")
LINES, QUANTITY, VALUE = 5, 6, 7


class StockDocumentsPanel(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.documents: list[StockDocumentRow] = []
        self.shown: list[StockDocumentRow] = []
        self.kind, self.status = QComboBox(), QComboBox()
        self.kind.setObjectName("documents_kind")
        self.status.setObjectName("documents_status")
        for code in KINDS:
            self.kind.addItem("", code)
        for code in STATUSES:
            self.status.addItem("", code)
        self.start, self.end = QDateEdit(), QDateEdit()
        self.start.setObjectName("documents_from")
        self.end.setObjectName("documents_to")
        today = ctx.deps.now().date()
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.start.setDate(QDate(today.year, today.month, 1).addMonths(-2))
        self.end.setDate(QDate(today.year, today.month, today.day))
        self.kind_label, self.status_label = QLabel(), QLabel()
        self.start_label, self.end_label = QLabel(), QLabel()
        self.model = RowsModel(self._headers, numeric=(LINES, QUANTITY, VALUE))
        self.table = QTableView()
        self.table.setObjectName("stock_documents")
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)  # a number or a date whole on its line, never cut
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.tools = DeskTools(
            self.table,
            self.model,
            lambda: self.ctx.languages.locale,
            lambda: self.tr("Stock documents"),
            lambda: self.ctx.languages.language == "ar",
        )
        filters = QHBoxLayout()
        for label, widget in (
            (self.kind_label, self.kind),
            (self.status_label, self.status),
            (self.start_label, self.start),
            (self.end_label, self.end),
        ):
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addLayout(self.tools.bar())
        layout.addWidget(self.table)
        self.kind.currentIndexChanged.connect(lambda _i: self._show())
        self.status.currentIndexChanged.connect(lambda _i: self._show())
        self.start.dateChanged.connect(lambda _d: self.reload())
        self.end.dateChanged.connect(lambda _d: self.reload())
        ctx.db.data_did_change.connect(self._data_changed)
        self.retranslate()
        self.reload()

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Date"),
            self.tr("Kind"),
            self.tr("Number"),
            self.tr("Branch"),
            self.tr("Status"),
            self.tr("Lines"),
            self.tr("Quantity"),
            self.tr("Value"),
        )

    def kind_name(self, code: str) -> str:
        if code == ARRIVING:
            return self.tr("Sent here")
        return document_kind(code) if code else self.tr("Every kind")

    def status_name(self, code: str) -> str:
        names = {
            "": self.tr("Every status"),
            "final": self.tr("Posted"),
            "in_transit": self.tr("In transit"),
            "received": self.tr("Received"),
        }
        return names.get(code, code)

    def retranslate(self) -> None:
        for row in range(self.kind.count()):
            self.kind.setItemText(row, self.kind_name(str(self.kind.itemData(row))))
        for row in range(self.status.count()):
            self.status.setItemText(row, self.status_name(str(self.status.itemData(row))))
        self.kind_label.setText(self.tr("Kind"))
        self.status_label.setText(self.tr("Status"))
        self.start_label.setText(self.tr("From"))
        self.end_label.setText(self.tr("To"))
        self.model.retranslate()
        self.tools.retranslate()
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def period(self) -> tuple[date, date]:
        return self.start.date().toPython(), self.end.date().toPython()  # type: ignore[return-value]

    def reload(self) -> None:
        actor = self.ctx.actor
        if actor is None:
            return
        deps = self.ctx.deps
        start, end = self.period()
        if end < start:
            self.documents = []
            self._show()
            return

        def got(found: list[StockDocumentRow]) -> None:
            if self.period() == (start, end):  # not an answer to dates changed since
                self.documents = found
                self._show()

        self.ctx.db.submit(lambda: stock_documents(deps, actor, start, end), got, self._failed)

    def _failed(self, error: Exception) -> None:
        self.ctx.report_error(error)

    def _show(self) -> None:
        kind, status = self.kind.currentData(), self.status.currentData()
        self.shown = [
            d
            for d in self.documents
            if (not kind or d.kind == kind) and (not status or d.status == status)
        ]
        locale = self.ctx.languages.locale
        self.model.set_rows(
            [
                (
                    d.issued_at.astimezone().strftime("%Y-%m-%d %H:%M"),  # sorts as it reads
                    self.kind_name(d.kind),
                    d.number,
                    d.counterpart,
                    self.status_name(d.status),
                    count(d.lines, locale),
                    number(d.quantity, locale),
                    number(d.value, locale),
                )
                for d in self.shown
            ]
        )

    def _data_changed(self, changes: frozenset[Changed]) -> None:
        if Changed.STOCK in changes:
            self.reload()
