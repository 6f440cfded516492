"""What a branch knows of its staff, their shifts, and a day's clocking.

A branch PC clocks its staff in and out offline, by PIN. It holds, of each employee, only
:class:`StaffMember` (names, PIN hash, branch, shift), never the personal record or the pay.
A day's :class:`Attendance` is the branch's own record: its clock-in and clock-out, the
minutes the shift planned, and from them the lateness and the overtime. Times are UTC in
storage; shifts are said in the branch's local time (``Shift.starts``), so the computation
takes the local time of the clocking.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from uuid import UUID

from erp_desktop.kernel.errors import ValidationError

# A few minutes either side of a shift are not lateness nor overtime (common practice of
# time clocks; the labour codes count overtime in hours beyond the legal week).
GRACE_MINUTES = 5


@dataclass(frozen=True, slots=True)
class Shift:
    id: UUID
    code: str
    name: str
    name_ar: str
    starts: time  # local time at the branch
    ends: time  # before ``starts`` for a night shift (it ends the next day)
    break_minutes: int = 0
    weekdays: str = "0123456"  # Monday = 0; the days this shift is worked

    def __post_init__(self) -> None:
        if not self.code.strip():
            raise ValidationError("common.required", field="code")
        if self.break_minutes < 0 or self.break_minutes >= self.span_minutes:
            raise ValidationError(
                "common.invalid_value", field="break_minutes", value=str(self.break_minutes)
            )
        if not self.weekdays or any(d not in "0123456" for d in self.weekdays):
            raise ValidationError("common.invalid_value", field="weekdays", value=self.weekdays)

    @property
    def span_minutes(self) -> int:
        start = self.starts.hour * 60 + self.starts.minute
        end = self.ends.hour * 60 + self.ends.minute
        return (end - start) % (24 * 60) or 24 * 60

    @property
    def planned_minutes(self) -> int:
        return self.span_minutes - self.break_minutes

    def worked_on(self, day: date) -> bool:
        return str(day.weekday()) in self.weekdays

    def planned_on(self, day: date) -> int:
        return self.planned_minutes if self.worked_on(day) else 0

    @property
    def weekly_minutes(self) -> int:
        return self.planned_minutes * len(set(self.weekdays))


@dataclass(frozen=True, slots=True)
class StaffMember:
    """The attendance profile: all a branch replica receives of an employee."""

    id: UUID  # the employee's id
    number: str
    name: str
    name_ar: str
    branch_id: UUID
    shift_id: UUID | None
    pin_hash: str | None
    active: bool = True
    hired_on: date | None = None  # leave accrues from it (the branch decides leave)


@dataclass(frozen=True, slots=True)
class Attendance:
    """One clocking: in, and out once the employee leaves (or a manager corrects it)."""

    id: UUID
    branch_id: UUID
    staff_id: UUID
    work_date: date  # the local day the shift began
    clock_in: datetime
    clock_out: datetime | None = None
    planned_minutes: int = 0
    late_minutes: int = 0
    overtime_minutes: int = 0
    worked_minutes: int = 0
    corrected_by: UUID | None = None
    correction_reason: str = ""

    @property
    def is_open(self) -> bool:
        return self.clock_out is None


def minutes_between(start: datetime, end: datetime) -> int:
    return int((end - start).total_seconds() // 60)


def lateness(shift: Shift | None, work_date: date, local_in: datetime) -> int:
    """Minutes late at ``local_in`` (the local, naive time of the clock-in) for ``shift``."""
    if shift is None or not shift.worked_on(work_date):
        return 0
    late = minutes_between(datetime.combine(work_date, shift.starts), local_in)
    return late if late > GRACE_MINUTES else 0


def day_figures(
    shift: Shift | None, work_date: date, local_in: datetime, local_out: datetime
) -> tuple[int, int, int, int]:
    """(planned, late, worked, overtime) minutes of a day clocked from ``local_in`` to
    ``local_out`` (local naive times). Worked time is net of the shift's break; overtime is
    what is worked beyond the plan (all of it on a day off the shift), never negative."""
    if local_out < local_in:
        raise ValidationError(
            "hr.clock_out_before_in", clock_in=local_in.isoformat(), clock_out=local_out.isoformat()
        )
    planned = shift.planned_on(work_date) if shift else 0
    span = minutes_between(local_in, local_out)
    brk = shift.break_minutes if shift and planned and span > shift.break_minutes else 0
    worked = span - brk
    over = worked - planned
    return (
        planned,
        lateness(shift, work_date, local_in),
        worked,
        over if over > GRACE_MINUTES else 0,
    )


def shift_end(shift: Shift, work_date: date) -> datetime:
    """The local end of ``shift`` begun on ``work_date`` (the next day for a night shift)."""
    end = datetime.combine(work_date, shift.ends)
    return end if shift.ends > shift.starts else end + timedelta(days=1)
