"""A month's payroll run at head office: every employee's payslip, as one document.

A run is prepared from what each employee's month holds (contract, allowances, overtime,
absences, advances), every employee's problem reported at once (``(run, refusals)``), and
is then finalized through the document spine like any other document: numbered
(``PAY-2026-11``), stored, posted, queued for the server. A month is run once; what changes
afterwards is a *corrective* run (``PAY-2026-11-C1``): the full, new payslips of the month,
and an entry that posts only the difference with the run it corrects, whose journal it
carries (``previous``) so that the server posts the same entry from the payload alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from uuid import UUID

from erp_desktop.kernel.errors import ErpError, ValidationError
from erp_desktop.kernel.ids import derived_id
from erp_desktop.kernel.money import Money, total
from erp_desktop.kernel.payroll.compute import PayInput, compute_payslip
from erp_desktop.kernel.payroll.payslip import Payslip
from erp_desktop.kernel.payroll.posting import PayrollJournal
from erp_desktop.kernel.payroll.rules import PayrollCatalog

REGULAR = "payroll_run"
CORRECTIVE = "payroll_correction"
RUN_KINDS = (REGULAR, CORRECTIVE)


@dataclass(frozen=True, slots=True)
class EmployeePay:
    """What a run needs of one employee for the month: who, where they are paid, and the
    month's inputs (from the contract, attendance and leave)."""

    employee_id: UUID
    name: str
    name_ar: str
    pay: PayInput
    social_number: str = ""  # CNAS / CNSS affiliation number, for the declarations
    bank_account: str = ""  # RIB, for the transfer file
    job: str = ""


@dataclass(frozen=True, slots=True)
class RunPayslip:
    """One employee's payslip inside a run (its id derived from the run and the employee)."""

    id: UUID
    employee_id: UUID
    name: str
    name_ar: str
    social_number: str
    bank_account: str
    job: str
    payslip: Payslip
    hours: Decimal = Decimal(0)  # hours paid at the normal rate (the month's less absences)
    overtime_hours: Decimal = Decimal(0)


@dataclass(frozen=True, slots=True)
class EmployeeRefusal:
    """Why one employee's payslip could not be made (the run is refused whole)."""

    employee_id: UUID
    name: str
    error: ErpError


@dataclass(frozen=True, slots=True)
class PayrollRun:
    id: UUID
    number: str  # empty until finalized
    kind: str  # REGULAR or CORRECTIVE
    country: str
    currency: str
    month: date  # the first day of the month paid
    prepared_at: datetime
    prepared_by: UUID
    branch_id: UUID  # the site it was run at: head office
    payslips: tuple[RunPayslip, ...]
    corrects_id: UUID | None = None  # the run a corrective run replaces
    previous: PayrollJournal | None = None  # that run's journal: the entry posts the difference

    @property
    def journal(self) -> PayrollJournal:
        return PayrollJournal.of([s.payslip for s in self.payslips])

    @property
    def entry_date(self) -> date:
        """The last day of the month paid: the entry and the declarations are of that month."""
        return month_end(self.month)

    def payslip_of(self, employee_id: UUID) -> RunPayslip | None:
        return next((s for s in self.payslips if s.employee_id == employee_id), None)

    def total(self, code: str) -> Money:
        """The sum of line ``code`` over the run's payslips."""
        return total((s.payslip.amount(code) for s in self.payslips), self.currency)


@dataclass(frozen=True, slots=True)
class RunSummary:
    """A run as the list of runs shows it."""

    id: UUID
    number: str
    kind: str
    month: date
    employees: int
    gross: Money
    net_to_pay: Money
    corrects_id: UUID | None
    prepared_at: datetime


@dataclass(frozen=True, slots=True)
class EmployeePayslip:
    """One payslip of one employee with the run it belongs to: what an employee's own list
    shows, read without the other employees' payslips of the run."""

    run_id: UUID
    number: str
    kind: str
    month: date
    slip: RunPayslip

    @property
    def entry_date(self) -> date:
        return month_end(self.month)


def month_end(month: date) -> date:
    following = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return date.fromordinal(following.toordinal() - 1)


def run_number(month: date, corrections: int = 0) -> str:
    """``PAY-2026-11`` for the month's run, ``PAY-2026-11-C1`` for its first correction."""
    base = f"PAY-{month.year:04d}-{month.month:02d}"
    return f"{base}-C{corrections}" if corrections else base


def prepare_run(
    *,
    run_id: UUID,
    country: str,
    currency: str,
    month: date,
    employees: Sequence[EmployeePay],
    prepared_at: datetime,
    prepared_by: UUID,
    branch_id: UUID,
    corrects: PayrollRun | None = None,
    catalog: PayrollCatalog | None = None,
) -> tuple[PayrollRun | None, tuple[EmployeeRefusal, ...]]:
    """The run of ``month`` for ``employees`` and every employee refused with its code;
    no run at all when any is refused (nothing is half-paid). ``corrects`` makes it a
    corrective run of that one (the month's last run)."""
    month = month.replace(day=1)
    if not employees:
        raise ValidationError("payroll.no_payslips")
    refusals: list[EmployeeRefusal] = []
    slips: list[RunPayslip] = []
    seen: set[UUID] = set()
    for e in employees:
        if e.employee_id in seen:
            refusals.append(
                EmployeeRefusal(
                    e.employee_id,
                    e.name,
                    ValidationError("payroll.employee_twice", employee=e.name),
                )
            )
            continue
        seen.add(e.employee_id)
        if e.pay.country != country or e.pay.month.replace(day=1) != month:
            error = ValidationError("payroll.mixed_countries", left=country, right=e.pay.country)
            refusals.append(EmployeeRefusal(e.employee_id, e.name, error))
            continue
        try:
            payslip = compute_payslip(e.pay, catalog)
        except ErpError as failed:
            refusals.append(EmployeeRefusal(e.employee_id, e.name, failed))
            continue
        if payslip.currency != currency:
            error = ValidationError(
                "money.currency_mismatch", left=payslip.currency, right=currency
            )
            refusals.append(EmployeeRefusal(e.employee_id, e.name, error))
            continue
        slips.append(
            RunPayslip(
                derived_id("payslip", run_id, e.employee_id),
                e.employee_id,
                e.name,
                e.name_ar,
                e.social_number,
                e.bank_account,
                e.job,
                payslip,
                e.pay.contract.monthly_hours - e.pay.absence_hours,
                sum((h.hours for h in e.pay.overtime), Decimal(0)),
            )
        )
    if refusals:
        return None, tuple(refusals)
    run = PayrollRun(
        id=run_id,
        number="",
        kind=REGULAR if corrects is None else CORRECTIVE,
        country=country,
        currency=currency,
        month=month,
        prepared_at=prepared_at,
        prepared_by=prepared_by,
        branch_id=branch_id,
        payslips=tuple(sorted(slips, key=lambda s: (s.name, str(s.employee_id)))),
        corrects_id=None if corrects is None else corrects.id,
        previous=None if corrects is None else corrects.journal,
    )
    if run.previous is not None and run.previous == run.journal and _same_slips(run, corrects):
        raise ValidationError(
            "payroll.nothing_to_correct", number=corrects.number if corrects else ""
        )
    return run, ()


def _same_slips(run: PayrollRun, other: PayrollRun | None) -> bool:
    if other is None:
        return False
    mine = {s.employee_id: s.payslip for s in run.payslips}
    theirs = {s.employee_id: s.payslip for s in other.payslips}
    return mine == theirs
