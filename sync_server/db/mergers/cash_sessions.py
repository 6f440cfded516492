"""Cash sessions as their register pushes them: opened, then closed once (a closed session
is never reopened by a late or replayed push)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, text


def upsert_cash_session(conn: Connection, branch_id: UUID, payload: Mapping[str, Any]) -> None:
    conn.execute(
        text(
            "INSERT INTO sales.cash_sessions (id, branch_id, register_id, status, currency, opened_at, "
            "closed_at, opening_float_minor, expected_cash_minor, counted_cash_minor) VALUES (:id, :branch, "
            ":register, :status, :currency, :opened, :closed, :float, :expected, :counted) "
            "ON CONFLICT (branch_id, id) DO UPDATE SET status = excluded.status, closed_at = excluded.closed_at, "
            "expected_cash_minor = excluded.expected_cash_minor, counted_cash_minor = "
            "excluded.counted_cash_minor, updated_at = now() WHERE sales.cash_sessions.status <> 'closed'"
        ),
        {
            "id": payload["id"],
            "branch": branch_id,
            "register": payload["register_id"],
            "status": payload["status"],
            "currency": payload["currency"],
            "opened": payload["opened_at"],
            "closed": payload["closed_at"],
            "float": payload["opening_float_minor"],
            "expected": payload["expected_cash_minor"],
            "counted": payload["counted_cash_minor"],
        },
    )
