"""A document's fields, declared once on its kernel type; every layer reads them from there.

Each field of a document, line or payment type is a dataclass field carrying a
:class:`Field` in its metadata (made by :func:`declared` or :func:`children`): its kind,
whether it may be empty, whether it travels on the wire, how the wire checks it. From that
one declaration come the wire payload and its schema (kernel.protocol.payloads), the
document rebuilt from a payload (the server), the replica's storage columns and the
server's. A money field named ``total`` is stored and sent as ``total_minor`` (integer
minor units of the currency beside it), a quantity ``quantity`` as ``quantity_milli``
(integer thousandths, kernel.quantity): the names on the wire are those of the columns.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from functools import cache
from typing import Any
from uuid import UUID

from erp_desktop.kernel.money import Money
from erp_desktop.kernel.quantity import from_milli, to_milli


class Kind(StrEnum):
    MONEY = "money"  # Money in the currency of the object (or of its document)
    QUANTITY = "quantity"  # Decimal, integer thousandths in storage and on the wire
    UUID = "uuid"
    STR = "str"
    DATETIME = "datetime"  # timezone-aware
    DECIMAL = "decimal"
    RATE = "rate"  # an exchange rate: a Decimal above 0
    INT = "int"
    CHILDREN = "children"  # a tuple of nested declared values (lines, payments)


_SUFFIX = {Kind.MONEY: "_minor", Kind.QUANTITY: "_milli"}
_WIRE_CHECK = {
    Kind.MONEY: "int",
    Kind.QUANTITY: "int",
    Kind.UUID: "uuid",
    Kind.STR: "str",
    Kind.DATETIME: "datetime",
    Kind.DECIMAL: "decimal",
    Kind.RATE: "rate",
    Kind.INT: "int",
}


@dataclasses.dataclass(frozen=True, slots=True)
class Field:
    """One declared field. ``name`` is the attribute; ``column`` its storage and wire name."""

    name: str
    kind: Kind
    optional: bool = False
    wire: bool = True  # carried by the sync payload (else: the replica's own)
    check: str | None = None  # the wire reader when narrower than the kind's (kernel.protocol)
    length: int | None = None  # the longest text a STR column holds
    item: type | None = None  # CHILDREN: the declared type of each element
    # Its storage and wire name, made once: a checkout reads it some 200 times (issue 19).
    column: str = dataclasses.field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "column", self.name + _SUFFIX.get(self.kind, ""))

    @property
    def wire_check(self) -> str:
        return (self.check or _WIRE_CHECK[self.kind]) + ("?" if self.optional else "")


_KEY = "erp_field"


def declared(
    kind: Kind,
    *,
    optional: bool = False,
    wire: bool = True,
    check: str | None = None,
    length: int | None = None,
    default: Any = dataclasses.MISSING,
    default_factory: Any = dataclasses.MISSING,
) -> Any:
    """A dataclass field declared as ``kind`` (its name comes from the attribute)."""
    spec = {"kind": kind, "optional": optional, "wire": wire, "check": check, "length": length}
    return dataclasses.field(
        default=default, default_factory=default_factory, metadata={_KEY: spec}
    )


def children(item: type, *, wire: bool = True) -> Any:
    """A tuple of nested declared values, e.g. a document's lines."""
    spec = {"kind": Kind.CHILDREN, "optional": False, "wire": wire, "item": item}
    return dataclasses.field(default=(), metadata={_KEY: spec})


_DECLARED: dict[type, tuple[Field, ...]] = {}


def fields_of(cls: type) -> tuple[Field, ...]:
    """The declared fields of ``cls`` in declaration order (undeclared ones are derived
    values, e.g. what credit notes already took back of a line, and never stored)."""
    found = _DECLARED.get(cls)
    if found is None:
        found = tuple(
            Field(f.name, **f.metadata[_KEY]) for f in dataclasses.fields(cls) if _KEY in f.metadata
        )
        _DECLARED[cls] = found
    return found


@cache
def scalar_fields(cls: type, *, wire_only: bool = False) -> tuple[Field, ...]:
    # cached as fields_of is: a class's declarations do not change (a day's rows ask often)
    return tuple(
        f for f in fields_of(cls) if f.kind is not Kind.CHILDREN and (f.wire or not wire_only)
    )


