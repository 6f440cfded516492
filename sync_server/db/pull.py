"""Reading the change feed after a branch's cursor (row-level security keeps other
branches' transfers out).

The cursor is a row's position in the feed, given when its transaction commits
(migration 0013): positions become visible in their order, so everything at or below a
position a branch has read was already there, and a transaction that commits late gets
positions after the ones read meanwhile. Rows of transactions still open have no position
yet and are not served; nothing else holds a pull back."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, text


def changes_after(conn: Connection, cursor: int, limit: int) -> list[dict[str, Any]]:
    rows = conn.execute(
        text(
            "SELECT p.position, c.entity, c.entity_id, c.payload FROM sync.change_positions p "
            "JOIN sync.change_log c ON c.seq = p.seq WHERE p.position > :cursor "
            "ORDER BY p.position LIMIT :limit"
        ),
        {"cursor": cursor, "limit": limit},
    )
    return [{"seq": r[0], "entity": r[1], "entity_id": str(r[2]), "payload": r[3]} for r in rows]


def last_seq(conn: Connection) -> int:
    """The newest position this branch may read (0 when none)."""
    newest = conn.execute(
        text(
            "SELECT p.position FROM sync.change_positions p JOIN sync.change_log c "
            "ON c.seq = p.seq ORDER BY p.position DESC LIMIT 1"
        )
    ).scalar_one_or_none()
    return int(newest or 0)
