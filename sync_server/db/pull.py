"""Reading the change log after a branch's cursor (row-level security keeps other
branches' transfers out)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, text


def changes_after(conn: Connection, cursor: int, limit: int) -> list[dict[str, Any]]:
    rows = conn.execute(
        text(
            "SELECT seq, entity, entity_id, payload FROM sync.change_log WHERE seq > :cursor "
            "AND xid < pg_snapshot_xmin(pg_current_snapshot()) ORDER BY seq LIMIT :limit"
        ),
        {"cursor": cursor, "limit": limit},
    )
    return [{"seq": r[0], "entity": r[1], "entity_id": str(r[2]), "payload": r[3]} for r in rows]


def last_seq(conn: Connection) -> int:
    return int(conn.execute(text("SELECT coalesce(max(seq), 0) FROM sync.change_log")).scalar_one())
