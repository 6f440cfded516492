"""The figures of the monthly or quarterly declarations: what was withheld and is owed to
each social fund (CNAS in Algeria, CNSS and AMO in Morocco, CNSS in Tunisia) and to the tax
office (IRG, IR, IRPP and the CSS), for a month or a quarter, with the per-employee lines
the social funds' nominative declarations ask for.

A month counts once, on its last run: a corrective run holds the month's full, corrected
payslips, so the declaration of a corrected month shows the figures as corrected. Each
contribution is one row per fund (the employee's and the employer's shares side by side,
on the base they were computed on), named by its rule's code without the payer
(``cnas_employee`` and ``cnas_employer`` make ``cnas``).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.payroll.payslip import LineKind
from erp_desktop.kernel.payroll.run import PayrollRun, month_end

SUFFIXES = ("_employee", "_employer")


def fund_of(code: str) -> str:
    for suffix in SUFFIXES:
        if code.endswith(suffix):
            return code[: -len(suffix)]
    return code


@dataclass(frozen=True, slots=True)
class FundLine:
    fund: str  # cnas, cnss, amo, job_loss, tfp, ...
    label_fr: str
    label_ar: str
    payable_to: str  # "social" or "tax"
    base: Money  # the employee share's base (the employer's when it has no employee share)
    employee: Money
    employer: Money

    @property
    def total(self) -> Money:
        return self.employee + self.employer


@dataclass(frozen=True, slots=True)
class EmployeeLine:
    social_number: str
    name: str
    month: date
    gross: Money
    contributory: Money
    employee: Money  # employee social contributions
    employer: Money  # employer social contributions
    tax: Money  # income tax and solidarity withheld


@dataclass(frozen=True, slots=True)
class Declaration:
    country: str
    currency: str
    start: date
    end: date
    runs: tuple[str, ...]  # the runs whose figures it holds (a month's last)
    funds: tuple[FundLine, ...]
    income_tax: Money
    solidarity: Money
    employees: tuple[EmployeeLine, ...]

    @property
    def headcount(self) -> int:
        return len({(e.social_number, e.name) for e in self.employees})


def last_runs(runs: Sequence[PayrollRun]) -> list[PayrollRun]:
    """The last run of each month (the corrected figures), months in order."""
    by_month: dict[date, PayrollRun] = {}
    for run in sorted(runs, key=lambda r: (r.month, r.prepared_at, r.number)):
        by_month[run.month] = run
    return [by_month[m] for m in sorted(by_month)]


def quarter_bounds(year: int, quarter: int) -> tuple[date, date]:
    if not 1 <= quarter <= 4:
        raise ValidationError("common.invalid_value", field="quarter", value=str(quarter))
    first = date(year, 3 * quarter - 2, 1)
    return first, month_end(date(year, 3 * quarter, 1))


def declaration_of(
    runs: Sequence[PayrollRun], start: date, end: date, country: str, currency: str
) -> Declaration:
    """The declaration of the months from ``start`` to ``end`` from their runs."""
    zero = Money.zero(currency)
    chosen = [r for r in last_runs(runs) if start <= r.month <= end]
    labels: dict[str, tuple[str, str, str]] = {}
    shares: dict[tuple[str, bool], list[Money]] = {}  # (fund, employee share) -> amount, base
    people: list[EmployeeLine] = []
    income_tax, solidarity = zero, zero
    for run in chosen:
        for s in run.payslips:
            slip = s.payslip
            for line in slip.lines:
                if line.kind not in (LineKind.WITHHOLDING, LineKind.EMPLOYER):
                    continue
                if not line.payable_to or line.code in ("income_tax", "solidarity"):
                    continue
                fund = fund_of(line.code)
                mine = line.kind is LineKind.WITHHOLDING
                if mine or fund not in labels:
                    labels[fund] = (line.label_fr, line.label_ar, line.payable_to)
                amount, base = shares.setdefault((fund, mine), [zero, zero])
                shares[(fund, mine)] = [amount + line.amount, base + (line.base or zero)]
            income_tax += slip.income_tax
            solidarity += slip.solidarity
            people.append(
                EmployeeLine(
                    s.social_number,
                    s.name,
                    run.month,
                    slip.gross,
                    slip.amount("contributory_gross"),
                    slip.contributions(LineKind.WITHHOLDING, "social"),
                    slip.contributions(LineKind.EMPLOYER, "social"),
                    slip.income_tax + slip.solidarity,
                )
            )
    lines = []
    for fund, (label_fr, label_ar, payable_to) in labels.items():
        employee = shares.get((fund, True))
        employer = shares.get((fund, False))
        lines.append(
            FundLine(
                fund,
                label_fr,
                label_ar,
                payable_to,
                (employee or employer or [zero, zero])[1],
                employee[0] if employee else zero,
                employer[0] if employer else zero,
            )
        )
    return Declaration(
        country,
        currency,
        start,
        end,
        tuple(r.number for r in chosen),
        tuple(lines),
        income_tax,
        solidarity,
        tuple(people),
    )


def _decimal(money: Money) -> str:
    return f"{money.amount:f}"


def declaration_csv(d: Declaration) -> str:
    """The declaration as CSV: one row per fund and tax, then one row per employee and
    month (semicolon-separated, decimal point, UTF-8, as spreadsheets of the region read)."""
    out = io.StringIO()
    w = csv.writer(out, delimiter=";", lineterminator="\n")
    w.writerow(["period", d.start.isoformat(), d.end.isoformat(), d.country, d.currency])
    w.writerow(["runs", *d.runs])
    w.writerow(["fund", "label", "payable_to", "base", "employee", "employer", "total"])
    for f in d.funds:
        w.writerow(
            [
                f.fund,
                f.label_fr,
                f.payable_to,
                _decimal(f.base),
                _decimal(f.employee),
                _decimal(f.employer),
                _decimal(f.total),
            ]
        )
    w.writerow(["income_tax", "", "tax", "", _decimal(d.income_tax), "", _decimal(d.income_tax)])
    if not d.solidarity.is_zero():
        w.writerow(
            ["solidarity", "", "tax", "", _decimal(d.solidarity), "", _decimal(d.solidarity)]
        )
    w.writerow([])
    w.writerow(
        ["social_number", "name", "month", "gross", "contributory", "employee", "employer", "tax"]
    )
    for e in d.employees:
        w.writerow(
            [
                e.social_number,
                e.name,
                e.month.isoformat()[:7],
                _decimal(e.gross),
                _decimal(e.contributory),
                _decimal(e.employee),
                _decimal(e.employer),
                _decimal(e.tax),
            ]
        )
    return out.getvalue()
