"""The cashier's cart: lines scanned so far, before checkout.

The amounts shown per line are quantity x price less the line discount; the ticket's total
is not added up here but quoted by the kernel (``app.till.checkout.quote``), so the screen
shows to the centime what checkout will charge.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from erp_desktop.app.records import ProductInfo
from erp_desktop.app.till.checkout import CartLine
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Discount
from erp_desktop.ui.formatting import money, number

Index = QModelIndex | QPersistentModelIndex
HUNDRED = Decimal(100)


@dataclass
class CartEntry:
    product: ProductInfo
    quantity: Decimal
    unit_price: Decimal  # tax included, as displayed
    scale_price: bool = False  # the price came from a price-embedded scale label
    discount_percent: Decimal = Decimal(0)

    @property
    def amount(self) -> Money:
        gross = self.quantity * self.unit_price
        return Money.of(gross - gross * self.discount_percent / HUNDRED, self.product.currency)

    def as_cart_line(self) -> CartLine:
        discount = Discount(percent=self.discount_percent) if self.discount_percent else None
        return CartLine(
            self.product.id,
            self.quantity,
            discount=discount,
            unit_price=self.unit_price if self.scale_price else None,
        )


class CartTableModel(QAbstractTableModel):
    def __init__(self, locale: str = "fr_DZ") -> None:
        super().__init__()
        self.entries: list[CartEntry] = []
        self.locale = locale

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (
                self.tr("Article"),
                self.tr("Qty"),
                self.tr("Price"),
                self.tr("Discount"),
                self.tr("Amount"),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            arabic = self.locale.startswith("ar")
            name = entry.product.name_ar if arabic and entry.product.name_ar else entry.product.name
            discount = (
                f"{number(entry.discount_percent, self.locale)} %" if entry.discount_percent else ""
            )
            return (
                name,
                number(entry.quantity, self.locale),
                money(Money.of(entry.unit_price, entry.product.currency), self.locale),
                discount,
                money(entry.amount, self.locale),
            )[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def add(self, product: ProductInfo, quantity: Decimal, unit_price: Decimal | None) -> int:
        """Adds a scan; the same product at the same price adds up on its line. Returns the row."""
        scale_price = unit_price is not None
        price = (
            unit_price
            if unit_price is not None
            else Money.from_minor(product.price_minor, product.currency).amount
        )
        for row, entry in enumerate(self.entries):
            if entry.product.id == product.id and entry.unit_price == price and not scale_price:
                entry.quantity += quantity
                self.dataChanged.emit(self.index(row, 0), self.index(row, 4))
                return row
        self.beginInsertRows(QModelIndex(), len(self.entries), len(self.entries))
        self.entries.append(CartEntry(product, quantity, price, scale_price))
        self.endInsertRows()
        return len(self.entries) - 1

    def set_discount(self, row: int, percent: Decimal) -> None:
        if 0 <= row < len(self.entries):
            self.entries[row].discount_percent = percent
            self.dataChanged.emit(self.index(row, 0), self.index(row, 4))

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.entries):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.entries[row]
            self.endRemoveRows()

    def replace(self, entries: list[CartEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def clear(self) -> None:
        self.replace([])

    def cart_lines(self) -> tuple[CartLine, ...]:
        return tuple(e.as_cart_line() for e in self.entries)
