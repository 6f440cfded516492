"""The declarations' figures and the salary transfer order, for HR at head office.

``payroll_declaration`` gives a month's or a quarter's figures (CNAS in Algeria, whose
employers declare monthly or, under ten employees, quarterly; CNSS and AMO in Morocco, by
the month; CNSS in Tunisia, by the quarter; the IRG, IR or IRPP and CSS withheld, by the
month) from the runs stored here, a corrected month on its last run. ``transfer_order``
gives what to transfer for a run (a correction: only the increase).
"""

from __future__ import annotations

from datetime import date
from uuid import UUID

from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.kernel.errors import NotFound, ValidationError
from erp_desktop.kernel.payroll.declarations import Declaration, declaration_of, quarter_bounds
from erp_desktop.kernel.payroll.run import month_end
from erp_desktop.kernel.payroll.transfers import TransferOrder
from erp_desktop.kernel.payroll.transfers import transfer_order as order_of
from erp_desktop.kernel.permissions import Permission


def payroll_declaration(
    deps: Deps, actor: Actor, year: int, month: int | None = None, quarter: int | None = None
) -> Declaration:
    """The figures of ``month`` (1-12) or of ``quarter`` (1-4) of ``year``."""
    actor.require(Permission.HR_PAYROLL)
    if (month is None) == (quarter is None):
        raise ValidationError("common.invalid_value", field="period", value=f"{month}/{quarter}")
    if month is not None:
        if not 1 <= month <= 12:
            raise ValidationError("common.invalid_value", field="month", value=str(month))
        start = date(year, month, 1)
        end = month_end(start)
    else:
        start, end = quarter_bounds(year, quarter or 0)
    with deps.store.read() as view:
        company = view.org.company()
        runs = []
        day = start
        while day <= end:
            runs.extend(view.payroll.runs_of_month(day))
            day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return declaration_of(runs, start, end, company.country, company.currency)


def transfer_order(deps: Deps, actor: Actor, run_id: UUID) -> TransferOrder:
    """The transfers of run ``run_id``; ``payroll.nothing_to_transfer`` when none is due."""
    actor.require(Permission.HR_PAYROLL)
    with deps.store.read() as view:
        run = view.payroll.payroll_run(run_id)
        if run is None:
            raise NotFound("payroll.run_not_found", run=str(run_id))
        corrected = view.payroll.payroll_run(run.corrects_id) if run.corrects_id else None
    order = order_of(run, corrected)
    if not order.credits and not order.refusals:
        raise ValidationError("payroll.nothing_to_transfer", number=run.number)
    return order
