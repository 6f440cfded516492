"""Reading payslips: HR reads every one; anyone else only their own.

The check is here, not in the screens: a salary reaches a user with ``hr.payroll`` (HR
officers, administrators) or the employee it pays, whose own account is the one named by
their matricule (``PayrollReads.employee_of_user``). A branch manager or a warehouse clerk
asking for a colleague's payslip is refused with ``payroll.not_own_payslip``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any
from uuid import UUID

from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.ports import ReadView
from erp_desktop.app.records import CompanyInfo
from erp_desktop.kernel.errors import NotFound, PermissionDenied
from erp_desktop.kernel.payroll.run import PayrollRun, RunPayslip, RunSummary
from erp_desktop.kernel.payroll.run_wire import payslip_from_payload
from erp_desktop.kernel.permissions import Permission

# The employer's affiliation number with the social fund, as the company's records key it.
EMPLOYER_FUND = {"DZ": "CNAS", "MA": "CNSS", "TN": "CNSS"}


@dataclass(frozen=True, slots=True)
class PayslipView:
    """One payslip with what its PDF prints around it."""

    company: CompanyInfo
    run_number: str
    run_kind: str
    month: date
    paid_on: date
    slip: RunPayslip

    @property
    def employer_number(self) -> str:
        return self.company.legal_ids.get(EMPLOYER_FUND.get(self.company.country, ""), "")


def reads_every_payslip(actor: Actor) -> bool:
    return actor.may(Permission.HR_PAYROLL)


def _run(view: ReadView, run_id: UUID) -> PayrollRun:
    run = view.payroll.payroll_run(run_id)
    if run is None:
        raise NotFound("payroll.run_not_found", run=str(run_id))
    return run


def _may_read(view: ReadView, actor: Actor, employee_id: UUID) -> None:
    if reads_every_payslip(actor):
        return
    if view.payroll.employee_of_user(actor.username) != employee_id:
        raise PermissionDenied("payroll.not_own_payslip", user=actor.username)


def payslip_view(deps: Deps, actor: Actor, run_id: UUID, employee_id: UUID) -> PayslipView:
    """The payslip of ``employee_id`` in run ``run_id``, if ``actor`` may read it."""
    with deps.store.read() as view:
        _may_read(view, actor, employee_id)
        run = _run(view, run_id)
        slip = run.payslip_of(employee_id)
        if slip is None:
            raise NotFound("common.not_found", entity="payslip", id=str(employee_id))
        company = view.org.company()
    return PayslipView(company, run.number, run.kind, run.month, run.entry_date, slip)


def run_payslips(deps: Deps, actor: Actor, run_id: UUID) -> list[PayslipView]:
    """Every payslip of a run, for HR."""
    actor.require(Permission.HR_PAYROLL)
    with deps.store.read() as view:
        run = _run(view, run_id)
        company = view.org.company()
    return [
        PayslipView(company, run.number, run.kind, run.month, run.entry_date, s)
        for s in run.payslips
    ]


def payroll_runs(deps: Deps, actor: Actor) -> list[RunSummary]:
    """The runs, the latest month first, for HR."""
    actor.require(Permission.HR_PAYROLL)
    with deps.store.read() as view:
        return view.payroll.run_summaries()


def payroll_run(deps: Deps, actor: Actor, run_id: UUID) -> PayrollRun:
    actor.require(Permission.HR_PAYROLL)
    with deps.store.read() as view:
        return _run(view, run_id)


def my_payslips(deps: Deps, actor: Actor) -> list[PayslipView]:
    """The actor's own payslips, the latest first, and nothing of anyone else's: none for a
    user who is no employee. Every user may ask (``payroll.own_payslips``); the repository
    reads the rows of the actor's own employee alone."""
    actor.require(Permission.PAYROLL_OWN_PAYSLIPS)
    with deps.store.read() as view:
        employee_id = view.payroll.employee_of_user(actor.username)
        if employee_id is None:
            return []
        company = view.org.company()
        own = view.payroll.own_payslips(employee_id)
    return [
        PayslipView(company, p.number, p.kind, p.month, p.entry_date, p.slip)
        for p in own
        if p.slip.employee_id == employee_id
    ]


def payslips_kept_here(deps: Deps) -> bool:
    """Whether this site's replica keeps the payslips: head office's (and a shop running
    alone) does; a branch's never does, so its users read theirs from the server."""
    with deps.store.read() as view:
        return view.org.local_branch().kind != "branch"


def served_payslips(deps: Deps, actor: Actor, served: Mapping[str, Any]) -> list[PayslipView]:
    """The payslips the server answered for the actor (``/api/v1/payslips/own``), with the
    company as this replica knows it, so the PDF printed here is head office's. Only what is
    the answer's employee's is kept; nothing is written anywhere."""
    actor.require(Permission.PAYROLL_OWN_PAYSLIPS)
    employee_id = UUID(str(served["employee_id"]))
    with deps.store.read() as view:
        company = view.org.company()
    found = []
    for p in served["payslips"]:
        month = date.fromisoformat(p["month"])
        slip = payslip_from_payload(p["payslip"], p["country"], p["currency"], month)
        if slip.employee_id != employee_id:
            continue
        found.append(
            PayslipView(
                company,
                p["run_number"],
                p["run_kind"],
                month,
                date.fromisoformat(p["paid_on"]),
                slip,
            )
        )
    return found
