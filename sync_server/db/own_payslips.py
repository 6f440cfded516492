"""The rows behind an employee's own payslips served to a branch PC: the wrong passwords
counted per user (``auth.payslip_proofs``), and the payslips read as that user, bounded by
the ``own_payslip`` row-level security policy (``hr.own_employee()``, migration 0027)."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from sqlalchemy import Connection, text


def minutes_locked(conn: Connection, user_id: UUID) -> int | None:
    """The whole minutes left of the user's lock, None when not locked."""
    left = conn.execute(
        text(
            "SELECT ceil(extract(epoch FROM locked_until - now()) / 60) FROM auth.payslip_proofs "
            "WHERE user_id = :u AND locked_until > now()"
        ),
        {"u": user_id},
    ).scalar()
    return None if left is None else max(1, int(left))


def count_failure(conn: Connection, user_id: UUID, max_failures: int, lock_minutes: int) -> bool:
    """One more wrong password; True when it locks the user (the count starts again)."""
    locked = conn.execute(
        text(
            "INSERT INTO auth.payslip_proofs AS p (user_id, failures) VALUES (:u, 1) "
            "ON CONFLICT (user_id) DO UPDATE SET "
            "failures = CASE WHEN p.failures + 1 >= :most THEN 0 ELSE p.failures + 1 END, "
            "locked_until = CASE WHEN p.failures + 1 >= :most "
            "THEN now() + make_interval(mins => :minutes) ELSE p.locked_until END, "
            "updated_at = now() RETURNING locked_until > now()"
        ),
        {"u": user_id, "most": max_failures, "minutes": lock_minutes},
    ).scalar()
    return bool(locked)


def failures(conn: Connection, user_id: UUID) -> int:
    found = conn.execute(
        text("SELECT failures FROM auth.payslip_proofs WHERE user_id = :u"), {"u": user_id}
    ).scalar()
    return int(found or 0)


def clear_failures(conn: Connection, user_id: UUID) -> None:
    conn.execute(
        text(
            "UPDATE auth.payslip_proofs SET failures = 0, locked_until = NULL, updated_at = now() "
            "WHERE user_id = :u AND (failures > 0 OR locked_until IS NOT NULL)"
        ),
        {"u": user_id},
    )


def own_employee(conn: Connection) -> UUID | None:
    """The employee whose matricule names the acting user (None for no employee)."""
    found = conn.execute(text("SELECT hr.own_employee()")).scalar()
    return None if found is None else UUID(str(found))


def own_payslips(conn: Connection) -> list[dict[str, Any]]:
    """The acting user's own payslips, the latest month first. The filter is the policy's:
    the condition below only keeps an HR user, who reads every row in head office's scope,
    to their own here too."""
    rows = conn.execute(
        text(
            "SELECT run_number, run_kind, month, country, currency, slip FROM hr.payslips "
            "WHERE employee_id = (SELECT hr.own_employee()) AND deleted_at IS NULL "
            "ORDER BY month DESC, created_at DESC, run_number DESC"
        )
    ).mappings()
    return [dict(r) for r in rows]
