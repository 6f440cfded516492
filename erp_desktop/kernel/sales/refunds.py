"""What a return of part of a sold line refunds: its share of what is left of the line.

Two bottles of oil at 1,190 DA (9 % VAT) sold on one line carry a base of 2,183.49 and VAT
of 196.51 DA. Rounding each partial return on its own (half of the base, half of the VAT,
each rounded up from a half centime) refunds 1,190.01 DA twice: 2,380.02 DA for 2,380 DA
paid, and 0.02 DA left in VAT collected. So each return refunds the line's cumulative share
up to and including it, less what earlier returns already refunded, and the return that
brings the line to its sold quantity takes exactly the remainder. The amount paid (base +
VAT) is shared out that way, the VAT and the discount likewise, and the base is what the
amount leaves after the VAT: the first bottle back refunds 1,190.00 DA (VAT 98.26), the
second 1,190.00 DA (VAT 98.25). Returning everything, in any number of steps, gives back
exactly what was paid, base, VAT and discount each.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from erp_desktop.kernel.sales.totals import returnable


@dataclass(frozen=True, slots=True)
class LineFigures:
    """A line's base, VAT and discount in minor units (sold, or refunded so far)."""

    base_minor: int
    vat_minor: int
    discount_minor: int

    def __add__(self, other: LineFigures) -> LineFigures:
        return LineFigures(
            self.base_minor + other.base_minor,
            self.vat_minor + other.vat_minor,
            self.discount_minor + other.discount_minor,
        )

    def __sub__(self, other: LineFigures) -> LineFigures:
        return LineFigures(
            self.base_minor - other.base_minor,
            self.vat_minor - other.vat_minor,
            self.discount_minor - other.discount_minor,
        )


NOTHING = LineFigures(0, 0, 0)


def _share(total_minor: int, part: Decimal, whole: Decimal) -> int:
    """``total x part / whole`` rounded half-up to a minor unit (half away from zero)."""
    return int((Decimal(total_minor) * part / whole).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def refund_of_line(
    sold_quantity: Decimal,
    sold: LineFigures,
    returned_quantity: Decimal,
    refunded: LineFigures,
    quantity: Decimal,
    line: int,
) -> LineFigures:
    """What returning ``quantity`` more of a line refunds (base, VAT, discount, minor units).

    ``returned_quantity`` and ``refunded`` are what earlier credit notes already took back.
    Refuses returning more than is left of the line (``sales.return_exceeds_sold``).
    """
    returnable(sold_quantity, returned_quantity, quantity, line)
    after = returned_quantity + quantity
    if after == sold_quantity:
        return sold - refunded
    sold_gross = sold.base_minor + sold.vat_minor
    refunded_gross = refunded.base_minor + refunded.vat_minor
    left_gross = sold_gross - refunded_gross
    left = sold - refunded
    # Earlier returns rounded differently (before this rule) may have taken a little more:
    # a partial return never refunds below zero nor more than what is left.
    gross = _between(_share(sold_gross, after, sold_quantity) - refunded_gross, left_gross)
    vat = _between(
        _share(sold.vat_minor, after, sold_quantity) - refunded.vat_minor, left.vat_minor
    )
    if left.base_minor >= 0 and left.vat_minor >= 0:
        # On a line of a few centimes the two shares may round apart (gross 0, VAT 1): the
        # VAT stays within what the amount refunded and the base left can carry, so no
        # figure of this return, nor of the last one, ever goes below zero.
        vat = max(gross - left.base_minor, 0, min(vat, gross, left.vat_minor))
    discount = _between(
        _share(sold.discount_minor, after, sold_quantity) - refunded.discount_minor,
        left.discount_minor,
    )
    return LineFigures(gross - vat, vat, discount)


def _between(value: int, left: int) -> int:
    low, high = (0, left) if left >= 0 else (left, 0)
    return max(low, min(high, value))
