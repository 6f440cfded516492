"""Quantities: Decimal with the precision of the unit they are counted in.

Pieces are whole, weighed and measured goods keep three decimals (grams, millimetres).
A quantity is never a float; a quantity with more decimals than its unit allows is refused,
not silently rounded, because it usually means a unit mix-up (grams typed as kilograms).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from erp_desktop.kernel.errors import ValidationError


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


def quantity(value: object, unit_code: str) -> Decimal:
    """A validated quantity of ``unit_code`` (exact at the unit's precision)."""
    u = unit(unit_code)
    if isinstance(value, float | bool):
        raise ValidationError("quantity.invalid", quantity=str(value))
    try:
        q = Decimal(value) if not isinstance(value, Decimal) else value  # type: ignore[arg-type]
    except (InvalidOperation, TypeError, ValueError):
        raise ValidationError("quantity.invalid", quantity=str(value)) from None
    if not q.is_finite():
        raise ValidationError("quantity.invalid", quantity=str(value))
    exact = q.quantize(Decimal(1).scaleb(-u.precision), rounding=ROUND_HALF_UP)
    if exact != q:
        raise ValidationError("quantity.too_precise", quantity=str(q), unit=u.code)
    return exact


def round_quantity(value: Decimal, unit_code: str) -> Decimal:
    """Rounds half-up to the unit's precision (for computed quantities, e.g. from a weight)."""
    u = unit(unit_code)
    return value.quantize(Decimal(1).scaleb(-u.precision), rounding=ROUND_HALF_UP)
