"""What a month's run pays each employee, read from HR's records through the ports.

For every employee with a contract in force in the month: the base salary, hours and
allowances of the contract terms in force on the month's first day (a raise from a later
day is paid from the next month; a contract starting inside the month takes its first
terms), the family situation recorded by then (it changes the tax), and from hr's month
(``app.hr.for_payroll``) the overtime clocked at the branches and the absences: every day
the employee's shift planned that was neither clocked, nor a public holiday, nor on
approved leave, plus the leave the employer does not pay (unpaid, and sick or maternity
leave paid by the social-security fund), each day for its planned hours. HR adds what only it knows: the items
it stored for the month ahead of the run (``app.payroll.month_items``: advances, hours to
take off or add, a bonus, a deduction), or figures passed for the run (``Adjustment``, a
correction's), which stand for the employee's stored ones. A contract that starts or ends
inside the month pays the month pro rata of its calendar days (the days outside it come
off as absent hours). A record payroll cannot use (no
terms, an allowance the country does not name) is reported with the employee's name,
every one at once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from uuid import UUID

from erp_desktop.app.hr.for_payroll import LeaveTaken, month_for_payroll
from erp_desktop.app.ports import ReadView
from erp_desktop.kernel.errors import ErpError, NotFound, ValidationError
from erp_desktop.kernel.hr.records import (
    ContractTerms,
    EmploymentContract,
    family_on,
    terms_on,
)
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.payroll import (
    Allowance,
    Contract,
    FamilySituation,
    OvertimeHours,
    PayInput,
)
from erp_desktop.kernel.payroll.compute import allowance_of_kind
from erp_desktop.kernel.payroll.month_items import MonthItems, default_overtime_kind
from erp_desktop.kernel.payroll.run import EmployeePay, EmployeeRefusal, month_end

MINUTES = Decimal(60)


@dataclass(frozen=True, slots=True)
class Adjustment:
    """What HR enters for one employee's month besides the records."""

    advances: tuple[Money, ...] = ()
    absence_hours: Decimal = Decimal(0)  # unpaid hours the attendance does not show
    overtime: tuple[OvertimeHours, ...] = ()  # overtime not clocked (night, rest day)
    allowances: tuple[Allowance, ...] = ()  # one-off (a bonus of the month)
    deductions: tuple[Money, ...] = ()  # one-off, off the net


def adjustment_of(items: MonthItems, country: str) -> Adjustment:
    """What HR's stored items of a month add to its payslip (kernel.payroll.month_items)."""
    cur, month = items.currency, items.month

    def money(minor: int) -> tuple[Money, ...]:
        return (Money.from_minor(minor, cur),) if minor else ()

    kind = items.overtime_kind or default_overtime_kind(country, month)
    return Adjustment(
        advances=money(items.advance_minor),
        absence_hours=items.absence_hours,
        overtime=(OvertimeHours(kind, items.overtime_hours),) if items.overtime_hours else (),
        allowances=tuple(
            allowance_of_kind(country, month, "bonus", m) for m in money(items.bonus_minor)
        ),
        deductions=money(items.deduction_minor),
    )


@dataclass(frozen=True, slots=True)
class MonthInputs:
    employees: tuple[EmployeePay, ...]
    refusals: tuple[EmployeeRefusal, ...]
    leave: Mapping[UUID, tuple[LeaveTaken, ...]] = field(default_factory=dict)


def _contract_in(contracts: list[EmploymentContract], month: date) -> EmploymentContract | None:
    last = month_end(month)
    for c in reversed(contracts):
        if c.starts_on <= last and (c.ends_on is None or c.ends_on >= month):
            return c
    return None


def _terms_for(terms: list[ContractTerms], month: date) -> ContractTerms | None:
    """The terms in force on the month's first day; a contract begun inside the month is
    paid on its first terms."""
    return terms_on(terms, month) or (min(terms, key=lambda t: t.valid_from) if terms else None)


