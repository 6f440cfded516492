"""Point movements as the server keeps them: appended once each (a replayed push changes
nothing), and every site's movements of a customer read back for the overdraft replay."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, text

from sync_server.db.json_rows import columns_of, rows_param

_COLUMNS = (
    "id uuid, customer_id uuid, kind text, points integer, at timestamptz, site text, "
    "source_id uuid, lot_month text, lot_id uuid, actor_id uuid"
)
_INSERT = text(
    f"""
    INSERT INTO crm.loyalty_movements (branch_id, id, customer_id, kind, points, at, site,
        source_id, lot_month, lot_id, actor_id)
    SELECT CAST(:branch AS uuid), id, customer_id, kind, points, at, site, source_id,
        lot_month, lot_id, actor_id
    FROM (SELECT {columns_of(_COLUMNS)}
          FROM jsonb_array_elements(CAST(:rows AS jsonb)) AS r) AS m
    ON CONFLICT (branch_id, id) DO NOTHING
    RETURNING customer_id
    """
)


def insert_movements(
    conn: Connection, branch_id: UUID, movements: Sequence[tuple[Mapping[str, Any], UUID | None]]
) -> set[str]:
    """Inserts the movements not already there; returns the customers that got new ones."""
    result = conn.execute(
        _INSERT,
        {
            "branch": str(branch_id),
            "rows": rows_param(
                [
                    (
                        p["id"],
                        p["customer_id"],
                        p["kind"],
                        p["points"],
                        p["at"],
                        p["site"],
                        p["source_id"],
                        p["lot_month"],
                        p["lot_id"],
                        actor,
                    )
                    for p, actor in movements
                ]
            ),
        },
    )
    return {str(r[0]) for r in result}


def movements_of(conn: Connection, customers: Collection[str]) -> list[dict[str, Any]]:
    """Every site's movements of ``customers``, each id once, in the wire's shape."""
    if not customers:
        return []
    rows = conn.execute(
        text(
            "SELECT DISTINCT ON (id) id, customer_id, kind, points, at, site, source_id, "
            "lot_month, lot_id FROM crm.loyalty_movements "
            "WHERE customer_id = ANY(CAST(:customers AS uuid[])) ORDER BY id, branch_id"
        ),
        {"customers": list(customers)},
    ).mappings()
    return [dict(r) for r in rows]


def known_customers(conn: Connection, ids: Collection[str]) -> set[str]:
    rows = conn.execute(
        text("SELECT id FROM crm.customers WHERE id = ANY(CAST(:ids AS uuid[]))"),
        {"ids": list(set(ids))},
    )
    return {str(r[0]) for r in rows}
