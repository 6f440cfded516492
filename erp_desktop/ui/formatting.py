"""Money, numbers and dates in the user's locale, through babel.

Babel's narrow no-break spaces are kept: a number written with an ASCII space splits apart
inside right-to-left text.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from babel.dates import format_datetime
from babel.numbers import format_currency, format_decimal

from erp_desktop.kernel.money import Money


def money(value: Money, locale: str) -> str:
    return str(format_currency(value.amount, value.currency, locale=locale))


def number(value: Decimal, locale: str) -> str:
    return str(format_decimal(value, locale=locale))


def moment(value: datetime, locale: str) -> str:
    return str(format_datetime(value, "short", locale=locale))


def isolated(text: str) -> str:
    """``text`` kept left to right inside right-to-left text (a quantity with its unit,
    a code): without the isolate, "-569 pce" shows as "pce 569-" in an Arabic table."""
    return f"\u2066{text}\u2069"
