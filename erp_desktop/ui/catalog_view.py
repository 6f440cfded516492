"""The catalog as head office edits it: the products with their price, tax class and
price mode, a search (name in French or Arabic, SKU, barcode), and the product editor for
a new product or the one chosen, and the import of a CSV or xlsx file of products with their
categories and pictures (app/catalog_import.py). What is saved goes to every branch with the
next sync.

At a branch the list is shown read-only with a note: the catalog is head office's (the app
layer refuses an edit there anyway, by the kernel's ownership table).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.app.catalog_editing import CatalogSetup, catalog_products, catalog_setup
from erp_desktop.app.catalog_import import CatalogImport, import_catalog
from erp_desktop.app.changes import Changed
from erp_desktop.app.records import ProductInfo
from erp_desktop.kernel.money import Money
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.formatting import money
from erp_desktop.ui.product_editor_dialog import ProductEditorDialog
from erp_desktop.ui.rows_model import RowsModel

SEARCH_PAUSE_MS = 120


class CatalogView(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setup: CatalogSetup | None = None
        self.products: list[ProductInfo] = []
        self.search = QLineEdit()
        self.search.setObjectName("catalog_search")
        self.search.setClearButtonEnabled(True)
        self.model = RowsModel(self._headers, numeric=(3,))
        self.table = QTableView()
        self.table.setObjectName("catalog_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.new_button, self.edit_button = QPushButton(), QPushButton()
        self.new_button.setObjectName("new_product")
        self.edit_button.setObjectName("edit_product")
        self.new_button.clicked.connect(lambda: self.open_editor(None))
        self.edit_button.clicked.connect(self.edit_selected)
        self.import_button = QPushButton()
        self.import_button.setObjectName("import_products")
        self.import_button.clicked.connect(self.ask_import)
        self.ask_import_path: Callable[[], str] = self._ask_import_path  # replaced in tests
        self.import_report = QLabel()
        self.import_report.setObjectName("import_report")
        self.import_report.setWordWrap(True)
        self.import_report.hide()
        self.note = QLabel()
        self.note.setObjectName("catalog_note")
        self.note.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.import_report)
        layout.addWidget(self.table)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_PAUSE_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        ctx.db.data_did_change.connect(self._data_changed)
        self.retranslate()
        self._load_setup()

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("SKU"),
            self.tr("Name"),
            self.tr("Name in Arabic"),
            self.tr("Price"),
            self.tr("Tax class"),
            self.tr("Price mode"),
        )

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Name (French or Arabic), SKU or barcode"))
        self.new_button.setText(self.tr("New product"))
        self.edit_button.setText(self.tr("Edit…"))
        self.import_button.setText(self.tr("Import a file…"))
        self.model.retranslate()
        self._show_setup()
        self._show_rows()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _load_setup(self) -> None:
        if self.ctx.actor is None:
            return
        deps, actor = self.ctx.deps, self.ctx.actor

        def got(setup: CatalogSetup) -> None:
            self.setup = setup
            self._show_setup()
            self.refresh()

        self.ctx.db.submit(lambda: catalog_setup(deps, actor), got, self.ctx.report_error)

    def _show_setup(self) -> None:
        editable = self.setup is not None and self.setup.editable
        self.new_button.setEnabled(editable)
        self.edit_button.setEnabled(editable)
        self.import_button.setEnabled(editable)
        self.note.setVisible(self.setup is not None and not editable)
        self.note.setText(
            self.tr("The catalog and its prices are edited at head office; they come down here.")
        )

    def refresh(self) -> None:
        if self.ctx.actor is None:
            return
        text = self.search.text()
        deps, actor = self.ctx.deps, self.ctx.actor

        def show(found: list[ProductInfo]) -> None:
            if self.search.text() != text:
                return
            self.products = found
            self._show_rows()

        self.ctx.db.submit(lambda: catalog_products(deps, actor, text), show, self.ctx.report_error)

    def _show_rows(self) -> None:
        locale = self.ctx.languages.locale
        modes = {"tax_included": self.tr("Tax included"), "tax_excluded": self.tr("Tax excluded")}
        self.model.set_rows(
            [
                (
                    p.sku,
                    p.name,
                    p.name_ar,
                    money(Money.from_minor(p.price_minor, p.currency), locale),
                    p.tax_class,
                    modes.get(p.price_mode, p.price_mode),
                )
                for p in self.products
            ]
        )
        self.table.resizeColumnToContents(0)

    def selected(self) -> ProductInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.products[rows[0].row()] if rows else None

    def edit_selected(self) -> ProductEditorDialog | None:
        product = self.selected()
        return self.open_editor(product) if product is not None else None

    def open_editor(self, product: ProductInfo | None) -> ProductEditorDialog | None:
        """Opens the editor (modeless, so a test or a second screen can drive it)."""
        if self.setup is None or not self.setup.editable:
            return None
        dialog = ProductEditorDialog(self.ctx, self.setup, product, self)
        dialog.open()
        return dialog

    # --- import -------------------------------------------------------------------------------
    def _ask_import_path(self) -> str:
        chosen, _kind = QFileDialog.getOpenFileName(
            self,
            self.tr("Import products"),
            str(Path.home()),
            self.tr("Products (*.csv *.xlsx)"),
        )
        return chosen

    def ask_import(self) -> None:
        chosen = self.ask_import_path()
        if chosen:
            self.import_file(Path(chosen))

    def import_file(self, path: Path) -> None:
        """Reads, checks and imports on the database worker; says what it did, or every
        problem by line."""
        if self.ctx.actor is None or self.setup is None or not self.setup.editable:
            return
        deps, actor = self.ctx.deps, self.ctx.actor
        self.import_button.setEnabled(False)
        self.ctx.db.submit(
            lambda: import_catalog(deps, actor, path), self._imported, self._import_failed
        )

    def _imported(self, made: CatalogImport) -> None:
        self.import_button.setEnabled(True)
        self.import_report.show()
        if made.problems:
            self.import_report.setStyleSheet("color: #b00020;")
            said = [
                self.tr("Line %1: %2")
                .replace("%1", str(p.line))
                .replace("%2", self.ctx.explain(p.error))
                for p in made.problems
            ]
            self.import_report.setText(
                self.tr("Nothing was imported; correct the file:") + "\n" + "\n".join(said)
            )
            return
        self.import_report.setStyleSheet("")
        self.import_report.setText(
            self.tr("Imported: %1 new product(s), %2 changed, %3 new categories, %4 pictures.")
            .replace("%1", str(made.created))
            .replace("%2", str(made.updated))
            .replace("%3", str(made.categories))
            .replace("%4", str(made.pictures))
        )

    def _import_failed(self, error: Exception) -> None:
        self.import_button.setEnabled(True)
        self.import_report.show()
        self.import_report.setStyleSheet("color: #b00020;")
        self.import_report.setText(self.ctx.explain(error))

    def _data_changed(self, changes: frozenset[Changed]) -> None:
        if Changed.CATALOG in changes:
            self._load_setup()  # the grid's categories too, for the next editor; then the list
