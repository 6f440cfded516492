"""Reading the company's customers for the post-sync comparison with a replica."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, text

from sync_server.db.mergers.customers import CUSTOMER_FIELDS

_COLUMNS = ", ".join(CUSTOMER_FIELDS)


def customer_values(conn: Connection) -> list[tuple[UUID, dict[str, Any]]]:
    """Every customer's id and field values."""
    rows = conn.execute(text(f"SELECT id, {_COLUMNS} FROM crm.customers"))
    return [(r[0], dict(zip(CUSTOMER_FIELDS, r[1:], strict=True))) for r in rows]


def customers_in_buckets(conn: Connection, buckets: Collection[str]) -> list[dict[str, Any]]:
    """The customers (values and field clocks) whose id ends with one of ``buckets``."""
    rows = conn.execute(
        text(
            f"SELECT id, {_COLUMNS}, field_clocks FROM crm.customers "
            "WHERE right(replace(id::text, '-', ''), 2) = ANY(:buckets) ORDER BY id"
        ),
        {"buckets": list(buckets)},
    )
    return [
        {
            "id": str(r[0]),
            **dict(zip(CUSTOMER_FIELDS, r[1:-1], strict=True)),
            "field_clocks": dict(r[-1]),
        }
        for r in rows
    ]
