"""The cashier's cart: lines scanned so far, before checkout.

Until the kernel has quoted the cart, a line shows quantity x price less its discount. Once
quoted (``app.till.checkout.quote``), each line shows what checkout will charge for it, tax
included and after every discount: a 680 DA article priced before 19 % VAT shows 809.20, and
the lines add up to the ticket's total, to the centime. A quote made for an older cart (a
scan since) is ignored.
"""

from __future__ import annotations

from collections.abc import Sequence
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
    unit_price: Decimal  # as on the label: tax included unless the product's mode says not
    scale_price: bool = False  # the price came from a price-embedded scale label
    discount_percent: Decimal = Decimal(0)
    price_overridden: bool = False  # typed at the till (Ctrl+P): checkout asks who allowed it

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
            unit_price=self.unit_price if self.scale_price or self.price_overridden else None,
            price_overridden=self.price_overridden,
        )


class CartTableModel(QAbstractTableModel):
    def __init__(self, locale: str = "fr_DZ") -> None:
        super().__init__()
        self.entries: list[CartEntry] = []
        self.locale = locale
        self.revision = 0  # moves with every change of the lines
        self._quoted: tuple[Money, ...] | None = None

    def _changed(self) -> None:
        self.revision += 1
        self._quoted = None

    def show_quote(self, revision: int, charged: Sequence[Money]) -> None:
        """What checkout charges for each line (tax included), quoted for the cart as it
        was at ``revision``."""
        if revision != self.revision or len(charged) != len(self.entries):
            return
        self._quoted = tuple(charged)
        if self.entries:
            self.dataChanged.emit(self.index(0, 4), self.index(len(self.entries) - 1, 4))

    def line_amount(self, row: int) -> Money:
        """The amount a line shows: as quoted by the kernel, else the cart's own estimate."""
        if self._quoted is not None:
            return self._quoted[row]
        return self.entries[row].amount

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
                money(self.line_amount(index.row()), self.locale),
            )[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            # beside the touch panel on 1024 pixels the name may be cut: in full on hover
            return f"{entry.product.name}\n{entry.product.name_ar}".strip()
        return None

    def add(self, product: ProductInfo, quantity: Decimal, unit_price: Decimal | None) -> int:
        """Adds a scan; the same product at the same price adds up on its line. Returns the row."""
        scale_price = unit_price is not None
        price = (
            unit_price
            if unit_price is not None
            else Money.from_minor(product.price_minor, product.currency).amount
        )
        self._changed()
        for row, entry in enumerate(self.entries):
            if (
                entry.product.id == product.id
                and entry.unit_price == price
                and not scale_price
                and not entry.price_overridden
            ):
                entry.quantity += quantity
                self.dataChanged.emit(self.index(row, 0), self.index(row, 4))
                return row
        self.beginInsertRows(QModelIndex(), len(self.entries), len(self.entries))
        self.entries.append(CartEntry(product, quantity, price, scale_price))
        self.endInsertRows()
        return len(self.entries) - 1

    def set_discount(self, row: int, percent: Decimal) -> None:
        if 0 <= row < len(self.entries):
            self._changed()
            self.entries[row].discount_percent = percent
            self.dataChanged.emit(self.index(row, 0), self.index(row, 4))

    def set_quantity(self, row: int, quantity: Decimal) -> None:
        if 0 <= row < len(self.entries):
            self._changed()
            self.entries[row].quantity = quantity
            self.dataChanged.emit(self.index(row, 0), self.index(row, 4))

    def override_price(self, row: int, unit_price: Decimal) -> None:
        if 0 <= row < len(self.entries):
            self._changed()
            self.entries[row].unit_price = unit_price
            self.entries[row].price_overridden = True
            self.dataChanged.emit(self.index(row, 0), self.index(row, 4))

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.entries):
            self._changed()
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.entries[row]
            self.endRemoveRows()

    def replace(self, entries: list[CartEntry]) -> None:
        self._changed()
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def clear(self) -> None:
        self.replace([])

    def cart_lines(self) -> tuple[CartLine, ...]:
        return tuple(e.as_cart_line() for e in self.entries)
