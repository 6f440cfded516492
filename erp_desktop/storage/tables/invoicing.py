"""Tunisia's daily global invoices of ticket sales, one row each, immutable once written.

The columns are derived from the invoice's wire schema (``kernel.protocol.payloads``,
``global_invoice``), its one declaration: a scalar field is a column of its kind, the ticket
ranges and the per-rate totals (lists) are JSON. A branch has at most one per business day,
and each series is gapless and unique (series, sequence).
"""

from typing import Any

from sqlalchemy import Column, ForeignKey, Index, Integer, String, Table, UniqueConstraint, Uuid

from erp_desktop.kernel.protocol.payloads import PAYLOAD_SCHEMAS
from erp_desktop.storage.tables.base import Json, UtcDateTime, metadata, pk, stamps

SCHEMA = PAYLOAD_SCHEMAS["global_invoice"]
_TYPES: dict[str, Any] = {
    "uuid": Uuid,
    "int": Integer,
    "str": String(64),
    "currency": String(3),
    "number": String(40),
    "datetime": UtcDateTime,
    "date": String(10),
    "decimal": String(40),
}
_REFERENCES = {"branch_id": "branches.id", "issued_by": "users.id"}


def _columns() -> list[Column[Any]]:
    columns: list[Column[Any]] = []
    for name, kind in SCHEMA.items():
        if name == "id":
            continue
        if isinstance(kind, list):
            columns.append(Column(name, Json, nullable=False))
        else:
            refs = [ForeignKey(_REFERENCES[name])] if name in _REFERENCES else []
            columns.append(
                Column(name, _TYPES[kind.rstrip("?")], *refs, nullable=kind.endswith("?"))
            )
    return columns


FIELDS = [name for name in SCHEMA if name != "id"]

global_invoices = Table(
    "global_invoices",
    metadata,
    pk(),
    *_columns(),
    Column("series", String(40), nullable=False),
    Column("sequence", Integer, nullable=False),
    *stamps(),
    UniqueConstraint("number"),
    UniqueConstraint("series", "sequence"),
    UniqueConstraint("branch_id", "business_date"),
    Index("ix_global_invoices_date", "business_date"),
)
