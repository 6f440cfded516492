"""The fake of the attendance repository (app/ports/attendance.py)."""

from __future__ import annotations

from datetime import date, datetime
from uuid import UUID

from erp_desktop.kernel.hr.attendance import Attendance, Shift, StaffMember
from tests.desktop.fakes.replica import FakeReplica, _not_found


class FakeAttendance:
    def __init__(self, db: FakeReplica) -> None:
        self.people = db.people

    def shift(self, shift_id: UUID) -> Shift:
        if shift_id not in self.people.shifts:
            raise _not_found("shift", shift_id)
        return self.people.shifts[shift_id]

    def shifts(self) -> list[Shift]:
        return sorted(self.people.shifts.values(), key=lambda s: s.code)

    def staff_member(self, staff_id: UUID) -> StaffMember:
        if staff_id not in self.people.staff:
            raise _not_found("staff", staff_id)
        return self.people.staff[staff_id]

    def staff_of(self, branch_id: UUID | None = None) -> list[StaffMember]:
        found = [m for m in self.people.staff.values() if branch_id in (None, m.branch_id)]
        return sorted(found, key=lambda m: m.number)

    def open_attendance(self, staff_id: UUID) -> Attendance | None:
        open_ = [a for a in self.people.attendance.values() if a.staff_id == staff_id and a.is_open]
        return max(open_, key=lambda a: a.clock_in) if open_ else None

    def attendance(self, attendance_id: UUID) -> Attendance:
        if attendance_id not in self.people.attendance:
            raise _not_found("attendance", attendance_id)
        return self.people.attendance[attendance_id]

    def attendance_between(
        self, start: date, end: date, branch_id: UUID | None = None, staff_id: UUID | None = None
    ) -> list[Attendance]:
        found = [
            a
            for a in self.people.attendance.values()
            if start <= a.work_date <= end
            and branch_id in (None, a.branch_id)
            and staff_id in (None, a.staff_id)
        ]
        return sorted(found, key=lambda a: (a.work_date, a.clock_in))

    def save_shift(self, shift: Shift, now: datetime) -> None:
        self.people.shifts[shift.id] = shift

    def save_staff_member(self, member: StaffMember, now: datetime) -> None:
        self.people.staff[member.id] = member

    def record_clock_in(self, attendance: Attendance, now: datetime) -> None:
        self.people.attendance[attendance.id] = attendance

    def record_clock_out(self, attendance: Attendance, now: datetime) -> None:
        self.people.attendance[attendance.id] = attendance
