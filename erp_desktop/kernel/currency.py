"""ISO 4217 currencies the product deals in, with their minor units.

The table is explicit rather than read from babel at run time: the number of decimals of a
currency decides how amounts are stored (integer minor units), so it must never change under
our feet with a library upgrade. Tunisia's dinar has 3 decimals (millimes).
"""

from __future__ import annotations

from erp_desktop.kernel.errors import ValidationError

MINOR_UNITS: dict[str, int] = {
    "DZD": 2,
    "MAD": 2,
    "TND": 3,
    "EUR": 2,
    "USD": 2,
    "GBP": 2,
    "CHF": 2,
    "CAD": 2,
    "SAR": 2,
    "AED": 2,
    "TRY": 2,
    "CNY": 2,
    "LYD": 3,
    "MRU": 2,
    "EGP": 2,
    "JPY": 0,
}


def minor_units(currency: str) -> int:
    """Decimals of ``currency``; ``money.unknown_currency`` if we do not deal in it."""
    try:
        return MINOR_UNITS[currency]
    except KeyError:
        raise ValidationError("money.unknown_currency", currency=str(currency)) from None


def check_currency(currency: str) -> str:
    minor_units(currency)
    return currency
