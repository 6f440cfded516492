"""The server's outbox (``sync.outbox``, migration 0030): work a transaction leaves to be
done after it commits. An item is queued in the transaction that makes it needed, claimed
by one worker at a time with ``FOR UPDATE SKIP LOCKED`` (another worker skips it and takes
the next) and marked done in the very transaction that does the work: done once, whichever
worker takes it; a worker that dies mid-way rolls back, and the item is pending again."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, text


@dataclass(frozen=True, slots=True)
class Item:
    id: int
    branch_id: UUID
    kind: str
    payload: Mapping[str, Any]


def enqueue(conn: Connection, branch_id: UUID, kind: str, payload: Mapping[str, Any]) -> int:
    """Queues an item, done after this transaction commits; its id."""
    return int(
        conn.execute(
            text(
                "INSERT INTO sync.outbox (branch_id, kind, payload) "
                "VALUES (:b, :k, CAST(:p AS jsonb)) RETURNING id"
            ),
            {"b": branch_id, "k": kind, "p": json.dumps(payload, default=str)},
        ).scalar_one()
    )


def pending(
    conn: Connection, branch_id: UUID | None = None, limit: int = 100
) -> list[tuple[int, UUID]]:
    """The oldest pending items (id, branch), of one branch or of all the scope sees; a
    read, no claim: another worker may hold some of them."""
    rows = conn.execute(
        text(
            "SELECT id, branch_id FROM sync.outbox WHERE done_at IS NULL "
            "AND (CAST(:b AS uuid) IS NULL OR branch_id = CAST(:b AS uuid)) ORDER BY id LIMIT :n"
        ),
        {"b": branch_id, "n": limit},
    )
    return [(int(r[0]), r[1]) for r in rows]


def claim(conn: Connection, item_id: int) -> Item | None:
    """The item, locked for this transaction, if still pending and no other worker holds it
    nor any other item of its branch: the items of one branch are done one at a time (each
    sees what the ones before it did) while other branches' go on beside them; a worker
    never waits for another, it skips what is held and a later pass takes it."""
    row = conn.execute(
        text(
            "SELECT id, branch_id, kind, payload FROM sync.outbox "
            "WHERE id = :id AND done_at IS NULL FOR UPDATE SKIP LOCKED"
        ),
        {"id": item_id},
    ).first()
    if row is None:
        return None
    free = conn.execute(
        text("SELECT pg_try_advisory_xact_lock(hashtextextended(CAST(:b AS text), 19))"),
        {"b": row[1]},
    ).scalar_one()
    if not free:  # another worker is doing this branch's items: left to a later pass
        return None
    return Item(int(row[0]), row[1], str(row[2]), row[3])


def done(conn: Connection, item_id: int, worker: str) -> None:
    conn.execute(
        text(
            "UPDATE sync.outbox SET done_at = clock_timestamp(), done_by = :w, "
            "attempts = attempts + 1 WHERE id = :id"
        ),
        {"id": item_id, "w": worker},
    )


def failed(conn: Connection, item_id: int, error: str) -> None:
    """Counts a failed attempt (in its own transaction): the item stays pending."""
    conn.execute(
        text("UPDATE sync.outbox SET attempts = attempts + 1, last_error = :e WHERE id = :id"),
        {"id": item_id, "e": error[:500]},
    )


def pending_documents(conn: Connection, kind: str, other_than: int) -> set[str]:
    """The ids in ``documents`` of the items of ``kind`` still pending but ``other_than``."""
    rows = conn.execute(
        text(
            "SELECT d ->> 0 FROM sync.outbox o, jsonb_array_elements(o.payload -> 'documents') d "
            "WHERE o.done_at IS NULL AND o.kind = :k AND o.id <> :me"
        ),
        {"k": kind, "me": other_than},
    )
    return {str(r[0]) for r in rows}
