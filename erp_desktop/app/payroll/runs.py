"""Preparing and posting a month's payroll run at head office.

``prepare_payroll_run`` computes every payslip of the month without writing anything and
reports every employee refused at once, for review. ``post_payroll_run`` then finalizes the
reviewed run in one local transaction (app.documents.finalize: number, store, post, queue
for the server). A month is paid once: a second run of a month is refused
(``payroll.month_already_run``) unless it corrects the month's last run, in which case it
posts only the difference. A month whose period is closed refuses both.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from uuid import UUID

from erp_desktop.app.bridge import chart_of
from erp_desktop.app.changes import Changed, Changes
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.documents.finalize import InTransaction, finalize
from erp_desktop.app.events import Event
from erp_desktop.app.payroll.inputs import Adjustment, month_inputs
from erp_desktop.app.ports import ReadView
from erp_desktop.kernel.errors import ConflictError, NotFound, ValidationError
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.ledger.journal import JournalEntry
from erp_desktop.kernel.ownership import write_refusal
from erp_desktop.kernel.payroll.run import (
    EmployeePay,
    EmployeeRefusal,
    PayrollRun,
    month_end,
    prepare_run,
)
from erp_desktop.kernel.permissions import Permission

ENTITY = "payroll_run"


@dataclass(frozen=True, slots=True)
class PreparedRun:
    """A run computed for review (None when an employee is refused) and the refusals."""

    run: PayrollRun | None
    refusals: tuple[EmployeeRefusal, ...]


@dataclass(frozen=True, slots=True)
class PostedRun:
    run: PayrollRun
    entry: JournalEntry
    changes: Changes


def _month_open(view: ReadView, month: date) -> None:
    if view.ledger.period_closed(month_end(month)):
        raise ValidationError("payroll.month_closed", month=month.isoformat()[:7])


def _corrected(view: ReadView, month: date, corrects: UUID | None) -> PayrollRun | None:
    """The run a new run of ``month`` corrects (None for the month's first run), refusing
    a second run that corrects nothing and a correction of a run that is not the last."""
    last = view.payroll.last_run_of_month(month)
    if corrects is None:
        if last is not None:
            raise ConflictError(
                "payroll.month_already_run", month=month.isoformat()[:7], number=last.number
            )
        return None
    if last is None or last.id != corrects:
        target = view.payroll.payroll_run(corrects)
        if target is None:
            raise NotFound("payroll.run_not_found", run=str(corrects))
        raise ConflictError(
            "payroll.not_the_last_run", number=target.number, last=last.number if last else ""
        )
    return last


def prepare_payroll_run(
    deps: Deps,
    actor: Actor,
    month: date,
    employees: Sequence[EmployeePay],
    corrects: UUID | None = None,
) -> PreparedRun:
    """The run of ``month`` for ``employees`` (a correction of run ``corrects``), not
    written: every refusal at once, or the run to review and post."""
    actor.require(Permission.HR_PAYROLL)
    month = month.replace(day=1)
    with deps.store.read() as view:
        refusal = write_refusal(ENTITY, view.org.local_branch().kind)
        if refusal is not None:
            raise refusal
        company = view.org.company()
        _month_open(view, month)
        previous = _corrected(view, month, corrects)
    run, refusals = prepare_run(
        run_id=new_id(),
        country=company.country,
        currency=company.currency,
        month=month,
        employees=employees,
        prepared_at=deps.now(),
        prepared_by=actor.user_id,
        branch_id=actor.branch_id,
        corrects=previous,
    )
    return PreparedRun(run, refusals)


def prepare_month_run(
    deps: Deps,
    actor: Actor,
    month: date,
    adjustments: Mapping[UUID, Adjustment] | None = None,
    corrects: UUID | None = None,
) -> PreparedRun:
    """The run of ``month`` from HR's records, the branches' attendance and what HR adds
    (app.payroll.inputs); every employee refused at once."""
    actor.require(Permission.HR_PAYROLL)
    month = month.replace(day=1)
    with deps.store.read() as view:
        inputs = month_inputs(view, month, adjustments)
    if not inputs.employees:
        if inputs.refusals:
            return PreparedRun(None, inputs.refusals)
        raise ValidationError("payroll.no_payslips")
    prepared = prepare_payroll_run(deps, actor, month, inputs.employees, corrects)
    refusals = inputs.refusals + prepared.refusals
    return PreparedRun(None if refusals else prepared.run, refusals)


def post_payroll_run(deps: Deps, actor: Actor, prepared: PreparedRun) -> PostedRun:
    """Numbers, stores, posts and queues a reviewed run, all or nothing. Refused whole
    when any employee was refused (``payroll.employees_refused``), or when the month was
    closed or paid meanwhile."""
    actor.require(Permission.HR_PAYROLL)
    run = prepared.run
    if run is None or prepared.refusals:
        names = ", ".join(r.name for r in prepared.refusals)
        raise ValidationError(
            "payroll.employees_refused", count=str(len(prepared.refusals)), names=names
        )
    now = deps.now()
    with deps.store.transaction(actor.user_id) as tx:
        refusal = write_refusal(ENTITY, tx.org.local_branch().kind)
        if refusal is not None:
            raise refusal
        _month_open(tx, run.month)
        previous = _corrected(tx, run.month, run.corrects_id)
        if previous is not None and run.previous != previous.journal:
            raise ConflictError(
                "payroll.not_the_last_run", number=previous.number, last=previous.number
            )
        steps = InTransaction(deps, tx, actor.user_id, now)
        posted, entry = finalize(steps, replace(run, number=""), chart_of(tx))
    assert entry is not None  # a payroll run always posts (kernel.payroll.run_posting)
    deps.bus.publish(
        Event(
            "payroll.run_posted",
            {"run_id": str(posted.id), "number": posted.number, "month": str(posted.month)},
        )
    )
    return PostedRun(posted, entry, frozenset({Changed.PAYROLL, Changed.JOURNAL, Changed.OUTBOX}))
