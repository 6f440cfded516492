"""Stock movements written a set at a time with the levels they move.

The movements travel as one JSON array (``json_rows``), the insert and the level update
chain through data-modifying CTEs, and only the movements not already there move levels:
a replayed movement changes nothing, and arrival order never matters (levels move by the
deltas)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, text

from erp_desktop.kernel.ids import derived_id
from sync_server.db.json_rows import columns_of, rows_param

_MOVEMENT_COLUMNS = (
    "id uuid, warehouse_id uuid, product_id uuid, kind text, quantity_milli bigint, "
    "unit_cost numeric, occurred_at timestamptz, document_type text, document_id uuid, "
    "actor_id uuid"
)
_MOVEMENTS = text(
    f"""
    WITH inserted AS (
        INSERT INTO inventory.stock_movements (id, branch_id, warehouse_id, product_id, kind,
            quantity_milli, unit_cost, occurred_at, document_type, document_id, actor_id)
        SELECT id, CAST(:branch AS uuid), warehouse_id, product_id, kind, quantity_milli,
            unit_cost, occurred_at, document_type, document_id, actor_id
        FROM (SELECT {columns_of(_MOVEMENT_COLUMNS)}
              FROM jsonb_array_elements(CAST(:movements AS jsonb)) AS r) AS m
        ON CONFLICT (branch_id, id, occurred_at) DO NOTHING
        RETURNING warehouse_id, product_id, quantity_milli
    ), level_ids AS (
        SELECT {columns_of("id uuid, warehouse_id uuid, product_id uuid")}
        FROM jsonb_array_elements(CAST(:levels AS jsonb)) AS r
    )
    INSERT INTO inventory.stock_levels AS s (id, branch_id, warehouse_id, product_id,
        quantity_milli)
    SELECT l.id, CAST(:branch AS uuid), i.warehouse_id, i.product_id,
        CAST(sum(i.quantity_milli) AS bigint)
    FROM inserted i JOIN level_ids l USING (warehouse_id, product_id)
    GROUP BY l.id, i.warehouse_id, i.product_id
    ON CONFLICT (branch_id, warehouse_id, product_id) DO UPDATE
        SET quantity_milli = s.quantity_milli + excluded.quantity_milli, updated_at = now()
    RETURNING warehouse_id, product_id, quantity_milli
    """
)


def insert_movements(
    conn: Connection, branch_id: UUID, movements: Sequence[tuple[Mapping[str, Any], UUID | None]]
) -> dict[tuple[str, str], int]:
    """Inserts the movements (payload, acting user) not already there and moves their levels
    by the sum of their deltas; returns the new level of every (warehouse, product) moved."""
    pairs = {(p["warehouse_id"], p["product_id"]): None for p, _ in movements}
    # The acting users as text once each, not by the JSON encoder's fallback per row
    # (the same text: ``str`` of the UUID, null for none).
    actors = {actor: None if actor is None else str(actor) for _, actor in movements}
    result = conn.execute(
        _MOVEMENTS,
        {
            "branch": str(branch_id),
            "movements": rows_param(
                [
                    (
                        p["id"],
                        p["warehouse_id"],
                        p["product_id"],
                        p["kind"],
                        p["quantity_milli"],
                        p["unit_cost"],
                        p["occurred_at"],
                        p["document_type"],
                        p["document_id"],
                        actors[actor],
                    )
                    for p, actor in movements
                ]
            ),
            "levels": rows_param([(derived_id("stock_level", w, p), w, p) for w, p in pairs]),
        },
    )
    return {(str(r[0]), str(r[1])): int(r[2]) for r in result}