def _month_at_the_branch(
    view: ReadView, employee_id: UUID, month: date
) -> tuple[Decimal, Decimal, tuple[LeaveTaken, ...]]:
    """(overtime hours, unpaid absence hours, leave) of the month from hr's attendance
    and leave (app.hr.for_payroll); nothing for an employee who is not clocked."""
    try:
        figures = month_for_payroll(view, employee_id, month)
    except NotFound:
        return Decimal(0), Decimal(0), ()
    member = view.attendance.staff_member(employee_id)
    shift = view.attendance.shift(member.shift_id) if member.shift_id else None
    per_day = Decimal(shift.planned_minutes if shift else 0) / MINUTES
    # Leave the employer does not pay (unpaid leave, sick and maternity leave paid by the
    # social-security fund) comes off the salary like an absence.
    unpaid_days = sum(t.days for t in figures.leave if t.paid_by != "employer")
    absent = figures.absence_hours + per_day * unpaid_days
    return figures.overtime_hours, absent, figures.leave


def outside_contract_hours(contract: EmploymentContract, month: date, monthly: Decimal) -> Decimal:
    """The month's hours before the contract starts or after it ends, pro rata of the
    calendar days (a hire on the 16th of a 30-day month is paid half the month)."""
    first, last = month, month_end(month)
    days = (last - first).days + 1
    start = max(first, contract.starts_on)
    end = min(last, contract.ends_on) if contract.ends_on else last
    covered = max(0, (end - start).days + 1)
    if covered == days:
        return Decimal(0)
    return (monthly * (days - covered) / days).quantize(Decimal("0.01"))


def month_inputs(
    view: ReadView,
    month: date,
    adjustments: Mapping[UUID, Adjustment] | None = None,
) -> MonthInputs:
    """Every employee to pay in ``month`` with the month's inputs."""
    month = month.replace(day=1)
    company = view.org.company()
    adjustments = adjustments or {}
    stored = {i.employee_id: i for i in view.payroll.month_items(month)}
    people: list[EmployeePay] = []
    refusals: list[EmployeeRefusal] = []
    taken: dict[UUID, tuple[LeaveTaken, ...]] = {}
    for employee in view.hr.employees():
        if employee.country != company.country:
            continue
        contract = _contract_in(view.hr.contracts_of(employee.id), month)
        if contract is None:
            continue
        name = f"{employee.last_name} {employee.first_name}"
        try:
            terms = _terms_for(view.hr.terms_of(contract.id), month)
            if terms is None:
                raise ValidationError("payroll.no_contract_terms", employee=name)
            currency = contract.currency
            allowances = tuple(
                allowance_of_kind(
                    company.country, month, a.kind, Money.from_minor(a.amount_minor, currency)
                )
                for a in terms.allowances
            )
        except ErpError as error:
            refusals.append(EmployeeRefusal(employee.id, name, error))
            continue
        family = family_on(view.hr.family_history(employee.id), month_end(month))
        # what HR passes for the run (a correction's figures) stands for what it stored
        adjustment = adjustments.get(employee.id) or (
            adjustment_of(stored[employee.id], company.country)
            if employee.id in stored
            else Adjustment()
        )
        clocked_over, hours, leave = _month_at_the_branch(view, employee.id, month)
        taken[employee.id] = leave
        ordinary = default_overtime_kind(company.country, month)
        overtime = (OvertimeHours(ordinary, clocked_over),) if clocked_over else ()
        hours += outside_contract_hours(contract, month, terms.monthly_hours)
        pay = PayInput(
            company.country,
            month,
            Contract(
                contract.starts_on,
                contract.ends_on,
                Money.from_minor(terms.base_salary_minor, currency),
                terms.monthly_hours,
            ),
            allowances=allowances + adjustment.allowances,
            overtime=overtime + adjustment.overtime,
            absence_hours=hours + adjustment.absence_hours,
            advances=adjustment.advances,
            family=family.situation if family else FamilySituation(),
            deductions=adjustment.deductions,
        )
        people.append(
            EmployeePay(
                employee.id,
                name,
                f"{employee.last_name_ar} {employee.first_name_ar}",
                pay,
                employee.social_security_number,
                employee.bank_account,
                contract.job_title or employee.job_title,
            )
        )
    return MonthInputs(tuple(people), tuple(refusals), taken)
