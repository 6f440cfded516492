"""Shifts, attendance profiles and the days clocked (storage/tables/hr.py)."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any
from uuid import UUID

from sqlalchemy import select, update
from sqlalchemy.dialects.sqlite import insert

from erp_desktop.kernel.hr.attendance import Attendance, Shift, StaffMember
from erp_desktop.storage.repositories.base import RepositoryBase, not_found, stamped
from erp_desktop.storage.tables.hr import attendance, shifts, staff

ATTENDANCE_FIGURES = (
    "clock_out",
    "planned_minutes",
    "late_minutes",
    "worked_minutes",
    "overtime_minutes",
    "corrected_by",
    "correction_reason",
)


def shift_of(row: Any) -> Shift:
    return Shift(
        row["id"],
        row["code"],
        row["name"],
        row["name_ar"],
        time.fromisoformat(row["starts"]),
        time.fromisoformat(row["ends"]),
        row["break_minutes"],
        row["weekdays"],
    )


def shift_values(shift: Shift) -> dict[str, Any]:
    return {
        "code": shift.code,
        "name": shift.name,
        "name_ar": shift.name_ar,
        "starts": shift.starts.strftime("%H:%M"),
        "ends": shift.ends.strftime("%H:%M"),
        "break_minutes": shift.break_minutes,
        "weekdays": shift.weekdays,
    }


def staff_of_row(row: Any) -> StaffMember:
    return StaffMember(
        row["id"],
        row["number"],
        row["name"],
        row["name_ar"],
        row["branch_id"],
        row["shift_id"],
        row["pin_hash"],
        row["active"],
        row["hired_on"],
    )


def staff_values(member: StaffMember) -> dict[str, Any]:
    return {
        "number": member.number,
        "name": member.name,
        "name_ar": member.name_ar,
        "branch_id": member.branch_id,
        "shift_id": member.shift_id,
        "pin_hash": member.pin_hash,
        "active": member.active,
        "hired_on": member.hired_on,
    }


def attendance_of(row: Any) -> Attendance:
    return Attendance(
        row["id"],
        row["branch_id"],
        row["staff_id"],
        row["work_date"],
        row["clock_in"],
        row["clock_out"],
        row["planned_minutes"],
        row["late_minutes"],
        row["overtime_minutes"],
        row["worked_minutes"],
        row["corrected_by"],
        row["correction_reason"],
    )


def attendance_values(a: Attendance) -> dict[str, Any]:
    return {
        "branch_id": a.branch_id,
        "staff_id": a.staff_id,
        "work_date": a.work_date,
        "clock_in": a.clock_in,
        **{f: getattr(a, f) for f in ATTENDANCE_FIGURES},
    }


class AttendanceRepository(RepositoryBase):
    def shift(self, shift_id: UUID) -> Shift:
        row = self.conn.execute(select(shifts).where(shifts.c.id == shift_id)).mappings().first()
        if row is None:
            raise not_found("shift", shift_id)
        return shift_of(row)

    def shifts(self) -> list[Shift]:
        rows = self.conn.execute(
            select(shifts).where(shifts.c.deleted_at.is_(None)).order_by(shifts.c.code)
        ).mappings()
        return [shift_of(r) for r in rows]

    def staff_member(self, staff_id: UUID) -> StaffMember:
        row = self.conn.execute(select(staff).where(staff.c.id == staff_id)).mappings().first()
        if row is None:
            raise not_found("staff", staff_id)
        return staff_of_row(row)

    def staff_of(self, branch_id: UUID | None = None) -> list[StaffMember]:
        query = select(staff).where(staff.c.deleted_at.is_(None))
        if branch_id is not None:
            query = query.where(staff.c.branch_id == branch_id)
        rows = self.conn.execute(query.order_by(staff.c.number)).mappings()
        return [staff_of_row(r) for r in rows]

    def open_attendance(self, staff_id: UUID) -> Attendance | None:
        row = (
            self.conn.execute(
                select(attendance)
                .where(attendance.c.staff_id == staff_id, attendance.c.clock_out.is_(None))
                .order_by(attendance.c.clock_in.desc())
            )
            .mappings()
            .first()
        )
        return attendance_of(row) if row else None

    def attendance(self, attendance_id: UUID) -> Attendance:
        row = (
            self.conn.execute(select(attendance).where(attendance.c.id == attendance_id))
            .mappings()
            .first()
        )
        if row is None:
            raise not_found("attendance", attendance_id)
        return attendance_of(row)

    def attendance_between(
        self, start: date, end: date, branch_id: UUID | None = None, staff_id: UUID | None = None
    ) -> list[Attendance]:
        query = select(attendance).where(
            attendance.c.work_date >= start,
            attendance.c.work_date <= end,
            attendance.c.deleted_at.is_(None),
        )
        if branch_id is not None:
            query = query.where(attendance.c.branch_id == branch_id)
        if staff_id is not None:
            query = query.where(attendance.c.staff_id == staff_id)
        rows = self.conn.execute(
            query.order_by(attendance.c.work_date, attendance.c.clock_in)
        ).mappings()
        return [attendance_of(r) for r in rows]

    def save_shift(self, shift: Shift, now: datetime) -> None:
        values = shift_values(shift)
        statement = insert(shifts).values(stamped(now, id=shift.id, **values))
        self.conn.execute(
            statement.on_conflict_do_update(
                index_elements=["id"], set_={**values, "updated_at": now}
            )
        )

    def save_staff_member(self, member: StaffMember, now: datetime) -> None:
        values = staff_values(member)
        statement = insert(staff).values(stamped(now, id=member.id, **values))
        self.conn.execute(
            statement.on_conflict_do_update(
                index_elements=["id"], set_={**values, "updated_at": now}
            )
        )

    def record_clock_in(self, a: Attendance, now: datetime) -> None:
        self.conn.execute(attendance.insert(), stamped(now, id=a.id, **attendance_values(a)))

    def record_clock_out(self, a: Attendance, now: datetime) -> None:
        self.conn.execute(
            update(attendance)
            .where(attendance.c.id == a.id)
            .values(**{f: getattr(a, f) for f in ATTENDANCE_FIGURES}, updated_at=now)
        )
