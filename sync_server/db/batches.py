"""Push batches already answered, by device and idempotency key: a replay gets the stored
answer. A key is the device's own: another device's batch under the same key is another
batch, and nothing here tells a device that some other one used its key."""

from __future__ import annotations

import json
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, text


def answered(conn: Connection, device_id: UUID, key: str) -> tuple[str, dict[str, Any]] | None:
    """The body hash and the answer of the device's batch ``key``, if it was applied."""
    row = conn.execute(
        text(
            "SELECT body_sha256, response FROM sync.batches "
            "WHERE device_id = :d AND idempotency_key = :k"
        ),
        {"d": device_id, "k": key},
    ).first()
    return (row[0], row[1]) if row else None


def lock_key(conn: Connection, device_id: UUID, key: str) -> None:
    """Two concurrent pushes of one batch wait for each other instead of both applying it."""
    conn.execute(
        text("SELECT pg_advisory_xact_lock(hashtext(:d || ':' || :k))"),
        {"d": str(device_id), "k": key},
    )


def record(
    conn: Connection,
    key: str,
    branch_id: UUID,
    device_id: UUID,
    body_sha256: str,
    response: dict[str, Any],
) -> None:
    conn.execute(
        text(
            "INSERT INTO sync.batches (idempotency_key, branch_id, device_id, body_sha256, response) "
            "VALUES (:k, :b, :d, :h, CAST(:r AS jsonb))"
        ),
        {"k": key, "b": branch_id, "d": device_id, "h": body_sha256, "r": json.dumps(response)},
    )
