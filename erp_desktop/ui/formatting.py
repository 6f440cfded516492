"""Money, numbers and dates in the user's locale, through babel: the one way the UI shows them.

Babel's narrow no-break spaces are kept: a number written with an ASCII space splits apart
inside right-to-left text. In Arabic every number and amount is wrapped in a left-to-right
isolate (U+2066 ... U+2069) instead of babel's right-to-left marks: without it "-544" shows
as "544-" in an Arabic table, and a negative amount would show one way in a cell formatted
here and another where babel's marks were kept.

What these functions return is a ``Figure``: the shown text that still knows its value, so
an export writes the number itself (``1234.50``), not the text made for the eye.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from babel.dates import format_datetime
from babel.numbers import format_currency, format_decimal, get_decimal_symbol

from erp_desktop.kernel.money import Money

_MARKS = str.maketrans("", "", "\u200e\u200f\u061c\u2066\u2067\u2068\u2069")


class Figure(str):
    """A number as shown to the user, carrying the number itself for exports."""

    value: Decimal

    def __new__(cls, text: str, value: Decimal) -> Figure:
        shown = super().__new__(cls, text)
        shown.value = value
        return shown


def _right_to_left(locale: str) -> bool:
    return locale.split("_")[0] in ("ar", "he", "fa", "ur")


def _shown(text: str, locale: str) -> str:
    plain = text.translate(_MARKS)
    return isolated(plain) if _right_to_left(locale) else plain


def money(value: Money, locale: str) -> Figure:
    return _money(value.amount.as_tuple(), value.amount, value.currency, locale)


def number(value: Decimal, locale: str) -> Figure:
    value = Decimal(value)
    return _number(value.as_tuple(), value, locale)


# A table asks for a cell's text at every size hint and paint: babel takes ~0.15 ms a
# figure, and the till's cart resized its columns over every line at each scan (6 ms of the
# GUI thread per scan at 20 lines, benchmarks/bench_scan_to_line.py). The same figure in
# the same locale is formatted once. The key holds the digits and exponent (as_tuple), so
# 0 and -0, 1.5 and 1.50 stay apart.
@lru_cache(maxsize=16384)
def _money(_key: object, amount: Decimal, currency: str, locale: str) -> Figure:
    text = _shown(str(format_currency(amount, currency, locale=locale)), locale)
    return Figure(text, amount)


@lru_cache(maxsize=16384)
def _number(_key: object, value: Decimal, locale: str) -> Figure:
    return Figure(_shown(str(format_decimal(value, locale=locale)), locale), value)


def count(value: int, locale: str) -> Figure:
    """A whole count (tickets, lines) in the locale's digits and grouping."""
    return number(Decimal(value), locale)


def quantity(value: Decimal, unit: str, locale: str) -> Figure:
    """A quantity with its (translated) unit, kept in one left-to-right piece."""
    shown = str(format_decimal(value, locale=locale)).translate(_MARKS)
    return Figure(isolated(f"{shown} {unit}" if unit else shown), Decimal(value))


def decimal_input(value: Decimal, locale: str) -> str:
    """A decimal for an editable field: no grouping, the locale's decimal separator."""
    return format(Decimal(value), "f").replace(".", get_decimal_symbol(locale))


def parse_decimal_input(text: str, locale: str) -> Decimal | None:
    """What the user typed, read with either separator ("137,69" or "137.69")."""
    cleaned = text.translate(_MARKS).strip()
    for space in ("\u202f", "\u00a0", " "):
        cleaned = cleaned.replace(space, "")
    cleaned = cleaned.replace(get_decimal_symbol(locale), ".").replace(",", ".")
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


def moment(value: datetime, locale: str) -> str:
    return str(format_datetime(value, "short", locale=locale))


def local_name(name: str, name_ar: str, language: str) -> str:
    """A product's or customer's name in the language of the screen: the Arabic name in
    Arabic (the French one when there is none), the French name otherwise."""
    if language == "ar":
        return name_ar or name
    return name or name_ar


def isolated(text: str) -> str:
    """``text`` kept left to right inside right-to-left text (a quantity with its unit,
    a code): without the isolate, "-569 pce" shows as "pce 569-" in an Arabic table."""
    return f"\u2066{text}\u2069"


def plain(cell: str) -> str:
    """A cell for a file: a figure as a plain decimal with a dot, text without marks."""
    if isinstance(cell, Figure):
        return format(cell.value, "f")
    return cell.translate(_MARKS)


_KERNEL_MONEY = re.compile(
    r"^\s*(?:(?P<c1>[A-Z]{3})\s+(?P<a1>-?\d+(?:\.\d+)?)|(?P<a2>-?\d+(?:\.\d+)?)\s+(?P<c2>[A-Z]{3}))\s*$"
)


def money_parameters(params: Mapping[str, Any], locale: str) -> dict[str, Any]:
    """An error's parameters with the kernel's amounts ("6940.00 DZD") in the user's
    locale, so a hint reads "6 940,00 DA" like every other amount on the screen."""
    shown: dict[str, Any] = {}
    for key, value in params.items():
        found = _KERNEL_MONEY.match(value) if isinstance(value, str) else None
        if isinstance(value, Money):
            shown[key] = money(value, locale)
        elif found:
            amount = found.group("a1") or found.group("a2")
            currency = found.group("c1") or found.group("c2")
            shown[key] = money(Money.of(Decimal(amount), currency), locale)
        else:
            shown[key] = value
    return shown


def fixed(value: Decimal, places: int, locale: str) -> Figure:
    """A number with exactly ``places`` decimals ("7,50" hours, not "7,5")."""
    pattern = "#,##0." + "0" * places if places else "#,##0"
    shown = value.quantize(Decimal(1).scaleb(-places)) if places else value.quantize(Decimal(1))
    return Figure(_shown(str(format_decimal(shown, pattern, locale=locale)), locale), shown)
