"""Clocking in and out at the branch PC by PIN, offline; a manager's correction of a
missed clock-out; the sheets of a period.

The PIN is the till's machinery (argon2 hashes that came down with the staff, the same
lockout counted per register: after five wrong PINs the register refuses every PIN for a
quarter of an hour, the till's too). Clocking needs no logged-in user: the PIN names the
employee. A clock-in for someone already in (a clock-out forgotten yesterday included) is
refused with ``hr.already_clocked_in``: the manager closes the open day first, with a
reason that stays with the row and in the audit trail (``hr.attendance_correct``).

The branch owns its attendance: each clocking is queued for the server, which sends it to
head office for payroll.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from uuid import UUID

from erp_desktop.app.auth import (
    LOCK_MINUTES,
    MAX_FAILURES,
    pin_lock_key,
    pin_locked_until,
    verify_secret,
)
from erp_desktop.app.bridge import queue
from erp_desktop.app.changes import Changed, Done
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.hr.payloads import attendance_payload, shift_payload
from erp_desktop.app.ports import ReadView, UnitOfWork
from erp_desktop.kernel.calendar import zone_of
from erp_desktop.kernel.errors import ConflictError, ErpError, PermissionDenied, ValidationError
from erp_desktop.kernel.hr.attendance import Attendance, Shift, StaffMember, day_figures, lateness
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.ownership import write_refusal
from erp_desktop.kernel.permissions import Permission

CHANGED = frozenset({Changed.PEOPLE, Changed.OUTBOX})


@dataclass(frozen=True, slots=True)
class Clocking:
    """What the clock screen shows after a PIN: who, in or out, and the day so far."""

    member: StaffMember
    attendance: Attendance
    clocked_in: bool  # False: this was the clock-out


def _local(deps: Deps, tx: ReadView, at: datetime) -> datetime:
    return at.astimezone(zone_of(tx.org.company().country)).replace(tzinfo=None)


def _shift(tx: ReadView, member: StaffMember) -> Shift | None:
    return tx.attendance.shift(member.shift_id) if member.shift_id else None


def identify(
    deps: Deps, tx: UnitOfWork, pin: str, register_id: UUID | None, number: str = ""
) -> StaffMember:
    """The branch's staff member whose PIN this is (only the one of that matricule when
    ``number`` is given: one argon2 check instead of one per employee); wrong PINs count
    toward the lockout, a matricule unknown here as a wrong PIN."""
    if not pin or not pin.isdigit() or not 4 <= len(pin) <= 8:
        raise ValidationError("auth.invalid_pin")
    now = deps.now()
    key = pin_lock_key(register_id)
    state = tx.org.setting(key)
    locked_until = pin_locked_until(state)
    if locked_until and locked_until > now:
        minutes = -int(-(locked_until - now).total_seconds() // 60)
        raise PermissionDenied("auth.pin_locked", minutes=minutes)
    branch = tx.org.local_branch().id
    staff = tx.attendance.staff_of(branch)
    if number.strip():
        staff = [m for m in staff if m.number == number.strip()]
    for member in staff:
        if member.pin_hash and verify_secret(member.pin_hash, pin):
            if not member.active:
                raise PermissionDenied("hr.staff_inactive", name=member.name)
            if state:
                tx.org.set_setting(key, {}, now)
            return member
    failures = (state.get("failures", 0) if isinstance(state, dict) else 0) + 1
    if failures >= MAX_FAILURES:
        locked = now + timedelta(minutes=LOCK_MINUTES)
        tx.org.set_setting(key, {"failures": 0, "locked_until": locked.isoformat()}, now)
        raise WrongPin(PermissionDenied("auth.pin_locked", minutes=LOCK_MINUTES))
    tx.org.set_setting(key, {"failures": failures}, now)
    raise WrongPin(ValidationError("auth.invalid_pin"))


class WrongPin(Exception):
    """A wrong PIN: the caller lets its transaction commit (the count toward the lockout is
    kept), then raises ``error``; every use of the clock's PIN does so."""

    def __init__(self, error: ErpError) -> None:
        super().__init__(error.code)
        self.error = error


def _clock(
    deps: Deps, pin: str, register_id: UUID | None, clocking_in: bool, number: str
) -> Clocking:
    refused: ErpError | None = None
    with deps.store.transaction(None) as tx:
        try:
            member = identify(deps, tx, pin, register_id, number)
        except WrongPin as wrong:
            refused = wrong.error
        else:
            made = (_in if clocking_in else _out)(deps, tx, member)
            queue(deps, tx, "attendance", made.id, attendance_payload(made), None)
            return Clocking(member, made, clocking_in)
    assert refused is not None
    raise refused


def _in(deps: Deps, tx: UnitOfWork, member: StaffMember) -> Attendance:
    now = deps.now()
    open_ = tx.attendance.open_attendance(member.id)
    if open_ is not None:
        since = _local(deps, tx, open_.clock_in).strftime("%Y-%m-%d %H:%M")
        raise ConflictError("hr.already_clocked_in", name=member.name, since=since)
    local = _local(deps, tx, now)
    shift = _shift(tx, member)
    made = Attendance(
        new_id(),
        member.branch_id,
        member.id,
        local.date(),
        now,
        planned_minutes=shift.planned_on(local.date()) if shift else 0,
        late_minutes=lateness(shift, local.date(), local),
    )
    tx.attendance.record_clock_in(made, now)
    return made


