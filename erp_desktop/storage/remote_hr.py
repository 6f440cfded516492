"""Applying HR rows pulled from the server (see ``storage.remote``): shifts and attendance
profiles at every site; the records (employee, employee_family, contract, contract_terms)
and the branches' attendance and leave at head office only.

The server sends a branch nothing of the records (migration 0020 logs them for the
head-office site alone); should one reach a branch replica anyway, it is dropped here, not
written: a branch replica holds no salary and no personal data.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, select
from sqlalchemy.dialects.sqlite import insert

from erp_desktop.app.changes import Changed, Changes
from erp_desktop.storage.tables.hr import (
    attendance,
    contract_terms,
    contracts,
    employee_family,
    employees,
    leave_requests,
    shifts,
    staff,
)
from erp_desktop.storage.tables.org import branches

Applier = Callable[[Connection, Mapping[str, Any], datetime], None]


def _id(value: Any) -> UUID | None:
    return UUID(str(value)) if value else None


def _day(value: Any) -> date | None:
    return date.fromisoformat(str(value)[:10]) if value else None


def _moment(value: Any) -> datetime | None:
    if not value:
        return None
    moment = datetime.fromisoformat(str(value))
    return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)


def at_head_office(conn: Connection) -> bool:
    kind = conn.execute(select(branches.c.kind).where(branches.c.is_local.is_(True))).scalar()
    return kind == "head_office"


def _upsert(conn: Connection, table: Any, row: dict[str, Any], now: datetime) -> None:
    statement = insert(table).values(**row, created_at=now, updated_at=now, deleted_at=None)
    changed = {c: statement.excluded[c] for c in (*row, "updated_at") if c != "id"}
    conn.execute(statement.on_conflict_do_update(index_elements=["id"], set_=changed))


def _insert_once(conn: Connection, table: Any, row: dict[str, Any], now: datetime) -> None:
    statement = insert(table).values(**row, created_at=now, updated_at=now, deleted_at=None)
    conn.execute(statement.on_conflict_do_nothing(index_elements=["id"]))


def _shift(conn: Connection, p: Mapping[str, Any], now: datetime) -> None:
    row = {k: p[k] for k in ("code", "name", "name_ar", "break_minutes", "weekdays")}
    _upsert(
        conn,
        shifts,
        {"id": _id(p["id"]), **row, "starts": str(p["starts"])[:5], "ends": str(p["ends"])[:5]},
        now,
    )


def _staff(conn: Connection, p: Mapping[str, Any], now: datetime) -> None:
    row = {k: p[k] for k in ("number", "name", "name_ar", "pin_hash", "active")}
    row.update(
        id=_id(p["id"]),
        branch_id=_id(p["branch_id"]),
        shift_id=_id(p["shift_id"]),
        hired_on=_day(p.get("hired_on")),
    )
    _upsert(conn, staff, row, now)


def _employee(conn: Connection, p: Mapping[str, Any], now: datetime) -> None:
    if not at_head_office(conn):
        return
    names = [
        "number",
        "first_name",
        "last_name",
        "first_name_ar",
        "last_name_ar",
        "country",
        "job_title",
        "job_title_ar",
        "gender",
        "national_id",
        "social_security_number",
        "address",
        "phone",
        "bank_name",
        "bank_account",
        "active",
    ]
    row = {k: p[k] for k in names}
    row.update(
        id=_id(p["id"]),
        branch_id=_id(p["branch_id"]),
        hired_on=_day(p["hired_on"]),
        birth_date=_day(p["birth_date"]),
    )
    _upsert(conn, employees, row, now)


def _family(conn: Connection, p: Mapping[str, Any], now: datetime) -> None:
    if not at_head_office(conn):
        return
    row = {k: p[k] for k in ("marital_status", "dependants", "children", "head_of_family")}
    row.update(
        id=_id(p["id"]),
        employee_id=_id(p["employee_id"]),
        valid_from=_day(p["valid_from"]),
        recorded_at=_moment(p["recorded_at"]),
    )
    _insert_once(conn, employee_family, row, now)


def _contract(conn: Connection, p: Mapping[str, Any], now: datetime) -> None:
    if not at_head_office(conn):
        return
    row = {k: p[k] for k in ("number", "kind", "currency", "job_title", "job_title_ar")}
    row.update(
        id=_id(p["id"]),
        employee_id=_id(p["employee_id"]),
        starts_on=_day(p["starts_on"]),
        ends_on=_day(p["ends_on"]),
        trial_ends_on=_day(p["trial_ends_on"]),
    )
    _upsert(conn, contracts, row, now)


def _terms(conn: Connection, p: Mapping[str, Any], now: datetime) -> None:
    if not at_head_office(conn):
        return
    row = {
        "id": _id(p["id"]),
        "contract_id": _id(p["contract_id"]),
        "valid_from": _day(p["valid_from"]),
        "base_salary_minor": int(p["base_salary_minor"]),
        "monthly_hours": Decimal(str(p["monthly_hours"])),
        "weekly_hours": Decimal(str(p["weekly_hours"])),
        "allowances": list(p["allowances"]),
        "reason": p["reason"],
        "recorded_at": _moment(p["recorded_at"]),
        "recorded_by": _id(p["recorded_by"]),
    }
    _insert_once(conn, contract_terms, row, now)


def _attendance(conn: Connection, p: Mapping[str, Any], now: datetime) -> None:
    """Another site's days, for payroll at head office (a branch keeps its own)."""
    if not at_head_office(conn):
        return
    row = {
        k: p[k]
        for k in (
            "planned_minutes",
            "late_minutes",
            "worked_minutes",
            "overtime_minutes",
            "correction_reason",
        )
    }
    row.update(
        id=_id(p["id"]),
        branch_id=_id(p["branch_id"]),
        staff_id=_id(p["staff_id"]),
        work_date=_day(p["work_date"]),
        clock_in=_moment(p["clock_in"]),
        clock_out=_moment(p["clock_out"]),
        corrected_by=_id(p["corrected_by"]),
    )
    _upsert(conn, attendance, row, now)


def _leave(conn: Connection, p: Mapping[str, Any], now: datetime) -> None:
    if not at_head_office(conn):
        return
    row = {k: p[k] for k in ("kind", "days", "status", "reason", "decision_note")}
    row.update(
        id=_id(p["id"]),
        branch_id=_id(p["branch_id"]),
        staff_id=_id(p["staff_id"]),
        starts_on=_day(p["starts_on"]),
        ends_on=_day(p["ends_on"]),
        requested_by=_id(p["requested_by"]),
        requested_at=_moment(p["requested_at"]),
        decided_by=_id(p["decided_by"]),
        decided_at=_moment(p["decided_at"]),
    )
    _upsert(conn, leave_requests, row, now)


PEOPLE: Changes = frozenset({Changed.PEOPLE})

HR_APPLIERS: dict[str, Applier] = {
    "shift": _shift,
    "staff": _staff,
    "employee": _employee,
    "employee_family": _family,
    "contract": _contract,
    "contract_terms": _terms,
    "attendance": _attendance,
    "leave_request": _leave,
}
HR_CHANGES: dict[str, Changes] = dict.fromkeys(HR_APPLIERS, PEOPLE)
