"""Quantities: Decimal with the precision of the unit they are counted in.

Pieces are whole, weighed and measured goods keep three decimals (grams, millimetres).
A quantity is never a float; a quantity with more decimals than its unit allows is refused,
not silently rounded, because it usually means a unit mix-up (grams typed as kilograms).

Storage and the wire keep quantities as integer thousandths (``*_milli``), the finest
precision of any unit: :func:`to_milli` refuses what does not fit instead of truncating it
(``int(q * 1000)`` once turned 0.0005 kg into nothing), and :func:`from_milli` gives back
the quantity in its shortest exact form, so a line hashed on the branch and rebuilt from
its payload on the server is the same text.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from erp_desktop.kernel.errors import ValidationError

Quantity = Decimal  # at its unit's precision, never finer than a thousandth
MILLI = Decimal(1000)
MILLI_PLACES = 3


@dataclass(frozen=True, slots=True)
class Unit:
    code: str
    precision: int
    name: str
    name_ar: str


UNITS: dict[str, Unit] = {
    u.code: u
    for u in (
        Unit("pce", 0, "piece", "قطعة"),
        Unit("kg", 3, "kilogram", "كيلوغرام"),
        Unit("g", 0, "gram", "غرام"),
        Unit("l", 3, "litre", "لتر"),
        Unit("m", 3, "metre", "متر"),
        Unit("box", 0, "box", "علبة"),
    )
}


def unit(code: str) -> Unit:
    try:
        return UNITS[code]
    except KeyError:
        raise ValidationError("quantity.unknown_unit", unit=str(code)) from None


def _decimal(value: object) -> Decimal:
    if isinstance(value, float | bool):
        raise ValidationError("quantity.invalid", quantity=str(value))
    try:
        q = value if isinstance(value, Decimal) else Decimal(value)  # type: ignore[arg-type]
    except (InvalidOperation, TypeError, ValueError):
        raise ValidationError("quantity.invalid", quantity=str(value)) from None
    if not q.is_finite():
        raise ValidationError("quantity.invalid", quantity=str(value))
    return q


def _exact(q: Decimal, places: int, unit_code: str) -> Decimal:
    exact = q.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    if exact != q:
        raise ValidationError("quantity.too_precise", quantity=str(q), unit=unit_code)
    return exact


def quantity(value: object, unit_code: str) -> Decimal:
    """A validated quantity of ``unit_code`` (exact at the unit's precision)."""
    u = unit(unit_code)
    return _exact(_decimal(value), u.precision, u.code)


def counted_in(value: Decimal, unit_code: str) -> Decimal:
    """``value`` checked against its unit's precision (pieces whole, kilograms to the gram);
    a unit this table does not know (an imported catalog's own) is held to the thousandth."""
    if unit_code in UNITS:
        return quantity(value, unit_code)
    return _exact(_decimal(value), MILLI_PLACES, unit_code)


def round_quantity(value: Decimal, unit_code: str) -> Decimal:
    """Rounds half-up to the unit's precision (for computed quantities, e.g. from a weight)."""
    u = unit(unit_code)
    return value.quantize(Decimal(1).scaleb(-u.precision), rounding=ROUND_HALF_UP)


def to_milli(value: Decimal) -> int:
    """The quantity in integer thousandths, as storage and the wire keep it; a quantity
    finer than a thousandth is refused (``quantity.too_precise``), never truncated."""
    q = _decimal(value)
    try:
        exact = _exact(q, MILLI_PLACES, "0.001")
    except InvalidOperation:  # too many digits to quantize: certainly not a quantity
        raise ValidationError("quantity.invalid", quantity=str(value)) from None
    return int(exact.scaleb(MILLI_PLACES))


def from_milli(value: int) -> Decimal:
    """The quantity ``value`` thousandths stand for, in its shortest exact form."""
    return Decimal(value) / MILLI


def canonical(value: Decimal) -> Decimal:
    """``value`` as it reads back from storage or the wire (checked, shortest form)."""
    return from_milli(to_milli(value))
