"""The value kinds a payload schema names, each with its reader and its bounds.

A value a branch pushes must fit both the business and the server's column, or it is
refused here with a ``protocol.*`` code naming the field: a date in the year 9999, an
exchange rate of 0, a cost of 1E+999 or a NUL byte in a text once went as far as the
database (or the posting rules) and broke the whole batch with an HTTP 500, which the
branch then re-sent forever. The bounds are the narrower of what the business can mean
and what the column holds (``numeric(20, 6)`` costs and prices, ``numeric(20, 10)`` rates,
``numeric(7, 3)`` VAT rates, ``bigint`` amounts, PostgreSQL text without NUL).

Each reader takes the value, the path of its object and the field's name, and builds the
field's path only when the value is refused: a push carries thousands of fields, and
checking them must cost little more than reading them.
"""

from __future__ import annotations

import base64
import binascii
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from erp_desktop.kernel.errors import ErpError, ValidationError
from erp_desktop.kernel.numbering import parse_number
from erp_desktop.kernel.protocol.fields import read_datetime, read_decimal, read_int, read_uuid

Reader = Callable[[Any, str, str], Any]

EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)  # no branch sold anything before
LATEST = datetime(2100, 1, 1, tzinfo=UTC)  # excluded; far beyond any clock's drift
INT_LIMIT = 10**15  # minor units (10^13 DA) and thousandths: bigint with room to add
AMOUNT_LIMIT = Decimal(10) ** 14  # numeric(20, 6): 14 digits before the point
RATE_LIMIT = Decimal(10) ** 10  # numeric(20, 10)
PERCENT_LIMIT = Decimal(100)  # a VAT rate, numeric(7, 3)
MAX_DECIMAL_PLACES = 30  # a replica's average cost has up to 28 significant digits
MAX_TEXT = 2000
MAX_CLOCKS = 64
MAX_ITEMS = 1000  # values in a free-form object (an alert's parameters)
MAX_DEPTH = 8
YEARS = (EARLIEST.year, LATEST.year - 1)

CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
CURRENCY = re.compile(r"[A-Z]{3}")


def _path(path: str, name: str) -> str:
    return f"{path}.{name}"


def out_of_range(path: str, minimum: Any, maximum: Any) -> ValidationError:
    return ValidationError(
        "protocol.out_of_range", path=path, minimum=str(minimum), maximum=str(maximum)
    )


def clean_text(value: str, path: str, limit: int = MAX_TEXT) -> str:
    """Text PostgreSQL can store and a person can read: no NUL, no lone surrogate."""
    if len(value) > limit:
        raise ValidationError("protocol.bad_value", path=path, expected=f"text of {limit} chars")
    if "\x00" in value:
        raise ValidationError("protocol.bad_value", path=path, expected="text without NUL")
    if not value.isascii():  # only there can a lone surrogate hide
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise ValidationError("protocol.bad_value", path=path, expected="UTF-8 text") from None
    return value


def bounded_datetime(value: datetime, path: str) -> datetime:
    try:
        inside = EARLIEST <= value < LATEST
    except OverflowError:  # an offset that carries it past year 1 or 9999 in UTC
        inside = False
    if not inside:
        raise out_of_range(path, EARLIEST.isoformat(), LATEST.isoformat())
    return value


def _uuid(value: Any, path: str, name: str) -> Any:
    if type(value) is str and CANONICAL_UUID.fullmatch(value):
        return value
    return str(read_uuid(value, _path(path, name)))


def _int(value: Any, path: str, name: str) -> Any:
    if type(value) is not int:
        value = read_int(value, _path(path, name))
    if not -INT_LIMIT <= value <= INT_LIMIT:
        raise out_of_range(_path(path, name), -INT_LIMIT, INT_LIMIT)
    return value


def _read_decimal(value: Any, path: str, name: str) -> Decimal:
    if type(value) is str:
        try:
            result = Decimal(value)
        except InvalidOperation:
            result = None
        if result is not None and result.is_finite():
            return result
    return read_decimal(value, _path(path, name))  # raises with the field's path


@dataclass(frozen=True, slots=True)
class Bounds:
    """Where a decimal kind's values lie: between ``low`` and ``high``, each excluded when
    open (read by this module's reader and by ``quick_readers``' alike)."""

    low: Decimal
    high: Decimal
    low_open: bool
    high_open: bool = True

    def hold(self, value: Decimal) -> bool:
        return (value > self.low if self.low_open else value >= self.low) and (
            value < self.high if self.high_open else value <= self.high
        )


DECIMAL_BOUNDS: dict[str, Bounds] = {
    "decimal": Bounds(-AMOUNT_LIMIT, AMOUNT_LIMIT, low_open=True),
    "rate": Bounds(Decimal(0), RATE_LIMIT, low_open=True),
    "percent": Bounds(Decimal(0), PERCENT_LIMIT, low_open=False, high_open=False),
}


def _bounded(bounds: Bounds) -> Reader:
    """Decimals within ``bounds``, at most 30 places."""
    low, high = bounds.low, bounds.high

    def read(value: Any, path: str, name: str) -> Any:
        result = _read_decimal(value, path, name)
        inside = bounds.hold(result)
        if inside and (len(value) > MAX_DECIMAL_PLACES or "e" in value or "E" in value):
            exponent = result.as_tuple().exponent  # a short plain text has few places
            inside = not isinstance(exponent, int) or exponent >= -MAX_DECIMAL_PLACES
        if not inside:
            raise out_of_range(_path(path, name), low, high)
        return str(result)

    return read


