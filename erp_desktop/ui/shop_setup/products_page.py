"""The wizard's third page: the products, from a CSV file or a workbook (a template to fill
in is offered) or typed into the table. A file with a bad line imports nothing: every
problem is listed with its line number, its sentence and its code."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from erp_desktop.app.records import ProductInfo
from erp_desktop.app.shop_setup.product_file import (
    COLUMNS,
    LineProblem,
    products_of_rows,
    read_product_file,
    write_template,
)
from erp_desktop.kernel.money import Money
from erp_desktop.ui.messages import message
from erp_desktop.ui.tasks import TaskRunner

TABLE_COLUMNS = COLUMNS  # the file's columns, in the template's order


class ProductsPage(QWizardPage):
    def __init__(
        self,
        worker: TaskRunner,
        language: Callable[[], str],
        context: Callable[[], tuple[str, frozenset[str]]],
        parent: QWidget | None = None,
    ) -> None:
        """``context``: the currency and the tax classes of the country chosen before."""
        super().__init__(parent)
        self.worker, self.language, self.context = worker, language, context
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.template_button, self.import_button = QPushButton(), QPushButton()
        self.template_button.setObjectName("save_template")
        self.import_button.setObjectName("import_products")
        self.add_button = QPushButton()
        self.add_button.setObjectName("add_product_line")
        self.template_button.clicked.connect(self._ask_template)
        self.import_button.clicked.connect(self._ask_import)
        self.add_button.clicked.connect(self.add_line)
        self.table = QTableWidget(0, len(TABLE_COLUMNS))
        self.table.setObjectName("products")
        self.problems = QListWidget()
        self.problems.setObjectName("product_problems")
        buttons = QHBoxLayout()
        for button in (self.template_button, self.import_button, self.add_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.problems, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The products"))
        self.intro.setText(
            self.tr(
                "Import them from a CSV file or an Excel workbook (save the template, "
                "fill it in, import it), or type them in. Prices include VAT unless their "
                "price mode is tax_excluded; the tax class is one of the country's. You "
                "may also add products later."
            )
        )
        self.template_button.setText(self.tr("Save the template…"))
        self.import_button.setText(self.tr("Import a file…"))
        self.add_button.setText(self.tr("Add a line"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("SKU"),
                self.tr("Name"),
                self.tr("Name in Arabic"),
                self.tr("Unit"),
                self.tr("Price"),
                self.tr("Tax class"),
                self.tr("Barcode"),
                self.tr("Reorder point"),
                self.tr("Price mode"),
                self.tr("Quantity on the shelf"),
                self.tr("Unit cost"),
            ]
        )
        self.table.resizeColumnsToContents()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _ask_template(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the template"), "products.xlsx", "Excel (*.xlsx);;CSV (*.csv)"
        )
        if path:
            write_template(Path(path), self.context()[1])

    def _ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a file"), "", self.tr("Products (*.csv *.xlsx)")
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Reads ``path`` on the worker; its products replace the table's unless it has a
        problem (then the table is kept and every problem is listed)."""
        currency, classes = self.context()
        self.import_button.setEnabled(False)
        stock: dict[str, tuple[Decimal, Decimal]] = {}

        def read() -> tuple[
            list[ProductInfo], list[LineProblem], dict[str, tuple[Decimal, Decimal]]
        ]:
            products, problems = read_product_file(path, currency, classes, stock)
            return products, problems, stock

        self.worker.submit(read, self._imported, self._failed)

    def _imported(
        self,
        result: tuple[list[ProductInfo], list[LineProblem], dict[str, tuple[Decimal, Decimal]]],
    ) -> None:
        self.import_button.setEnabled(True)
        products, problems, stock = result
        self.show_problems(problems)
        if problems:
            return
        self.table.setRowCount(0)
        for product in products:
            price = Money.from_minor(product.price_minor, product.currency).amount
            held = stock.get(product.sku)
            on_shelf = (str(held[0]), str(held[1])) if held else ("", "")
            self._append(
                (
                    product.sku,
                    product.name,
                    product.name_ar,
                    product.unit,
                    str(price),
                    product.tax_class,
                    product.barcodes[0] if product.barcodes else "",
                    str(product.reorder_point),
                    product.price_mode,
                    *on_shelf,
                )
            )

    def _failed(self, error: Exception) -> None:
        self.import_button.setEnabled(True)
        self.problems.clear()
        self.problems.addItem(str(error))

    def add_line(self) -> None:
        self._append(("", "", "", "pce", "", "standard", "", "0", "tax_included", "", ""))
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        first = self.table.item(self.table.rowCount() - 1, 0)
        if first is not None:
            self.table.editItem(first)

    def _append(self, cells: tuple[str, ...]) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate(cells):
            self.table.setItem(row, column, QTableWidgetItem(text))

    def show_problems(self, problems: list[LineProblem]) -> None:
        self.problems.clear()
        for problem in problems:
            said = f"{message(problem.error, self.language())} ({problem.error.code})"
            if problem.line:
                said = self.tr("Line %1: %2").replace("%1", str(problem.line)).replace("%2", said)
            self.problems.addItem(said)

    def products(
        self, opening: dict[str, tuple[Decimal, Decimal]] | None = None
    ) -> tuple[list[ProductInfo], list[LineProblem]]:
        """The table's products, checked line by line (line 2 is the table's first row, as in
        the file it came from); ``opening`` receives their opening stock."""
        rows = [list(TABLE_COLUMNS)]
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, c) for c in range(len(TABLE_COLUMNS))]
            rows.append([cell.text() if cell is not None else "" for cell in cells])
        currency, classes = self.context()
        return products_of_rows(rows, currency, classes, "", opening)