def _closed(
    deps: Deps, tx: ReadView, open_: Attendance, member: StaffMember, at: datetime
) -> Attendance:
    planned, late, worked, overtime = day_figures(
        _shift(tx, member),
        open_.work_date,
        _local(deps, tx, open_.clock_in),
        _local(deps, tx, at),
    )
    return replace(
        open_,
        clock_out=at,
        planned_minutes=planned,
        late_minutes=late,
        worked_minutes=worked,
        overtime_minutes=overtime,
    )


def _out(deps: Deps, tx: UnitOfWork, member: StaffMember) -> Attendance:
    open_ = tx.attendance.open_attendance(member.id)
    if open_ is None:
        raise ConflictError("hr.not_clocked_in", name=member.name)
    made = _closed(deps, tx, open_, member, deps.now())
    tx.attendance.record_clock_out(made, deps.now())
    return made


def clock_in(
    deps: Deps, pin: str, register_id: UUID | None = None, number: str = ""
) -> Done[Clocking]:
    """Clocks in the employee of ``pin`` (and of matricule ``number``, when typed)."""
    return Done(_clock(deps, pin, register_id, True, number), CHANGED)


def clock_out(
    deps: Deps, pin: str, register_id: UUID | None = None, number: str = ""
) -> Done[Clocking]:
    return Done(_clock(deps, pin, register_id, False, number), CHANGED)


def correct_clock_out(
    deps: Deps, actor: Actor, attendance_id: UUID, clock_out: datetime, reason: str
) -> Done[Attendance]:
    """A manager sets the clock-out an employee forgot (or got wrong), with its reason."""
    actor.require(Permission.HR_ATTENDANCE_CORRECT)
    if not reason.strip():
        raise ValidationError("hr.correction_reason_required")
    with deps.store.transaction(actor.user_id) as tx:
        refusal = write_refusal("attendance", tx.org.local_branch().kind)
        if refusal is not None:
            raise refusal
        day = tx.attendance.attendance(attendance_id)
        member = tx.attendance.staff_member(day.staff_id)
        if day.branch_id != tx.org.local_branch().id:
            raise PermissionDenied("hr.other_branch", name=member.name)
        if clock_out < day.clock_in:
            raise ValidationError(
                "hr.clock_out_before_in",
                clock_in=day.clock_in.isoformat(),
                clock_out=clock_out.isoformat(),
            )
        made = replace(
            _closed(deps, tx, day, member, clock_out),
            corrected_by=actor.user_id,
            correction_reason=reason.strip(),
        )
        tx.attendance.record_clock_out(made, deps.now())
        queue(deps, tx, "attendance", made.id, attendance_payload(made), actor.user_id)
    return Done(made, CHANGED)


@dataclass(frozen=True, slots=True)
class SheetRow:
    """One employee's period: days present, minutes planned, worked, late and overtime,
    and the days still open (a clock-out missing)."""

    member: StaffMember
    days: int
    planned_minutes: int
    worked_minutes: int
    late_minutes: int
    overtime_minutes: int
    open_days: int


def attendance_sheet(
    deps: Deps, actor: Actor, start: date, end: date, branch_id: UUID | None = None
) -> list[SheetRow]:
    """The period's sheet of the branch (this one, at a branch; any, at head office)."""
    actor.require(Permission.HR_VIEW)
    with deps.store.read() as tx:
        local = tx.org.local_branch()
        branch = branch_id if local.kind == "head_office" else local.id
        days = tx.attendance.attendance_between(start, end, branch)
        rows = []
        for member in tx.attendance.staff_of(branch):
            own = [d for d in days if d.staff_id == member.id]
            rows.append(
                SheetRow(
                    member,
                    len({d.work_date for d in own}),
                    sum(d.planned_minutes for d in own),
                    sum(d.worked_minutes for d in own),
                    sum(d.late_minutes for d in own),
                    sum(d.overtime_minutes for d in own),
                    sum(1 for d in own if d.is_open),
                )
            )
    return rows


def days_of(deps: Deps, actor: Actor, start: date, end: date, staff_id: UUID) -> list[Attendance]:
    actor.require(Permission.HR_VIEW)
    with deps.store.read() as tx:
        return tx.attendance.attendance_between(start, end, staff_id=staff_id)


def open_days(deps: Deps, actor: Actor) -> list[tuple[StaffMember, Attendance]]:
    """The branch's clockings still open, oldest first: what a manager corrects."""
    actor.require(Permission.HR_VIEW)
    with deps.store.read() as tx:
        branch = tx.org.local_branch().id
        found = []
        for member in tx.attendance.staff_of(branch):
            day = tx.attendance.open_attendance(member.id)
            if day is not None:
                found.append((member, day))
    return sorted(found, key=lambda pair: pair[1].clock_in)


def save_shift(deps: Deps, actor: Actor, shift: Shift) -> Done[Shift]:
    """A shift head office defines (its hours, break and days), sent to every site."""
    actor.require(Permission.HR_RECORDS)
    with deps.store.transaction(actor.user_id) as tx:
        refusal = write_refusal("shift", tx.org.local_branch().kind)
        if refusal is not None:
            raise refusal
        tx.attendance.save_shift(shift, deps.now())
        queue(deps, tx, "shift", shift.id, shift_payload(shift), actor.user_id)
    return Done(shift, CHANGED)
