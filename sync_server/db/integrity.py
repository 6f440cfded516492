"""The server's tamper checks, read with head-office scope: every column of a finalized
sales document that a report or a posting reads must equal its chained payload, its
payments must be the payload's, and every stock level must equal the sum of its movements.

The payload itself is checked against the hash chain by the reconciliation; together they
mean an altered column (``total_minor``, which the sales report reads) no longer goes
unnoticed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, text

from erp_desktop.kernel.ids import new_id
from sync_server.db.mergers.sales import PAYLOAD_COLUMNS


def _differs(column: str, payload_value: str) -> str:
    return f"CASE WHEN {column} IS DISTINCT FROM {payload_value} THEN '{column}' END"


def _from_payload(column: str, kind: str) -> str:
    value = f"payload->>'{column}'"
    return value if kind == "text" else f"CAST({value} AS {kind})"


# Every column the merge writes (``mergers.sales.DOCUMENT_COLUMNS``) against the payload:
# the payload's own fields, then what the server derived from them.
_CHECKS = ", ".join(
    [_differs(c, _from_payload(c, kind)) for c, kind in PAYLOAD_COLUMNS]
    + [
        _differs(
            "business_date",
            "CAST(CAST(payload->>'issued_at' AS timestamptz) AT TIME ZONE :zone AS date)",
        ),
        _differs("series", "regexp_replace(payload->>'number', '-[0-9]+$', '')"),
        _differs("sequence", "CAST(substring(payload->>'number' from '([0-9]+)$') AS integer)"),
    ]
)


def documents_unlike_their_payload(conn: Connection, zone: str) -> list[tuple[str, list[str]]]:
    """(number, columns that differ from the payload) of every sales document that has any."""
    rows = conn.execute(
        text(
            f"SELECT number, wrong FROM (SELECT number, array_remove(ARRAY[{_CHECKS}], NULL) "
            "AS wrong FROM sales.documents) AS d WHERE cardinality(wrong) > 0 ORDER BY number"
        ),
        {"zone": zone},
    )
    return [(r[0], list(r[1])) for r in rows]


def documents_with_other_payments(conn: Connection) -> list[str]:
    """Numbers of the documents whose payment rows are not the payload's payments."""
    rows = conn.execute(
        text(
            "SELECT d.number FROM sales.documents d WHERE "
            "(SELECT coalesce(jsonb_agg(jsonb_build_array(p.id, p.tender, p.amount_minor, "
            "p.currency, p.rate, p.reference) ORDER BY p.id), '[]') FROM sales.payments p "
            "WHERE p.document_id = d.id) IS DISTINCT FROM "
            "(SELECT coalesce(jsonb_agg(jsonb_build_array(CAST(e->>'id' AS uuid), e->>'tender', "
            "CAST(e->>'amount_minor' AS bigint), e->>'currency', CAST(e->>'rate' AS numeric), "
            "e->>'reference') ORDER BY CAST(e->>'id' AS uuid)), '[]') "
            "FROM jsonb_array_elements(d.payload->'payments') AS e) ORDER BY d.number"
        )
    )
    return [r[0] for r in rows]


def levels_unlike_movements(conn: Connection) -> list[tuple[str, str, int, int]]:
    """(branch, product, level, sum of movements) wherever a stock level is not the sum of
    its movements (a level is derived: only an edit outside the merge can make it differ)."""
    rows = conn.execute(
        text(
            "SELECT b.code, p.sku, coalesce(l.quantity_milli, 0), coalesce(m.total, 0) FROM "
            "(SELECT warehouse_id, product_id, sum(quantity_milli) AS total "
            "FROM inventory.stock_movements GROUP BY warehouse_id, product_id) AS m "
            "FULL JOIN inventory.stock_levels l "
            "ON l.warehouse_id = m.warehouse_id AND l.product_id = m.product_id "
            "JOIN inventory.warehouses w ON w.id = coalesce(l.warehouse_id, m.warehouse_id) "
            "JOIN auth.branches b ON b.id = w.branch_id "
            "JOIN inventory.products p ON p.id = coalesce(l.product_id, m.product_id) "
            "WHERE coalesce(l.quantity_milli, 0) <> coalesce(m.total, 0) ORDER BY b.code, p.sku"
        )
    )
    return [(r[0], r[1], int(r[2]), int(r[3])) for r in rows]


def series_documents(conn: Connection) -> Iterator[tuple[str, list[tuple[int, Mapping[str, Any]]]]]:
    """Each register's series with (sequence, payload) of its documents in sequence order."""
    series = (
        conn.execute(text("SELECT DISTINCT series FROM sales.documents ORDER BY series"))
        .scalars()
        .all()
    )
    for name in series:
        rows = conn.execute(
            text(
                "SELECT sequence, payload FROM sales.documents WHERE series = :s ORDER BY sequence"
            ),
            {"s": name},
        )
        yield name, [(int(r[0]), r[1]) for r in rows]


def branch_of_series(conn: Connection, series: str) -> UUID | None:
    return conn.execute(
        text("SELECT branch_id FROM sales.documents WHERE series = :s LIMIT 1"), {"s": series}
    ).scalar()


def branch_by_code(conn: Connection, code: str) -> UUID | None:
    return conn.execute(text("SELECT id FROM auth.branches WHERE code = :c"), {"c": code}).scalar()


def raise_alert(conn: Connection, branch_id: UUID, kind: str, params: Mapping[str, Any]) -> bool:
    """Records a finding for head office once: the same kind and params are not repeated."""
    body = json.dumps(dict(params), default=str, sort_keys=True)
    exists = conn.execute(
        text(
            "SELECT 1 FROM sync.alerts WHERE branch_id = :b AND kind = :k "
            "AND params = CAST(:p AS jsonb) LIMIT 1"
        ),
        {"b": branch_id, "k": kind, "p": body},
    ).first()
    if exists:
        return False
    conn.execute(
        text(
            "INSERT INTO sync.alerts (id, branch_id, kind, params) "
            "VALUES (:id, :b, :k, CAST(:p AS jsonb))"
        ),
        {"id": new_id(), "b": branch_id, "k": kind, "p": body},
    )
    return True
