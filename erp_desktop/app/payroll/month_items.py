"""HR's items of a month, entered ahead of the payroll run and kept until it is posted.

An advance on salary paid on the 12th, overtime the branch clock could not show, a bonus
decided for the month, a deduction: HR records them for each employee when they happen, and
the run reads them (``app.payroll.inputs``). They are confidential like salaries
(``hr.payroll``: HR officers and administrators), head office's alone (refused on a branch
replica, never sent down), and queued for the server, which keeps them under the same
row-level security as the records. Once the month is paid they stay as the run read them
(``payroll.items_month_paid``); a month whose period is closed refuses them
(``payroll.month_closed``); an employee the records do not hold is refused
(``payroll.unknown_employee``). A month's entries are written all or nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from erp_desktop.app.bridge import queue
from erp_desktop.app.changes import Changed, Done
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.ports import ReadView, UnitOfWork
from erp_desktop.kernel.errors import NotFound, ValidationError
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.ownership import write_refusal
from erp_desktop.kernel.payroll.month_items import (
    MonthItems,
    default_overtime_kind,
    items_payload,
)
from erp_desktop.kernel.payroll.rules import default_payroll_catalog
from erp_desktop.kernel.payroll.run import month_end
from erp_desktop.kernel.permissions import Permission

ENTITY = "payroll_items"
CHANGED = frozenset({Changed.PAYROLL, Changed.OUTBOX})


def month_items(deps: Deps, actor: Actor, month: date) -> list[MonthItems]:
    """Every employee's items of ``month``, for HR."""
    actor.require(Permission.HR_PAYROLL)
    with deps.store.read() as view:
        return view.payroll.month_items(month.replace(day=1))


def _open_month(tx: ReadView, month: date) -> None:
    if tx.ledger.period_closed(month_end(month)):
        raise ValidationError("payroll.month_closed", month=month.isoformat()[:7])
    paid = tx.payroll.last_run_of_month(month)
    if paid is not None:
        raise ValidationError(
            "payroll.items_month_paid", month=month.isoformat()[:7], number=paid.number
        )


def _checked(tx: ReadView, entry: MonthItems, country: str, currency: str) -> MonthItems:
    try:
        tx.hr.employee(entry.employee_id)
    except NotFound:
        raise NotFound("payroll.unknown_employee", employee=str(entry.employee_id)) from None
    kind = entry.overtime_kind or default_overtime_kind(country, entry.month)
    if kind not in default_payroll_catalog().rules(country, entry.month).overtime:
        raise ValidationError("payroll.unknown_overtime_kind", country=country, kind=kind)
    return replace(entry, currency=currency, overtime_kind=kind)


def _write(deps: Deps, tx: UnitOfWork, actor: Actor, entry: MonthItems) -> MonthItems | None:
    now = deps.now()
    if entry.is_empty:
        had = tx.payroll.month_items_of(entry.employee_id, entry.month)
        if had is None:
            return None
        tx.payroll.remove_month_items(entry.employee_id, entry.month, now)
        queue(deps, tx, ENTITY, had.id, items_payload(had, removed=True), actor.user_id)
        return None
    stamped = replace(entry, recorded_at=now, recorded_by=actor.user_id)
    saved = tx.payroll.save_month_items(stamped, now)
    queue(deps, tx, ENTITY, saved.id, items_payload(saved), actor.user_id)
    return saved


def record_month_items(
    deps: Deps, actor: Actor, month: date, entries: Sequence[MonthItems]
) -> Done[list[MonthItems]]:
    """Writes each employee's items of ``month`` over what was recorded (an empty entry
    removes the employee's record), all or nothing; the records as they now stand."""
    actor.require(Permission.HR_PAYROLL)
    month = month.replace(day=1)
    with deps.store.transaction(actor.user_id) as tx:
        refusal = write_refusal(ENTITY, tx.org.local_branch().kind)
        if refusal is not None:
            raise refusal
        company = tx.org.company()
        _open_month(tx, month)
        for entry in entries:
            checked = _checked(
                tx,
                replace(entry, month=month, id=entry.id or new_id()),
                company.country,
                company.currency,
            )
            _write(deps, tx, actor, checked)
        saved = tx.payroll.month_items(month)
    return Done(saved, CHANGED)
