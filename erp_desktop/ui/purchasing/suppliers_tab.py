"""Head office's suppliers: the list (code, both names, country, currency, terms, what they
supply) and the editor of the one chosen or a new one, with its legal identifiers, bank
account (RIB, RIP or IBAN, checked by its key) and the products it supplies (SKU, its own
reference, last price, lead time, pack). At a branch the list is read-only: suppliers are
head office's and come down with the sync."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
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
from erp_desktop.app.purchasing.suppliers import (
    SuppliedRow,
    SupplierEdit,
    SupplierSetup,
    find_suppliers,
    save_supplier,
    skus_of,
    supplied_products,
    supplier_setup,
)
from erp_desktop.kernel.purchasing.suppliers import Supplier
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.formatting import count, decimal_input, parse_decimal_input
from erp_desktop.ui.rows_model import RowsModel

TERMS = ("cash", "net:30", "net:60", "eom:30", "eom:60")
COUNTRIES = ("DZ", "MA", "TN", "FR", "ES", "IT", "DE", "TR", "CN")
CURRENCIES = ("DZD", "MAD", "TND", "EUR", "USD", "CNY")


class SuppliersTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setup: SupplierSetup | None = None
        self.suppliers: list[Supplier] = []
        self.editing: Supplier | None = None
        self.search = QLineEdit()
        self.search.setObjectName("supplier_search")
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.model = RowsModel(self._headers, numeric=(6,))
        self.table = QTableView()
        self.table.setObjectName("suppliers_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.clicked.connect(lambda index: self.edit(self.suppliers[index.row()]))
        self.code, self.name, self.name_ar = QLineEdit(), QLineEdit(), QLineEdit()
        self.code.setObjectName("supplier_code")
        self.name.setObjectName("supplier_name")
        self.name_ar.setObjectName("supplier_name_ar")
        self.country, self.currency, self.terms = QComboBox(), QComboBox(), QComboBox()
        self.country.addItems(COUNTRIES)
        self.currency.addItems(CURRENCIES)
        for code in TERMS:
            self.terms.addItem(code, code)
        self.legal_ids = QLineEdit()
        self.legal_ids.setObjectName("supplier_legal_ids")
        self.bank = QLineEdit()
        self.bank.setObjectName("supplier_bank")
        self.products = QTableWidget(0, 5)
        self.products.setObjectName("supplied_products")
        self.products.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.products.horizontalHeader().setStretchLastSection(True)
        self.add_row, self.new_button, self.save_button = (
            QPushButton(),
            QPushButton(),
            QPushButton(),
        )
        self.save_button.setObjectName("save_supplier")
        self.add_row.clicked.connect(lambda: self.products.insertRow(self.products.rowCount()))
        self.new_button.clicked.connect(lambda: self.edit(None))
        self.save_button.clicked.connect(self.save)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.labels = [QLabel() for _ in range(8)]
        form = QFormLayout()
        # on a 1024-pixel screen the editor has a third of the page: a label goes above its
        # field rather than pushing the page wider than the window
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for label, field in zip(
            self.labels,
            (
                self.code,
                self.name,
                self.name_ar,
                self.country,
                self.currency,
                self.terms,
                self.legal_ids,
                self.bank,
            ),
            strict=True,
        ):
            form.addRow(label, field)
        editor = QVBoxLayout()
        editor.addLayout(form)
        editor.addWidget(self.products)
        buttons = QGridLayout()  # two by two: the three buttons fit a narrow editor
        buttons.addWidget(self.add_row, 0, 0)
        buttons.addWidget(self.new_button, 1, 0)
        buttons.addWidget(self.save_button, 1, 1)
        editor.addLayout(buttons)
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.note)
        left.addWidget(self.table)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(editor, 2)
        ctx.db.data_did_change.connect(self._data_changed)
        self.retranslate()
        self._load()

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Code"),
            self.tr("Name"),
            self.tr("Name in Arabic"),
            self.tr("Country"),
            self.tr("Currency"),
            self.tr("Terms"),
            self.tr("Products"),
        )

    def _terms(self, code: str) -> str:
        kind, _, days = code.partition(":")
        if kind == "net":
            return self.tr("%1 days").replace("%1", days)
        if kind == "eom":
            return self.tr("%1 days end of month").replace("%1", days)
        return self.tr("Cash") if kind == "cash" else code

    def retranslate(self) -> None:
        for index in range(self.terms.count()):
            self.terms.setItemText(index, self._terms(str(self.terms.itemData(index))))
        self.search.setPlaceholderText(self.tr("Code or name (French or Arabic)"))
        for label, text in zip(
            self.labels,
            (
                self.tr("Code"),
                self.tr("Name"),
                self.tr("Name in Arabic"),
                self.tr("Country"),
                self.tr("Currency"),
                self.tr("Payment terms"),
                self.tr("Legal identifiers (nif=…, rc=…)"),
                self.tr("Bank account (RIB, RIP or IBAN)"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.products.setHorizontalHeaderLabels(
            [
                self.tr("SKU"),
                self.tr("Supplier's reference"),
                self.tr("Last price (excl. VAT)"),
                self.tr("Lead time (days)"),
                self.tr("Pack"),
            ]
        )
        self.add_row.setText(self.tr("Add a product"))
        self.new_button.setText(self.tr("New supplier"))
        self.save_button.setText(self.tr("Save the supplier"))
        self.note.setText(self.tr("Suppliers are edited at head office; they come down here."))
        self.model.retranslate()
        self._show_rows()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _load(self) -> None:
        deps, actor = self.ctx.deps, self.ctx.actor
        assert actor is not None

        def got(setup: SupplierSetup) -> None:
            self.setup = setup
            for widget in (self.save_button, self.new_button, self.add_row):
                widget.setEnabled(setup.editable)
            self.note.setVisible(not setup.editable)
            self.refresh()

        self.ctx.db.submit(lambda: supplier_setup(deps, actor), got, self.ctx.report_error)

    def refresh(self) -> None:
        deps, actor, text = self.ctx.deps, self.ctx.actor, self.search.text()
        assert actor is not None

        def show(found: list[Supplier]) -> None:
            self.suppliers = found
            self._show_rows()

        self.ctx.db.submit(lambda: find_suppliers(deps, actor, text), show, self.ctx.report_error)

    def _show_rows(self) -> None:
        locale = self.ctx.languages.locale
        self.model.set_rows(
            [
                (
                    s.code,
                    s.name,
                    s.name_ar,
                    s.country,
                    s.currency,
                    self._terms(s.terms.code),
                    count(len(s.products), locale),
                )
                for s in self.suppliers
            ]
        )

    def edit(self, supplier: Supplier | None) -> None:
        """Fills the editor with ``supplier`` (empty for a new one)."""
        self.editing = supplier
        self.code.setText(supplier.code if supplier else "")
        self.name.setText(supplier.name if supplier else "")
        self.name_ar.setText(supplier.name_ar if supplier else "")
        if supplier:
            self.country.setCurrentText(supplier.country)
            self.currency.setCurrentText(supplier.currency)
            self.terms.setCurrentIndex(max(self.terms.findData(supplier.terms.code), 0))
        elif self.setup is not None:
            self.country.setCurrentText(self.setup.country)
            self.currency.setCurrentText(self.setup.currency)
        self.legal_ids.setText(
            ", ".join(f"{k}={v}" for k, v in supplier.legal_ids) if supplier else ""
        )
        self.bank.setText(supplier.bank_account if supplier else "")
        self.products.setRowCount(0)
        if supplier is None:
            return
        deps, actor = self.ctx.deps, self.ctx.actor
        assert actor is not None
        locale = self.ctx.languages.locale

        def show(skus: dict[object, str]) -> None:
            self.products.setRowCount(len(supplier.products))
            for row, item in enumerate(supplier.products):
                cells = (
                    skus.get(item.product_id, ""),
                    item.reference,
                    decimal_input(item.last_price.amount, locale),
                    str(item.lead_time_days),
                    decimal_input(item.pack, locale),
                )
                for column, text in enumerate(cells):
                    self.products.setItem(row, column, QTableWidgetItem(text))

        self.ctx.db.submit(lambda: skus_of(deps, actor, supplier), show, self.ctx.report_error)

    def _rows(self) -> list[SuppliedRow]:
        locale = self.ctx.languages.locale
        rows = []
        for row in range(self.products.rowCount()):
            cells = [self.products.item(row, c) for c in range(5)]
            texts = [c.text().strip() if c else "" for c in cells]
            if not texts[0]:
                continue
            price = parse_decimal_input(texts[2], locale)
            pack = parse_decimal_input(texts[4] or "1", locale)
            rows.append(
                SuppliedRow(
                    texts[0],
                    texts[1],
                    price if price is not None else Decimal(-1),
                    int(texts[3]) if texts[3].isdigit() else -1,
                    pack if pack is not None else Decimal(0),
                )
            )
        return rows

    def save(self) -> None:
        deps, actor = self.ctx.deps, self.ctx.actor
        assert actor is not None
        ids = {}
        for part in self.legal_ids.text().split(","):
            key, _, value = part.partition("=")
            if key.strip() and value.strip():
                ids[key.strip().lower()] = value.strip()
        rows = self._rows()
        edit = SupplierEdit(
            self.editing.id if self.editing else None,
            self.code.text(),
            self.name.text(),
            self.name_ar.text(),
            self.country.currentText(),
            self.currency.currentText(),
            str(self.terms.currentData()),
            ids,
            self.bank.text(),
        )

        def job() -> Supplier:
            made = replace(edit, products=supplied_products(deps, actor, rows))
            return save_supplier(deps, actor, made).made

        def done(made: Supplier) -> None:
            self.editing = made
            self.note.setVisible(True)
            self.note.setText(
                self.tr("%1 saved; it goes to every branch.").replace("%1", made.code)
            )
            self.refresh()

        self.ctx.db.submit(job, done, self.ctx.report_error)

    def _data_changed(self, changes: frozenset[Changed]) -> None:
        if Changed.SUPPLIERS in changes:
            self.refresh()
