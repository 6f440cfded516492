"""HR rows as sites push them: from head office a shift, an attendance profile, an
employee's record (with its dated family rows) and a contract (with its dated terms); from
a branch its days clocked and its leave requests. Dated rows are added, never rewritten
(the tables refuse it); a record is overwritten field by field (its history is in
hr.record_history). Written in the scope the device proved, as the change's actor: the
records' policies let only an HR role write them."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, text

Payload = Mapping[str, Any]

EMPLOYEE_COLUMNS = (
    "number",
    "first_name",
    "last_name",
    "first_name_ar",
    "last_name_ar",
    "country",
    "branch_id",
    "job_title",
    "job_title_ar",
    "hired_on",
    "birth_date",
    "gender",
    "national_id",
    "social_security_number",
    "address",
    "phone",
    "bank_name",
    "bank_account",
    "active",
)
CONTRACT_COLUMNS = (
    "employee_id",
    "number",
    "kind",
    "starts_on",
    "ends_on",
    "trial_ends_on",
    "currency",
    "job_title",
    "job_title_ar",
)
STAFF_COLUMNS = (
    "number",
    "name",
    "name_ar",
    "branch_id",
    "shift_id",
    "pin_hash",
    "active",
    "hired_on",
)
SHIFT_COLUMNS = ("code", "name", "name_ar", "starts", "ends", "break_minutes", "weekdays")
ATTENDANCE_FIGURES = (
    "clock_out",
    "planned_minutes",
    "late_minutes",
    "worked_minutes",
    "overtime_minutes",
    "corrected_by",
    "correction_reason",
)
LEAVE_DECISION = ("status", "decided_by", "decided_at", "decision_note")


def _upsert(conn: Connection, table: str, columns: Iterable[str], p: Payload) -> None:
    names = tuple(columns)
    listed = ", ".join(names)
    values = ", ".join(f":{c}" for c in names)
    changed = ", ".join(f"{c} = excluded.{c}" for c in names)
    conn.execute(
        text(
            f"INSERT INTO {table} AS t (id, {listed}) VALUES (:id, {values}) "
            f"ON CONFLICT (id) DO UPDATE SET {changed}, updated_at = now() "
            f"WHERE ({', '.join(f't.{c}' for c in names)}) IS DISTINCT FROM "
            f"({', '.join(f'excluded.{c}' for c in names)})"
        ),
        {"id": p["id"], **{c: p[c] for c in names}},
    )


def save_shift(conn: Connection, p: Payload) -> None:
    _upsert(conn, "hr.shifts", SHIFT_COLUMNS, p)


def save_staff(conn: Connection, p: Payload) -> None:
    _upsert(conn, "hr.staff", STAFF_COLUMNS, p)


def save_employee(conn: Connection, p: Payload) -> None:
    _upsert(conn, "hr.employees", EMPLOYEE_COLUMNS, p)
    for row in p["family"]:
        conn.execute(
            text(
                "INSERT INTO hr.employee_family (id, employee_id, valid_from, marital_status, "
                "dependants, children, head_of_family, recorded_at) VALUES (:id, :employee, "
                ":valid_from, :status, :dependants, :children, :head, :recorded) "
                "ON CONFLICT (id) DO NOTHING"
            ),
            {
                "id": row["id"],
                "employee": p["id"],
                "valid_from": row["valid_from"],
                "status": row["marital_status"],
                "dependants": row["dependants"],
                "children": row["children"],
                "head": row["head_of_family"],
                "recorded": row["recorded_at"],
            },
        )


def save_contract(conn: Connection, p: Payload) -> None:
    _upsert(conn, "hr.contracts", CONTRACT_COLUMNS, p)
    for row in p["terms"]:
        conn.execute(
            text(
                "INSERT INTO hr.contract_terms (id, contract_id, valid_from, base_salary_minor, "
                "monthly_hours, weekly_hours, allowances, reason, recorded_at, recorded_by) "
                "VALUES (:id, :contract, :valid_from, :base, :monthly, :weekly, "
                "CAST(:allowances AS jsonb), :reason, :recorded, :by) ON CONFLICT (id) DO NOTHING"
            ),
            {
                "id": row["id"],
                "contract": p["id"],
                "valid_from": row["valid_from"],
                "base": row["base_salary_minor"],
                "monthly": row["monthly_hours"],
                "weekly": row["weekly_hours"],
                "allowances": json.dumps(row["allowances"]),
                "reason": row["reason"],
                "recorded": row["recorded_at"],
                "by": row["recorded_by"],
            },
        )


def staff_branches(conn: Connection, ids: Iterable[str]) -> dict[str, UUID]:
    """The branch each of these staff members works at (those this scope may read)."""
    rows = conn.execute(
        text("SELECT id, branch_id FROM hr.staff WHERE id = ANY(CAST(:ids AS uuid[]))"),
        {"ids": list(set(ids))},
    )
    return {str(r[0]): r[1] for r in rows}


def save_attendance(conn: Connection, branch_id: UUID, p: Payload) -> None:
    """A day clocked in, then out (or corrected): the later push carries the figures."""
    changed = ", ".join(f"{c} = excluded.{c}" for c in ATTENDANCE_FIGURES)
    conn.execute(
        text(
            "INSERT INTO hr.attendance AS a (branch_id, id, staff_id, work_date, clock_in, "
            f"{', '.join(ATTENDANCE_FIGURES)}) VALUES (:branch, :id, :staff, :work_date, "
            f":clock_in, {', '.join(f':{c}' for c in ATTENDANCE_FIGURES)}) "
            f"ON CONFLICT (branch_id, id) DO UPDATE SET {changed}, updated_at = now() "
            f"WHERE ({', '.join(f'a.{c}' for c in ATTENDANCE_FIGURES)}) IS DISTINCT FROM "
            f"({', '.join(f'excluded.{c}' for c in ATTENDANCE_FIGURES)})"
        ),
        {
            "branch": branch_id,
            "id": p["id"],
            "staff": p["staff_id"],
            "work_date": p["work_date"],
            "clock_in": p["clock_in"],
            **{c: p[c] for c in ATTENDANCE_FIGURES},
        },
    )


def save_leave_request(conn: Connection, branch_id: UUID, p: Payload) -> None:
    """A request, then its decision (only a pending request is decided)."""
    changed = ", ".join(f"{c} = excluded.{c}" for c in LEAVE_DECISION)
    conn.execute(
        text(
            "INSERT INTO hr.leave_requests AS l (branch_id, id, staff_id, kind, starts_on, "
            "ends_on, days, status, reason, requested_by, requested_at, decided_by, "
            "decided_at, decision_note) VALUES (:branch, :id, :staff, :kind, :starts_on, "
            ":ends_on, :days, :status, :reason, :requested_by, :requested_at, :decided_by, "
            ":decided_at, :decision_note) ON CONFLICT (branch_id, id) DO UPDATE SET "
            f"{changed}, updated_at = now() WHERE l.status = 'pending' "
            "OR (l.status = 'approved' AND excluded.status = 'cancelled')"
        ),
        {
            "branch": branch_id,
            "id": p["id"],
            "staff": p["staff_id"],
            "kind": p["kind"],
            "starts_on": p["starts_on"],
            "ends_on": p["ends_on"],
            "days": p["days"],
            "status": p["status"],
            "reason": p["reason"],
            "requested_by": p["requested_by"],
            "requested_at": p["requested_at"],
            "decided_by": p["decided_by"],
            "decided_at": p["decided_at"],
            "decision_note": p["decision_note"],
        },
    )


def leave_of(conn: Connection, staff_ids: Iterable[str]) -> list[dict[str, Any]]:
    """The leave still holding days (pending or approved) of these staff members."""
    rows = conn.execute(
        text(
            "SELECT id, staff_id, starts_on, ends_on FROM hr.leave_requests "
            "WHERE staff_id = ANY(CAST(:ids AS uuid[])) AND status IN ('pending', 'approved')"
        ),
        {"ids": list(set(staff_ids))},
    ).mappings()
    return [dict(r) for r in rows]
