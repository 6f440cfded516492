"""Goods sent back to suppliers: the returns made (a return before the invoice, a debit
note once invoiced) and a new one from one of this branch's receipts, each line's quantity
typed beside what is left of it, with the reason; the selected return saved as its
bilingual PDF."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.app.changes import Changed
from erp_desktop.app.purchasing.return_sheet import return_sheet
from erp_desktop.app.purchasing.returns import (
    Returnable,
    ReturnRequest,
    find_supplier_returns,
    return_to_supplier,
    returnable_receipts,
)
from erp_desktop.app.purchasing.suppliers import find_suppliers
from erp_desktop.kernel.documents.supplier_return import ReturnedLine, SupplierReturn
from erp_desktop.kernel.permissions import Permission
from erp_desktop.printing.supplier_return import render_supplier_return
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.formatting import isolated, money, parse_decimal_input, quantity
from erp_desktop.ui.rows_model import RowsModel

QUANTITY_COLUMN = 2


class ReturnsTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.returns: list[SupplierReturn] = []
        self.returnable: list[Returnable] = []
        self.codes: dict[UUID, str] = {}
        self.model = RowsModel(self._headers, numeric=(5,))
        self.table = QTableView()
        self.table.setObjectName("supplier_returns")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.pdf = QPushButton()
        self.pdf.setObjectName("save_return_pdf")
        self.pdf.clicked.connect(lambda: self.save_pdf())
        self.receipt_label = QLabel()
        self.receipt = QComboBox()
        self.receipt.setObjectName("return_receipt")
        self.receipt.currentIndexChanged.connect(lambda _i: self._show_lines())
        self.lines = QTableWidget(0, 3)
        self.lines.setObjectName("return_lines")
        self.lines.verticalHeader().hide()
        self.lines.horizontalHeader().setStretchLastSection(True)
        self.reason_label = QLabel()
        self.reason = QLineEdit()
        self.reason.setObjectName("return_reason")
        self.send = QPushButton()
        self.send.setObjectName("send_back")
        self.send.clicked.connect(self.submit)
        self.send.setVisible(ctx.actor is not None and ctx.actor.may(Permission.INVENTORY_RECEIVE))
        self.status = QLabel()
        self.status.setObjectName("returns_status")
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.pdf)
        pick = QHBoxLayout()
        pick.addWidget(self.receipt_label)
        pick.addWidget(self.receipt, 1)
        reason = QHBoxLayout()
        reason.addWidget(self.reason_label)
        reason.addWidget(self.reason, 1)
        reason.addWidget(self.send)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 2)
        layout.addLayout(top)
        layout.addLayout(pick)
        layout.addWidget(self.lines, 1)
        layout.addLayout(reason)
        layout.addWidget(self.status)
        ctx.db.data_did_change.connect(self._data_changed)
        self.retranslate()
        self.refresh()

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Number"),
            self.tr("Date"),
            self.tr("Supplier"),
            self.tr("Kind"),
            self.tr("Reason"),
            self.tr("Total"),
        )

    def retranslate(self) -> None:
        self.pdf.setText(self.tr("Save as PDF"))
        self.receipt_label.setText(self.tr("Return goods of receipt"))
        self.reason_label.setText(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("Damaged, past its date, not ordered…"))
        self.send.setText(self.tr("Send back to the supplier"))
        self.lines.setHorizontalHeaderLabels(
            [self.tr("Product"), self.tr("Left to return"), self.tr("Quantity to return")]
        )
        self.model.retranslate()
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        deps, actor = self.ctx.deps, self.ctx.actor
        assert actor is not None
        may_return = actor.may(Permission.INVENTORY_RECEIVE)

        def show(found: tuple[list[SupplierReturn], list[Returnable], dict[UUID, str]]) -> None:
            self.returns, self.returnable, self.codes = found
            chosen = self.receipt.currentData()
            self.receipt.blockSignals(True)
            self.receipt.clear()
            for r in self.returnable:
                code = self.codes.get(r.receipt.supplier_id, "")
                self.receipt.addItem(f"{r.receipt.number} · {code}", str(r.receipt.id))
            self.receipt.setCurrentIndex(max(self.receipt.findData(chosen), 0))
            self.receipt.blockSignals(False)
            self._show()
            self._show_lines()

        self.ctx.db.submit(
            lambda: (
                find_supplier_returns(deps, actor),
                returnable_receipts(deps, actor) if may_return else [],
                {s.id: s.code for s in find_suppliers(deps, actor)},
            ),
            show,
            self.ctx.report_error,
        )

    def _show(self) -> None:
        locale = self.ctx.languages.locale
        before, note = self.tr("Return before invoice"), self.tr("Debit note")
        self.model.set_rows(
            [
                (
                    r.number,
                    isolated(r.issued_at.date().isoformat()),
                    self.codes.get(r.supplier_id, ""),
                    before if r.invoice_id is None else note,
                    r.reason,
                    money(r.total, locale),
                )
                for r in self.returns
            ]
        )

    def chosen(self) -> Returnable | None:
        index = self.receipt.currentIndex()
        return self.returnable[index] if 0 <= index < len(self.returnable) else None

    def _show_lines(self) -> None:
        chosen = self.chosen()
        locale = self.ctx.languages.locale
        arabic = self.ctx.languages.language == "ar"
        lines = chosen.receipt.lines if chosen else ()
        self.lines.setRowCount(len(lines))
        for row, ln in enumerate(lines):
            assert chosen is not None
            product = chosen.products.get(ln.product_id)
            name = ""
            if product is not None:
                name = product.name_ar if arabic and product.name_ar else product.name
            fixed = [QTableWidgetItem(name), QTableWidgetItem()]
            fixed[1].setText(str(quantity(chosen.left[ln.id], "", locale)))
            for column, item in enumerate(fixed):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setData(Qt.ItemDataRole.UserRole, str(ln.id))
                self.lines.setItem(row, column, item)
            self.lines.setItem(row, QUANTITY_COLUMN, QTableWidgetItem(""))

    def set_quantity(self, row: int, text: str) -> None:
        """What the user types in a line's quantity cell."""
        cell = self.lines.item(row, QUANTITY_COLUMN)
        if cell is not None:
            cell.setText(text)

    def _told(self, text: str) -> None:
        self.status.setStyleSheet("")
        self.status.setText(text)

    def _failed(self, error: Exception) -> None:
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(self.ctx.explain(error))

    def submit(self) -> None:
        deps, actor = self.ctx.deps, self.ctx.actor
        chosen = self.chosen()
        if actor is None or chosen is None:
            return
        locale = self.ctx.languages.locale
        asked = []
        for row, ln in enumerate(chosen.receipt.lines):
            cell = self.lines.item(row, QUANTITY_COLUMN)
            typed = cell.text().strip() if cell is not None else ""
            if not typed:
                continue
            amount = parse_decimal_input(typed, locale)
            if amount is None:
                self._failed(ValueError(self.tr("A quantity is not a number.")))
                return
            if amount != Decimal(0):
                asked.append(ReturnedLine(ln.id, amount))
        if not asked:
            self._failed(ValueError(self.tr("Type the quantity to send back of a line.")))
            return
        request = ReturnRequest(chosen.receipt.id, asked, reason=self.reason.text().strip())

        def done(outcome: tuple[SupplierReturn, object]) -> None:
            made = outcome[0]
            text = self.tr("%1 made: %2 sent back to the supplier.").replace("%1", made.number)
            self._told(text.replace("%2", str(money(made.total, locale))))
            self.reason.clear()

        self.ctx.db.submit(lambda: return_to_supplier(deps, actor, request), done, self._failed)

    def selected(self) -> SupplierReturn | None:
        rows = self.table.selectionModel().selectedRows()
        return self.returns[rows[0].row()] if rows else None

    def save_pdf(self, path: Path | None = None) -> None:
        chosen = self.selected()
        deps, actor = self.ctx.deps, self.ctx.actor
        if chosen is None or actor is None:
            return
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the return as PDF"), f"{chosen.number}.pdf", "PDF (*.pdf)"
            )
            if not name:
                return
            path = Path(name)
        target = path

        def write() -> Path:
            target.write_bytes(render_supplier_return(return_sheet(deps, actor, chosen.id)))
            return target

        self.ctx.db.submit(
            write, lambda p: self._told(self.tr("Saved to %1.").replace("%1", str(p))), self._failed
        )

    def _data_changed(self, changes: frozenset[Changed]) -> None:
        if changes & {Changed.PURCHASING, Changed.SUPPLIERS, Changed.STOCK}:
            self.refresh()
