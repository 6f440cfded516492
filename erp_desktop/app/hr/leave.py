"""Leave at the branch: a request by an employee (with her PIN, at the clock) or for her
(by the manager or HR), the manager's decision, balances and the calendar.

The days a request counts, the kinds open and the balance follow the company country's law
(``kernel.hr.leave``): annual leave in working days, earned by the month of service in the
leave year, refused beyond what is left (``hr.leave_insufficient_balance``); sick and
maternity leave in calendar days, maternity up to the law's maximum
(``hr.leave_too_long``). A request sharing a day with another of the same employee still
pending or approved is refused (``hr.leave_overlaps``), nothing written. The branch owns
its leave: every request and decision is queued for the server, which sends it to head
office for payroll.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from uuid import UUID

from erp_desktop.app.bridge import queue
from erp_desktop.app.changes import Changed, Done
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.hr.attendance import WrongPin, identify
from erp_desktop.app.hr.payloads import leave_payload
from erp_desktop.app.ports import ReadView, UnitOfWork
from erp_desktop.kernel.errors import ConflictError, ErpError, PermissionDenied, ValidationError
from erp_desktop.kernel.hr.attendance import StaffMember
from erp_desktop.kernel.hr.leave import (
    HOLDING,
    Holiday,
    LeaveRequest,
    LeaveRules,
    LeaveStatus,
    leave_rules,
)
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.ownership import write_refusal
from erp_desktop.kernel.permissions import Permission

CHANGED = frozenset({Changed.PEOPLE, Changed.OUTBOX})


@dataclass(frozen=True, slots=True)
class LeaveForm:
    staff_id: UUID
    kind: str
    starts_on: date
    ends_on: date
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Balance:
    """An employee's annual leave in the leave year: earned so far, approved, pending,
    and what is left to ask."""

    member: StaffMember
    year_start: date
    year_end: date
    earned: Decimal
    approved: int
    pending: int

    @property
    def available(self) -> Decimal:
        return self.earned - self.approved - self.pending


def rules_of(tx: ReadView) -> LeaveRules:
    return leave_rules(tx.org.company().country)


def _branch_site(tx: ReadView) -> None:
    refusal = write_refusal("leave_request", tx.org.local_branch().kind)
    if refusal is not None:
        raise refusal


def _balance(tx: ReadView, rules: LeaveRules, member: StaffMember, on: date) -> Balance:
    start, end = rules.leave_year(on)
    earned = rules.accrued("annual", member.hired_on or start, on) or Decimal(0)
    mine = [
        r
        for r in tx.leave.leave_of(member.id)
        if r.kind == "annual" and r.status in HOLDING and start <= r.starts_on <= end
    ]
    approved = sum(r.days for r in mine if r.status is LeaveStatus.APPROVED)
    pending = sum(r.days for r in mine if r.status is LeaveStatus.PENDING)
    return Balance(member, start, end, earned, approved, pending)


def _request(
    deps: Deps, tx: UnitOfWork, member: StaffMember, form: LeaveForm, by: UUID | None
) -> LeaveRequest:
    _branch_site(tx)
    if member.branch_id != tx.org.local_branch().id:
        raise PermissionDenied("hr.other_branch", name=member.name)
    if form.ends_on < form.starts_on:
        raise ValidationError(
            "hr.leave_ends_before_start",
            start=form.starts_on.isoformat(),
            end=form.ends_on.isoformat(),
        )
    rules = rules_of(tx)
    rule = rules.rule(form.kind, form.starts_on)
    days = rules.count_days(form.kind, form.starts_on, form.ends_on)
    if days == 0:
        raise ValidationError(
            "hr.no_working_day", start=form.starts_on.isoformat(), end=form.ends_on.isoformat()
        )
    if rule.max_days is not None and rule.days_per_month is None and days > rule.max_days:
        raise ValidationError(
            "hr.leave_too_long", kind=form.kind, requested=days, maximum=rule.max_days
        )
    for other in tx.leave.leave_of(member.id):
        if other.status in HOLDING and other.overlaps(form.starts_on, form.ends_on):
            raise ConflictError(
                "hr.leave_overlaps",
                start=form.starts_on.isoformat(),
                end=form.ends_on.isoformat(),
            )
    if rule.days_per_month is not None:
        available = _balance(tx, rules, member, form.starts_on).available
        if days > available:
            raise ValidationError(
                "hr.leave_insufficient_balance",
                kind=form.kind,
                requested=days,
                available=str(available),
            )
    made = LeaveRequest(
        new_id(),
        member.branch_id,
        member.id,
        form.kind,
        form.starts_on,
        form.ends_on,
        days,
        LeaveStatus.PENDING,
        form.reason.strip(),
        by,
        deps.now(),
    )
    tx.leave.save_leave_request(made, deps.now())
    queue(deps, tx, "leave_request", made.id, leave_payload(made), by)
    return made


def request_leave(deps: Deps, actor: Actor, form: LeaveForm) -> Done[LeaveRequest]:
    """A request for an employee, entered by the manager (or HR at the branch)."""
    actor.require(Permission.HR_VIEW)
    with deps.store.transaction(actor.user_id) as tx:
        member = tx.attendance.staff_member(form.staff_id)
        made = _request(deps, tx, member, form, actor.user_id)
    return Done(made, CHANGED)


def request_leave_by_pin(
    deps: Deps, pin: str, form: LeaveForm, register_id: UUID | None = None, number: str = ""
) -> Done[LeaveRequest]:
    """A request the employee makes herself at the clock, with her PIN (``form.staff_id``
    is hers, whatever was sent)."""
    refused: ErpError | None = None
    with deps.store.transaction(None) as tx:
        try:
            member = identify(deps, tx, pin, register_id, number)
        except WrongPin as wrong:
            refused = wrong.error
        else:
            made = _request(deps, tx, member, replace(form, staff_id=member.id), None)
            return Done(made, CHANGED)
    assert refused is not None
    raise refused


def _decide(
    deps: Deps, actor: Actor, request_id: UUID, status: LeaveStatus, note: str
) -> Done[LeaveRequest]:
    with deps.store.transaction(actor.user_id) as tx:
        _branch_site(tx)
        request = tx.leave.leave_request(request_id)
        allowed = request.status is LeaveStatus.PENDING or (
            request.status is LeaveStatus.APPROVED and status is LeaveStatus.CANCELLED
        )
        if not allowed:
            raise ConflictError("hr.leave_not_pending", status=str(request.status))
        if request.branch_id != tx.org.local_branch().id:
            member = tx.attendance.staff_member(request.staff_id)
            raise PermissionDenied("hr.other_branch", name=member.name)
        made = replace(
            request,
            status=status,
            decided_by=actor.user_id,
            decided_at=deps.now(),
            decision_note=note.strip(),
        )
        tx.leave.save_leave_request(made, deps.now())
        queue(deps, tx, "leave_request", made.id, leave_payload(made), actor.user_id)
    return Done(made, CHANGED)


def approve_leave(deps: Deps, actor: Actor, request_id: UUID, note: str = "") -> Done[LeaveRequest]:
    actor.require(Permission.HR_LEAVE_APPROVE)
    return _decide(deps, actor, request_id, LeaveStatus.APPROVED, note)


def refuse_leave(deps: Deps, actor: Actor, request_id: UUID, note: str = "") -> Done[LeaveRequest]:
    actor.require(Permission.HR_LEAVE_APPROVE)
    return _decide(deps, actor, request_id, LeaveStatus.REFUSED, note)


def cancel_leave(deps: Deps, actor: Actor, request_id: UUID, note: str = "") -> Done[LeaveRequest]:
    """A pending request withdrawn, or approved leave called off: its days are freed."""
    actor.require(Permission.HR_VIEW)
    return _decide(deps, actor, request_id, LeaveStatus.CANCELLED, note)


def balances(deps: Deps, actor: Actor, on: date) -> list[Balance]:
    """The annual leave of the branch's staff on ``on`` (every site's, at head office)."""
    actor.require(Permission.HR_VIEW)
    with deps.store.read() as tx:
        rules = rules_of(tx)
        local = tx.org.local_branch()
        branch = None if local.kind == "head_office" else local.id
        return [_balance(tx, rules, m, on) for m in tx.attendance.staff_of(branch)]


@dataclass(frozen=True, slots=True)
class LeaveCalendar:
    requests: tuple[tuple[StaffMember, LeaveRequest], ...]
    holidays: tuple[Holiday, ...]
    kinds: tuple[str, ...]


def leave_calendar(deps: Deps, actor: Actor, start: date, end: date) -> LeaveCalendar:
    """The leave of a period (every status) beside the country's public holidays."""
    actor.require(Permission.HR_VIEW)
    with deps.store.read() as tx:
        rules = rules_of(tx)
        local = tx.org.local_branch()
        branch = None if local.kind == "head_office" else local.id
        staff = {m.id: m for m in tx.attendance.staff_of()}
        requests = tuple(
            (staff[r.staff_id], r)
            for r in tx.leave.leave_between(start, end, branch)
            if r.staff_id in staff
        )
    return LeaveCalendar(
        requests, tuple(rules.holidays(start, end).values()), tuple(rules.kinds_on(start))
    )
