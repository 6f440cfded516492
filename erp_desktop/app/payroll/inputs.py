"""What a month's run pays each employee, read from HR's records through the ports.

For every employee with a contract in force in the month: the base salary, hours and
allowances of the contract terms in force on the month's first day (a raise from a later
day is paid from the next month; a contract starting inside the month takes its first
terms), the family situation recorded by then (it changes the tax), the overtime clocked
at the branches (attendance, summed over the month) and the absences: every day the
employee's shift plans that was neither clocked nor excused (approved leave, public
holidays: ``excused``), each for its planned hours. HR adds what only it knows: advances
already paid and hours to take off or add (``Adjustment``). A record payroll cannot use (no
terms, an allowance the country does not name) is reported with the employee's name,
every one at once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from uuid import UUID

from erp_desktop.app.ports import ReadView
from erp_desktop.kernel.errors import ErpError, ValidationError
from erp_desktop.kernel.hr.records import (
    ContractTerms,
    Employee,
    EmploymentContract,
    family_on,
    terms_on,
)
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.payroll import Contract, FamilySituation, OvertimeHours, PayInput
from erp_desktop.kernel.payroll.compute import allowance_of_kind
from erp_desktop.kernel.payroll.run import EmployeePay, EmployeeRefusal, month_end

MINUTES = Decimal(60)


@dataclass(frozen=True, slots=True)
class Adjustment:
    """What HR enters for one employee's month besides the records."""

    advances: tuple[Money, ...] = ()
    absence_hours: Decimal = Decimal(0)  # unpaid hours the attendance does not show
    overtime: tuple[OvertimeHours, ...] = ()  # overtime not clocked (night, rest day)


@dataclass(frozen=True, slots=True)
class MonthInputs:
    employees: tuple[EmployeePay, ...]
    refusals: tuple[EmployeeRefusal, ...]
    absent_days: Mapping[UUID, tuple[date, ...]] = field(default_factory=dict)


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


def _absences(
    view: ReadView,
    employee: Employee,
    contract: EmploymentContract,
    month: date,
    today: date,
    clocked: set[date],
    excused: set[date],
) -> tuple[Decimal, tuple[date, ...]]:
    try:
        member = view.attendance.staff_member(employee.id)
    except ErpError:
        return Decimal(0), ()  # not clocked at a branch: absences are HR's to enter
    if member.shift_id is None:
        return Decimal(0), ()
    shift = view.attendance.shift(member.shift_id)
    first = max(month, contract.starts_on)
    last = min(month_end(month), contract.ends_on or month_end(month), today)
    minutes, days = 0, []
    day = first
    while day <= last:
        if shift.worked_on(day) and day not in clocked and day not in excused:
            minutes += shift.planned_on(day)
            days.append(day)
        day += timedelta(days=1)
    return Decimal(minutes) / MINUTES, tuple(days)


def month_inputs(
    view: ReadView,
    month: date,
    today: date,
    adjustments: Mapping[UUID, Adjustment] | None = None,
    excused: Mapping[UUID, set[date]] | None = None,
) -> MonthInputs:
    """Every employee to pay in ``month`` (as known on ``today``) with the month's inputs."""
    month = month.replace(day=1)
    company = view.org.company()
    adjustments = adjustments or {}
    excused = excused or {}
    people: list[EmployeePay] = []
    refusals: list[EmployeeRefusal] = []
    absent: dict[UUID, tuple[date, ...]] = {}
    clocked_of: dict[UUID, set[date]] = {}
    overtime_of: dict[UUID, int] = {}
    for a in view.attendance.attendance_between(month, month_end(month)):
        clocked_of.setdefault(a.staff_id, set()).add(a.work_date)
        overtime_of[a.staff_id] = overtime_of.get(a.staff_id, 0) + a.overtime_minutes
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
        adjustment = adjustments.get(employee.id, Adjustment())
        hours, days = _absences(
            view,
            employee,
            contract,
            month,
            today,
            clocked_of.get(employee.id, set()),
            excused.get(employee.id, set()),
        )
        absent[employee.id] = days
        clocked_over = Decimal(overtime_of.get(employee.id, 0)) / MINUTES
        overtime = (OvertimeHours("standard", clocked_over),) if clocked_over else ()
        pay = PayInput(
            company.country,
            month,
            Contract(
                contract.starts_on,
                contract.ends_on,
                Money.from_minor(terms.base_salary_minor, currency),
                terms.monthly_hours,
            ),
            allowances=allowances,
            overtime=overtime + adjustment.overtime,
            absence_hours=hours + adjustment.absence_hours,
            advances=adjustment.advances,
            family=family.situation if family else FamilySituation(),
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
    return MonthInputs(tuple(people), tuple(refusals), absent)
