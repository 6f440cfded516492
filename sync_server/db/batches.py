"""Push batches already answered, by idempotency key: a replay gets the stored answer."""

from __future__ import annotations

import json
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, text


def answered(conn: Connection, key: str) -> tuple[str, dict[str, Any]] | None:
    """The body hash and the answer of batch ``key``, if it was applied (locks the key)."""
    row = conn.execute(
        text("SELECT body_sha256, response FROM sync.batches WHERE idempotency_key = :k"),
        {"k": key},
    ).first()
    return (row[0], row[1]) if row else None


def lock_key(conn: Connection, key: str) -> None:
    """Two concurrent pushes of one batch wait for each other instead of both applying it."""
    conn.execute(text("SELECT pg_advisory_xact_lock(hashtext(:k))"), {"k": key})


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
