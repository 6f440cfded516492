"""HR's items of a month as head office pushes them: one row per employee and month,
written over (its history in hr.record_history), marked removed when HR emptied it. Read
and written as the pushing user: the table's policy lets only an HR role do either."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import Connection, text

Payload = Mapping[str, Any]

COLUMNS = (
    "employee_id",
    "month",
    "currency",
    "advance_minor",
    "bonus_minor",
    "deduction_minor",
    "absence_hours",
    "overtime_hours",
    "overtime_kind",
    "note",
    "recorded_at",
    "recorded_by",
)


def paid_by(conn: Connection, month: date) -> str | None:
    """The number of the run that paid ``month`` (None while it is unpaid)."""
    found = conn.execute(
        text(
            "SELECT number FROM hr.payroll_runs WHERE month = :month ORDER BY prepared_at LIMIT 1"
        ),
        {"month": month},
    ).first()
    return str(found[0]) if found else None


def save_items(conn: Connection, p: Payload) -> None:
    listed = ", ".join(COLUMNS)
    values = ", ".join(f":{c}" for c in COLUMNS)
    changed = ", ".join(f"{c} = excluded.{c}" for c in COLUMNS if c not in ("employee_id", "month"))
    removed = "now()" if p["removed"] else "NULL"
    conn.execute(
        text(
            f"INSERT INTO hr.payroll_month_items AS t (id, {listed}, deleted_at) "
            f"VALUES (:id, {values}, {removed}) "
            f"ON CONFLICT (employee_id, month) DO UPDATE SET {changed}, "
            f"deleted_at = excluded.deleted_at, updated_at = now()"
        ),
        {"id": p["id"], **{c: p[c] for c in COLUMNS}},
    )
