"""A line's quantity changed at the till: checked against the product's unit.

A piece is counted whole, a kilogram to the gram: "1.5" pieces is a slip of the finger
(or kilograms typed for pieces) and is refused, not rounded; nothing is sold by zero or
by a negative quantity (a return goes through F10).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from erp_desktop.app.records import ProductInfo
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.quantity import quantity


def line_quantity(product: ProductInfo, typed: str) -> Decimal:
    """The quantity the cashier typed ("2", "0,750") for ``product``, or a coded error."""
    text = typed.strip().replace(",", ".")
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise ValidationError("quantity.invalid", quantity=typed) from None
    if value.is_finite() and value <= 0:
        raise ValidationError("sales.quantity_not_positive", quantity=typed)
    return quantity(value, product.unit)
