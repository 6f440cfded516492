"""Tables and rows derived from a kernel document's declared fields (kernel.documents).

A document's columns are not written out here: each declared field gives its column (money
as ``*_minor`` integers, quantities as ``*_milli`` integers, kernel.quantity's rule), and
the repositories write and read rows through :func:`row_of` and :func:`value_of`. Adding a
field to a document adds its column here by itself; only the migration remains to write.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from sqlalchemy import Column, ForeignKey, Integer, String, Uuid
from sqlalchemy.types import TypeEngine

from erp_desktop.kernel.documents.fields import Field, Kind, scalar_fields, to_row, values_from
from erp_desktop.storage.tables.base import DecimalText, UtcDateTime

T = TypeVar("T")


def _type(field: Field) -> TypeEngine[Any] | type[TypeEngine[Any]]:
    if field.kind in (Kind.MONEY, Kind.QUANTITY, Kind.INT):
        return Integer
    if field.kind is Kind.UUID:
        return Uuid
    if field.kind is Kind.STR:
        return String(field.length)
    if field.kind is Kind.DATETIME:
        return UtcDateTime
    return DecimalText  # DECIMAL, RATE


def declared_columns(
    cls: type, references: Mapping[str, str] | None = None, unique: frozenset[str] = frozenset()
) -> list[Column[Any]]:
    """The columns of ``cls``'s own declared fields but its id (``pk()`` makes that one);
    ``references`` names the column each id field points to (``"registers.id"``)."""
    refs = references or {}
    columns: list[Column[Any]] = []
    for f in scalar_fields(cls):
        if f.name == "id":
            continue
        args: list[Any] = [ForeignKey(refs[f.name])] if f.name in refs else []
        columns.append(
            Column(f.column, _type(f), *args, nullable=f.optional, unique=f.name in unique or None)
        )
    return columns


def row_of(value: Any, **extra: Any) -> dict[str, Any]:
    """The storage row of a declared value (its children are rows of their own tables)."""
    return to_row(value, **extra)


def value_of(cls: type[T], row: Mapping[Any, Any], currency: str, **extra: Any) -> T:
    """The declared value a stored row holds; ``extra`` gives what is not in the row (its
    children, derived figures); money in ``currency`` unless the row has its own."""
    return cls(**values_from(cls, row, currency, wire=False), **extra)
