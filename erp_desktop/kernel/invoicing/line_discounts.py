"""A line's own discount as it passes from an order to its deliveries and invoices.

The discount typed on a quote or an order line (a percent, or an amount off the line) is
taken, on each document that follows it, in proportion to the quantity it takes, rounded to
the currency's minor unit; the part that takes what is left of the line takes exactly what
is left of its discount. So two partial invoices of an order line carry, together, the
order line's discount to the centime (or millime), whatever the rounding of each, and VAT
is computed by each invoice on its discounted base (kernel.sales.totals).
"""

from __future__ import annotations

from decimal import Decimal

from erp_desktop.kernel.documents.business import BusinessLine
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales.totals import Discount


def discount_share(
    source: BusinessLine, quantity: Decimal, taken_quantity: Decimal, taken_discount: Money
) -> Discount | None:
    """The discount a line taking ``quantity`` of ``source`` carries, when earlier documents
    of the same kind took ``taken_quantity`` and ``taken_discount`` of it already; None when
    the source has no discount of its own."""
    if source.discount.is_zero():
        return None
    left = source.discount - taken_discount
    if quantity >= source.quantity - taken_quantity:  # the last part: what is left, exactly
        share = left
    else:
        share = Money.of(
            source.discount.amount * quantity / source.quantity, source.discount.currency
        )
    zero = Money.zero(left.currency)
    return Discount(amount=max(zero, min(share, left)))
