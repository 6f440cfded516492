"""A return against a receipt: scan its QR code (or type its number), say how many of each
line come back, and refund by the original tender or as store credit."""

from __future__ import annotations

from decimal import Decimal
from uuid import UUID

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.app.catalog import products_by_id
from erp_desktop.app.till.returns import ReturnRequest, find_receipt
from erp_desktop.kernel.documents import SaleDocument
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.formatting import local_name, money, number


class ReturnDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sale: SaleDocument | None = None
        self.names_ar: dict[UUID, str] = {}  # product id -> Arabic name, in the Arabic UI
        self.setObjectName("return_dialog")
        self.number = QLineEdit()
        self.number.setObjectName("receipt_number")
        self.find_button = QPushButton()
        self.number.returnPressed.connect(self.look_up)
        self.find_button.clicked.connect(self.look_up)
        self.lines = QTableWidget(0, 4)
        self.lines.setObjectName("return_lines")
        self.lines.horizontalHeader().setStretchLastSection(True)
        self.lines.setColumnWidth(0, 260)
        self.refund = QComboBox()
        self.refund.setObjectName("refund_tender")
        for key in ("original", "store_credit", "cash"):
            self.refund.addItem("", key)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.number, 1)
        top.addWidget(self.find_button)
        form = QFormLayout()
        self.refund_label = QLabel()
        form.addRow(self.refund_label, self.refund)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.lines)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.spins: list[tuple[object, QDoubleSpinBox]] = []
        self.resize(680, 420)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Return against a receipt"))
        self.number.setPlaceholderText(self.tr("Scan the receipt's code or type its number"))
        self.find_button.setText(self.tr("Find"))
        self.lines.setHorizontalHeaderLabels(
            [self.tr("Article"), self.tr("Sold"), self.tr("Already returned"), self.tr("Return")]
        )
        for index, text in enumerate(
            (self.tr("Original tender"), self.tr("Store credit"), self.tr("Cash"))
        ):
            self.refund.setItemText(index, text)
        self.refund_label.setText(self.tr("Refund by"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def look_up(self) -> None:
        text = self.number.text().strip()
        if not text or self.ctx.actor is None:
            return
        deps, actor = self.ctx.deps, self.ctx.actor
        arabic = self.ctx.languages.language == "ar"

        def found() -> tuple[SaleDocument, dict[UUID, str]]:
            sale = find_receipt(deps, actor, text)
            if not arabic:
                return sale, {}
            products = products_by_id(deps, actor, [ln.product_id for ln in sale.lines])
            return sale, {p.id: p.name_ar for p in products if p.name_ar}

        self.ctx.db.submit(found, self._found, self._failed)

    def _found(self, outcome: tuple[SaleDocument, dict[UUID, str]]) -> None:
        self.names_ar = outcome[1]
        self.show_sale(outcome[0])

    def _failed(self, error: Exception) -> None:
        self.error.setText(self.ctx.explain(error))

    def show_sale(self, sale: SaleDocument) -> None:
        self.sale = sale
        self.error.setText(f"{sale.number} — {money(sale.total, self.ctx.languages.locale)}")
        locale = self.ctx.languages.locale
        self.lines.setRowCount(len(sale.lines))
        self.spins = []
        for row, line in enumerate(sale.lines):
            name = local_name(
                line.description,
                self.names_ar.get(line.product_id, ""),
                self.ctx.languages.language,
            )
            self.lines.setItem(row, 0, QTableWidgetItem(name))
            self.lines.setItem(row, 1, QTableWidgetItem(number(line.quantity, locale)))
            self.lines.setItem(row, 2, QTableWidgetItem(number(line.returned, locale)))
            spin = QDoubleSpinBox()
            spin.setDecimals(3)
            spin.setRange(0, float(line.quantity - line.returned))
            self.lines.setCellWidget(row, 3, spin)
            self.spins.append((line.id, spin))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(sale.lines))
        if self.spins:
            self.spins[0][1].setFocus()

    def request(self) -> ReturnRequest | None:
        if self.sale is None:
            return None
        quantities = {
            line_id: Decimal(str(round(spin.value(), 3)))
            for line_id, spin in self.spins
            if spin.value() > 0
        }
        return ReturnRequest(self.sale.number, quantities, str(self.refund.currentData()))  # type: ignore[arg-type]