def _datetime(value: Any, path: str, name: str) -> Any:
    result = None
    if type(value) is str:
        try:
            result = datetime.fromisoformat(value)
        except ValueError:
            result = None
    if result is None or result.tzinfo is None:
        result = read_datetime(value, _path(path, name))  # raises with the field's path
    return bounded_datetime(result, _path(path, name)).isoformat()


def _date(value: Any, path: str, name: str) -> Any:
    """A calendar date (a business day), ISO 8601, within the years documents may carry."""
    if type(value) is not str:
        raise ValidationError("protocol.wrong_type", path=_path(path, name), expected="date")
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise ValidationError(
            "protocol.bad_value", path=_path(path, name), expected="date"
        ) from None
    if not YEARS[0] <= day.year <= YEARS[1]:
        raise out_of_range(_path(path, name), *YEARS)
    return day.isoformat()


def _str(value: Any, path: str, name: str) -> Any:
    if type(value) is not str:
        raise ValidationError("protocol.wrong_type", path=_path(path, name), expected="string")
    return clean_text(value, _path(path, name))


def _currency(value: Any, path: str, name: str) -> Any:
    text = _str(value, path, name)
    if not CURRENCY.fullmatch(text):
        raise ValidationError(
            "protocol.bad_value", path=_path(path, name), expected="ISO 4217 currency code"
        )
    return text


def _number(value: Any, path: str, name: str) -> Any:
    """A document number as the numbering rules make it: series, year, sequence from 1."""
    text = _str(value, path, name)
    try:
        number = parse_number(text)
    except ErpError:
        raise ValidationError(
            "protocol.bad_value", path=_path(path, name), expected="document number"
        ) from None
    if not YEARS[0] <= number.year <= YEARS[1]:
        raise out_of_range(f"{_path(path, name)}.year", *YEARS)
    return text


def _clocks(value: Any, path: str, name: str) -> Any:
    """A customer's clock per field: a few short texts by short name."""
    where = _path(path, name)
    if not isinstance(value, Mapping):
        raise ValidationError("protocol.wrong_type", path=where, expected="object")
    if len(value) > MAX_CLOCKS:
        raise out_of_range(where, 0, MAX_CLOCKS)
    for key, clock in value.items():
        clean_text(str(key), where, 64)
        if type(clock) is not str:
            raise ValidationError("protocol.wrong_type", path=f"{where}.{key}", expected="string")
        clean_text(clock, f"{where}.{key}", 64)
    return dict(value)


def _json(value: Any, where: str, depth: int, budget: list[int]) -> None:
    """Any JSON PostgreSQL's jsonb takes: clean text, finite numbers, bounded in size."""
    budget[0] -= 1
    if budget[0] < 0 or depth > MAX_DEPTH:
        raise out_of_range(where, 0, f"{MAX_ITEMS} values, {MAX_DEPTH} levels")
    if isinstance(value, str):
        clean_text(value, where)
    elif isinstance(value, float) and not math.isfinite(value):
        raise ValidationError("protocol.bad_value", path=where, expected="finite number")
    elif isinstance(value, Mapping):
        for key, item in value.items():
            clean_text(str(key), where, 64)
            _json(item, f"{where}.{key}", depth + 1, budget)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            _json(item, f"{where}[{i}]", depth + 1, budget)


def _object(value: Any, path: str, name: str) -> Any:
    where = _path(path, name)
    if not isinstance(value, Mapping):
        raise ValidationError("protocol.wrong_type", path=where, expected="object")
    _json(value, where, 0, [MAX_ITEMS])
    return dict(value)


def _bool(value: Any, path: str, name: str) -> Any:
    if type(value) is not bool:
        raise ValidationError("protocol.wrong_type", path=_path(path, name), expected="boolean")
    return value


def _civil_date(value: Any, path: str, name: str) -> Any:
    """A date of a person's life (a birth, a hiring), ISO 8601, from 1900 on."""
    if type(value) is not str:
        raise ValidationError("protocol.wrong_type", path=_path(path, name), expected="date")
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise ValidationError(
            "protocol.bad_value", path=_path(path, name), expected="date"
        ) from None
    if not 1900 <= day.year <= YEARS[1]:
        raise out_of_range(_path(path, name), 1900, YEARS[1])
    return day.isoformat()


THUMBNAIL_BYTES = 32768  # a product's picture for the till's grid (server's 0023)


def _thumbnail(value: Any, path: str, name: str) -> Any:
    """A small picture as base64 text (a JSON payload holds no bytes): 1 to 32 KiB."""
    if type(value) is not str:
        raise ValidationError("protocol.wrong_type", path=_path(path, name), expected="string")
    try:
        size = len(base64.b64decode(value, validate=True))
    except (binascii.Error, ValueError):
        raise ValidationError(
            "protocol.bad_value", path=_path(path, name), expected="base64 text"
        ) from None
    if not 0 < size <= THUMBNAIL_BYTES:
        raise out_of_range(_path(path, name), 1, THUMBNAIL_BYTES)
    return value


SCALARS: dict[str, Reader] = {
    "uuid": _uuid,
    "int": _int,
    **{kind: _bounded(bounds) for kind, bounds in DECIMAL_BOUNDS.items()},
    "datetime": _datetime,
    "date": _date,
    "str": _str,
    "currency": _currency,
    "number": _number,
    "clocks": _clocks,
    "object": _object,
    "bool": _bool,
    "civil_date": _civil_date,
    "thumbnail": _thumbnail,  # a product's picture (head office's catalog editor)
}
