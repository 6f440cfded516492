"""The usual value of a kind taken at the cost of a type test, or left to its reader.

A push reads its payloads field by field: 4,919 stock movements are 44,000 fields, and
each went through two calls (the field's required-or-optional wrapper, then the kind's
reader, each taking the object's path and the field's name). A quick reader takes the
value alone and returns what the kind's reader (``readers.SCALARS``) returns for it, or
``SLOW`` when the value is anything but the plain usual one: then the whole object is
read again by the readers that say what is wrong. A quick reader never refuses and never
accepts what the reader would refuse; it may send a good value the slow way (a text out
of ASCII, a decimal written with an exponent), which only costs time.
``tests/kernel/test_quick_readers.py`` holds each to its reader.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, Final

from erp_desktop.kernel.protocol.readers import (
    CANONICAL_UUID,
    CURRENCY,
    DECIMAL_BOUNDS,
    EARLIEST,
    INT_LIMIT,
    LATEST,
    MAX_DECIMAL_PLACES,
    MAX_TEXT,
    YEARS,
    Bounds,
)


class _Slow:
    """The one value a quick reader returns for "read it the slow way"."""

    def __repr__(self) -> str:
        return "SLOW"


SLOW: Final = _Slow()

QuickReader = Callable[[Any], Any]

_is_uuid = CANONICAL_UUID.fullmatch
_is_currency = CURRENCY.fullmatch


def _uuid(value: Any) -> Any:
    return value if type(value) is str and _is_uuid(value) else SLOW


def _int(value: Any) -> Any:
    return value if type(value) is int and -INT_LIMIT <= value <= INT_LIMIT else SLOW


def _str(value: Any) -> Any:
    # ASCII holds no lone surrogate; other text goes the slow way, which checks it
    if type(value) is str and len(value) <= MAX_TEXT and value.isascii() and "\x00" not in value:
        return value
    return SLOW


def _currency(value: Any) -> Any:
    return value if type(value) is str and _is_currency(value) else SLOW


def _bool(value: Any) -> Any:
    return value if type(value) is bool else SLOW


def _bounded(bounds: Bounds) -> QuickReader:
    """As ``readers._bounded``: a short plain decimal text (no exponent, so its places
    are within bounds by its length) inside the bounds, as its normalized text."""

    def read(value: Any) -> Any:
        if (
            type(value) is not str
            or len(value) > MAX_DECIMAL_PLACES
            or "e" in value
            or "E" in value
        ):
            return SLOW
        try:
            result = Decimal(value)
        except InvalidOperation:
            return SLOW
        if not result.is_finite():
            return SLOW
        return str(result) if bounds.hold(result) else SLOW

    return read


def _datetime(value: Any) -> Any:
    if type(value) is not str:
        return SLOW
    try:
        result = datetime.fromisoformat(value)
    except ValueError:
        return SLOW
    if result.tzinfo is None:
        return SLOW
    try:
        inside = EARLIEST <= result < LATEST
    except OverflowError:
        return SLOW
    return result.isoformat() if inside else SLOW


def _date(value: Any) -> Any:
    if type(value) is not str:
        return SLOW
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return SLOW
    return day.isoformat() if YEARS[0] <= day.year <= YEARS[1] else SLOW


QUICK: dict[str, QuickReader] = {
    "uuid": _uuid,
    "int": _int,
    **{kind: _bounded(bounds) for kind, bounds in DECIMAL_BOUNDS.items()},
    "datetime": _datetime,
    "date": _date,
    "str": _str,
    "currency": _currency,
    "bool": _bool,
}


def _optional(quick: QuickReader) -> QuickReader:
    return lambda value: None if value is None else quick(value)


def quick_reader(kind: str) -> QuickReader | None:
    """The quick reader of a schema's scalar kind (``?`` optional), None for a kind read
    only the slow way (clocks, free objects, numbers, pictures)."""
    quick = QUICK.get(kind.rstrip("?"))
    if quick is None or not kind.endswith("?"):
        return quick  # a required field's None is SLOW: no quick reader takes it
    return _optional(quick)
