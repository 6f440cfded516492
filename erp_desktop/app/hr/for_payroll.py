"""What payroll reads of a month at head office: the days each employee's branch clocked
and the leave approved, in the figures a payslip needs (``kernel.payroll.compute``'s
overtime hours and absences). Read through the ports, inside payroll's own transaction.

Overtime is every minute worked beyond the shift's plan (the branch's clock, corrections
included); an absence is a day the shift planned, not a public holiday, with neither a
clocking nor approved leave. Leave is given by kind with who pays it (the employer for
annual leave, the social-security fund for sick and maternity leave, nobody for unpaid
leave), its days counted inside the month only.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from uuid import UUID

from erp_desktop.app.ports import ReadView
from erp_desktop.kernel.hr.leave import leave_rules


@dataclass(frozen=True, slots=True)
class LeaveTaken:
    kind: str
    days: int  # in the kind's unit, inside the month
    paid_by: str  # employer, social_security, none
    request_id: UUID


@dataclass(frozen=True, slots=True)
class PayrollMonth:
    employee_id: UUID
    month: date  # its first day
    days_worked: int
    planned_minutes: int
    worked_minutes: int
    overtime_minutes: int
    late_minutes: int
    absent_days: int
    absent_minutes: int  # the plan of the days absent
    open_days: int  # clock-outs still missing: the month is not final until corrected
    leave: tuple[LeaveTaken, ...]

    @property
    def overtime_hours(self) -> Decimal:
        return (Decimal(self.overtime_minutes) / 60).quantize(Decimal("0.01"))

    @property
    def absence_hours(self) -> Decimal:
        return (Decimal(self.absent_minutes) / 60).quantize(Decimal("0.01"))


def month_for_payroll(tx: ReadView, employee_id: UUID, month: date) -> PayrollMonth:
    first = month.replace(day=1)
    last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    member = tx.attendance.staff_member(employee_id)
    rules = leave_rules(tx.org.company().country)
    days = tx.attendance.attendance_between(first, last, staff_id=employee_id)
    taken = tx.leave.leave_taken(employee_id, first, last)
    leave = tuple(
        LeaveTaken(
            r.kind,
            rules.count_days(r.kind, max(r.starts_on, first), min(r.ends_on, last)),
            rules.rule(r.kind, r.starts_on).paid_by,
            r.id,
        )
        for r in taken
    )
    on_leave = {
        r.starts_on + timedelta(days=i)
        for r in taken
        for i in range((r.ends_on - r.starts_on).days + 1)
    }
    clocked = {d.work_date for d in days}
    holidays = rules.holidays(first, last)
    shift = tx.attendance.shift(member.shift_id) if member.shift_id else None
    absent = [
        first + timedelta(days=i)
        for i in range((last - first).days + 1)
        if shift is not None
        and shift.worked_on(first + timedelta(days=i))
        and (first + timedelta(days=i)) not in clocked | on_leave
        and (first + timedelta(days=i)) not in holidays
        and (member.hired_on is None or first + timedelta(days=i) >= member.hired_on)
    ]
    return PayrollMonth(
        employee_id,
        first,
        len(clocked),
        sum(d.planned_minutes for d in days),
        sum(d.worked_minutes for d in days),
        sum(d.overtime_minutes for d in days),
        sum(d.late_minutes for d in days),
        len(absent),
        len(absent) * (shift.planned_minutes if shift else 0),
        sum(1 for d in days if d.is_open),
        leave,
    )
