"""The users named as actors of a push, read in one query for the whole batch."""

from __future__ import annotations

from collections.abc import Iterable
from uuid import UUID

from sqlalchemy import Connection, text


def users(conn: Connection, ids: Iterable[UUID]) -> dict[UUID, tuple[UUID | None, list[str]]]:
    """Each known user of ``ids``: its branch (None: head office) and its roles."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    rows = conn.execute(
        text("SELECT id, branch_id, roles FROM auth.users WHERE id = ANY(:ids)"), {"ids": wanted}
    )
    return {r[0]: (r[1], list(r[2])) for r in rows}