def child_fields(cls: type) -> tuple[Field, ...]:
    return tuple(f for f in fields_of(cls) if f.kind is Kind.CHILDREN)


def wire_schema(cls: type) -> dict[str, Any]:
    """The payload schema of ``cls`` in kernel.protocol's notation."""
    schema: dict[str, Any] = {}
    for f in fields_of(cls):
        if not f.wire:
            continue
        if f.kind is Kind.CHILDREN:
            assert f.item is not None
            schema[f.name] = [wire_schema(f.item)]
        else:
            schema[f.column] = f.wire_check
    return schema


# -- values to and from their stored / wire form ------------------------------------------


def _to_wire(kind: Kind, value: Any) -> Any:
    if value is None:
        return None
    if kind is Kind.MONEY:
        return value.to_minor()
    if kind is Kind.QUANTITY:
        return to_milli(value)
    if kind in (Kind.UUID, Kind.DECIMAL, Kind.RATE):
        return str(value)
    if kind is Kind.DATETIME:
        return value.isoformat()
    return value


def _from_wire(kind: Kind, value: Any, currency: str) -> Any:
    if value is None:
        return None
    if kind is Kind.MONEY:
        return Money.from_minor(value, currency)
    if kind is Kind.QUANTITY:
        return from_milli(value)
    if kind is Kind.UUID:
        return value if isinstance(value, UUID) else UUID(value)
    if kind in (Kind.DECIMAL, Kind.RATE):
        return value if isinstance(value, Decimal) else Decimal(value)
    if kind is Kind.DATETIME:
        return value if isinstance(value, datetime) else datetime.fromisoformat(value)
    return value


def to_payload(value: Any) -> dict[str, Any]:
    """The wire form of a declared value and of its children (JSON-ready)."""
    out: dict[str, Any] = {}
    for f in fields_of(type(value)):
        if not f.wire:
            continue
        v = getattr(value, f.name)
        if f.kind is Kind.CHILDREN:
            out[f.name] = [to_payload(child) for child in v]
        else:
            out[f.column] = _to_wire(f.kind, v)
    return out


def to_row(value: Any, **extra: Any) -> dict[str, Any]:
    """The storage row of a declared value's own fields (children are rows of their own)."""
    row = {}
    cls: type = type(value)
    for column, name, stored in _row_plan(cls):
        v = getattr(value, name)
        row[column] = v if stored is None or v is None else stored(v)
    row.update(extra)
    return row


@cache
def _row_plan(cls: type) -> tuple[tuple[str, str, Callable[[Any], Any] | None], ...]:
    """Each scalar field's column, attribute and what storage keeps of a value of its kind
    (money in minor units, a quantity in thousandths; None: the value as it is), read once
    per class rather than once per row."""
    stored: dict[Kind, Callable[[Any], Any]] = {Kind.MONEY: Money.to_minor, Kind.QUANTITY: to_milli}
    return tuple((f.column, f.name, stored.get(f.kind)) for f in scalar_fields(cls))


def values_from(
    cls: type,
    source: Mapping[Any, Any],
    currency: str,
    *,
    wire: bool,
    make_child: Callable[[type, Mapping[str, Any], str], Any] | None = None,
) -> dict[str, Any]:
    """Keyword arguments for ``cls`` read from a payload (``wire``) or a storage row: the
    declared fields found there; money in ``source['currency']`` when it has one."""
    own = source.get("currency") or currency
    values: dict[str, Any] = {}
    for f in fields_of(cls):
        if wire and not f.wire:
            continue
        if f.kind is Kind.CHILDREN:
            if make_child is not None and f.name in source:
                assert f.item is not None
                item = f.item
                values[f.name] = tuple(make_child(item, c, own) for c in source[f.name])
            continue
        if f.column in source:
            values[f.name] = _from_wire(f.kind, source[f.column], own)
    return values


def wire_child(cls: type, source: Mapping[str, Any], currency: str) -> Any:
    """A child (an allocation, a payment) rebuilt from its wire form, for ``make_child``:
    it has no replica-only field the caller must fill in (a line's position has)."""
    return cls(**values_from(cls, source, currency, wire=True, make_child=wire_child))
