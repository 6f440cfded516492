"""Head office's product editor: a new product, or a product's names, codes, unit, price,
tax class, price mode and reorder point, and its place on the touch till's grid (category
and picture: ui/grid_place_fields.py). Saving runs the app's use case on the database
worker (checked there: the permission, head office's ownership of the catalog, every
field); a refusal is shown in the dialog, in the user's language, and the dialog stays."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.app.catalog_editing import CatalogSetup, ProductEdit, save_product
from erp_desktop.app.changes import Done
from erp_desktop.app.records import ProductInfo
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.money import Money
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.grid_place_fields import GridPlaceFields


class ProductEditorDialog(QDialog):
    def __init__(
        self,
        ctx: UiContext,
        setup: CatalogSetup,
        product: ProductInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setup = setup
        self.product = product
        self.saved: ProductInfo | None = None
        self.setObjectName("product_editor")
        self.name, self.name_ar = QLineEdit(), QLineEdit()
        self.sku, self.barcode = QLineEdit(), QLineEdit()
        self.price, self.reorder_point = QLineEdit(), QLineEdit()
        for line, name in (
            (self.name, "product_name"),
            (self.name_ar, "product_name_ar"),
            (self.sku, "product_sku"),
            (self.barcode, "product_barcode"),
            (self.price, "product_price"),
            (self.reorder_point, "product_reorder_point"),
        ):
            line.setObjectName(name)
        self.unit, self.tax_class, self.price_mode = QComboBox(), QComboBox(), QComboBox()
        self.unit.setObjectName("product_unit")
        self.tax_class.setObjectName("product_tax_class")
        self.price_mode.setObjectName("product_price_mode")
        for code in setup.units:
            self.unit.addItem(code, code)
        for code in setup.tax_classes:
            self.tax_class.addItem(code, code)
        for code in setup.price_modes:
            self.price_mode.addItem(code, code)
        self.grid = GridPlaceFields(ctx, setup.categories, product.id if product else None)
        self.labels = [QLabel() for _ in range(11)]
        form = QFormLayout()
        for label, widget in zip(
            self.labels,
            (
                self.name,
                self.name_ar,
                self.sku,
                self.barcode,
                self.unit,
                self.price,
                self.tax_class,
                self.price_mode,
                self.reorder_point,
                self.grid.category_row,
                self.grid.picture_row,
            ),
            strict=True,
        ):
            form.addRow(label, widget)
        self.error = QLabel()
        self.error.setObjectName("product_error")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._fill()
        self.retranslate()

    def _fill(self) -> None:
        p = self.product
        if p is None:
            self.price_mode.setCurrentIndex(self.price_mode.findData("tax_included"))
            self.reorder_point.setText("0")
            return
        self.name.setText(p.name)
        self.name_ar.setText(p.name_ar)
        self.sku.setText(p.sku)
        self.unit.setCurrentIndex(self.unit.findData(p.unit))
        self.price.setText(str(Money.from_minor(p.price_minor, p.currency).amount))
        self.tax_class.setCurrentIndex(self.tax_class.findData(p.tax_class))
        self.price_mode.setCurrentIndex(self.price_mode.findData(p.price_mode))
        self.reorder_point.setText(str(p.reorder_point.normalize()))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New product") if self.product is None else self.tr("Product"))
        texts = (
            self.tr("Name"),
            self.tr("Name in Arabic"),
            self.tr("SKU"),
            self.tr("Barcode to add"),
            self.tr("Unit"),
            self.tr("Price (%1)").replace("%1", self.setup.currency),
            self.tr("Tax class"),
            self.tr("Price mode"),
            self.tr("Reorder point"),
            self.tr("Category (till's grid)"),
            self.tr("Picture"),
        )
        self.grid.retranslate()
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        modes = {"tax_included": self.tr("Tax included"), "tax_excluded": self.tr("Tax excluded")}
        for row in range(self.price_mode.count()):
            code = self.price_mode.itemData(row)
            self.price_mode.setItemText(row, modes.get(code, code))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def edit(self) -> ProductEdit:
        """What the form says, as the use case takes it (decimals typed with a comma too)."""
        return ProductEdit(
            self.product.id if self.product else None,
            self.sku.text(),
            self.name.text(),
            self.name_ar.text(),
            str(self.unit.currentData() or ""),
            _decimal(self.price.text(), "price"),
            str(self.tax_class.currentData() or ""),
            str(self.price_mode.currentData() or ""),
            _decimal(self.reorder_point.text() or "0", "reorder_point"),
            self.barcode.text(),
            category_id=self.grid.category_id(),
            picture=self.grid.picture,
            remove_picture=self.grid.remove_picture,
        )

    def save(self) -> None:
        if self.ctx.actor is None:
            return
        try:
            edit = self.edit()
        except ValidationError as error:
            self._failed(error)
            return
        deps, actor = self.ctx.deps, self.ctx.actor
        self.buttons.setEnabled(False)

        def saved(outcome: Done[ProductInfo]) -> None:
            self.saved = outcome.made
            self.accept()

        self.ctx.db.submit(lambda: save_product(deps, actor, edit), saved, self._failed)

    def _failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(self.ctx.explain(error))


def _decimal(text: str, field: str) -> Decimal:
    try:
        return Decimal(text.strip().replace(" ", "").replace(",", "."))
    except InvalidOperation:
        raise ValidationError("common.invalid_value", field=field, value=text) from None
