"""A month's pay: gross, social contributions, taxable, tax, net, net to pay.

The order is the one the three countries share: the gross (base salary, overtime at the
legal majorations, allowances, less absences) bears the social contributions on its
contributory part; the taxable salary is the taxable gross less the employee's
contributions; the barème of the month's rule gives the tax; the net is what is left, and
the advances already paid come off it. Amounts are rounded to the currency's minor unit,
half up, line by line (each contribution, the tax), as the administrations' own worked
examples do; the Algerian taxable amount is first taken to the lower ten dinars.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.money import Money, total
from erp_desktop.kernel.payroll.payslip import (
    EARNING_LABELS,
    FIGURE_LABELS,
    LineKind,
    Payslip,
    PayslipLine,
)
from erp_desktop.kernel.payroll.rules import CountryRules, PayrollCatalog, default_payroll_catalog
from erp_desktop.kernel.payroll.taxes import TAX_FUNCTIONS, FamilySituation


@dataclass(frozen=True, slots=True)
class Contract:
    """What a payslip needs of an employment contract: its dates, base salary and hours."""

    start: date
    end: date | None
    base_salary: Money  # a month's base salary
    monthly_hours: Decimal  # the month's legal or contractual hours (hourly rate divisor)

    def __post_init__(self) -> None:
        if self.end is not None and self.end < self.start:
            raise ValidationError(
                "payroll.contract_ends_before_start",
                start=self.start.isoformat(),
                end=self.end.isoformat(),
            )
        if self.base_salary.is_negative():
            raise ValidationError(
                "payroll.negative_amount", field="base_salary", amount=str(self.base_salary)
            )
        if self.monthly_hours <= 0:
            raise ValidationError(
                "payroll.negative_amount", field="monthly_hours", amount=str(self.monthly_hours)
            )

    def covers(self, month: date) -> bool:
        last = month.replace(day=calendar.monthrange(month.year, month.month)[1])
        return self.start <= last and (self.end is None or self.end >= month)


@dataclass(frozen=True, slots=True)
class Allowance:
    """A prime or indemnity: whether it bears social contributions and income tax is the
    law's (a transport allowance in Algeria is taxable but not contributory)."""

    code: str
    label_fr: str
    label_ar: str
    amount: Money
    contributory: bool = True
    taxable: bool = True
    source: str = ""


def allowance_of_kind(
    country: str, on: date, kind: str, amount: Money, catalog: PayrollCatalog | None = None
) -> Allowance:
    """An allowance of a kind the law names (family allowance, expense refund...), with
    the contributory and taxable treatment, labels and source of the rule in force."""
    rules = (catalog or default_payroll_catalog()).rules(country, on.replace(day=1))
    rule = rules.allowance_kinds.get(kind)
    if rule is None:
        raise ValidationError("payroll.unknown_allowance_kind", country=country, kind=kind)
    return Allowance(
        kind,
        rule.label_fr,
        rule.label_ar,
        amount,
        rule.contributory,
        rule.taxable,
        rule.dated.source,
    )


@dataclass(frozen=True, slots=True)
class OvertimeHours:
    kind: str  # a kind of the country's overtime rules ("standard", "night"...)
    hours: Decimal


@dataclass(frozen=True, slots=True)
class PayInput:
    country: str
    month: date  # any day of the month paid
    contract: Contract
    allowances: tuple[Allowance, ...] = ()
    overtime: tuple[OvertimeHours, ...] = ()
    absence_hours: Decimal = Decimal(0)
    advances: tuple[Money, ...] = ()
    family: FamilySituation = field(default_factory=FamilySituation)
    # one-off deductions off the net (retenues: what the employee owes the employer)
    deductions: tuple[Money, ...] = ()


def _negative(name: str, amount: object) -> ValidationError:
    return ValidationError("payroll.negative_amount", field=name, amount=str(amount))


def _check(pay: PayInput, currency: str) -> None:
    amounts = [("base_salary", pay.contract.base_salary)]
    amounts += [(a.code, a.amount) for a in pay.allowances]
    amounts += [("advances", a) for a in pay.advances]
    amounts += [("deductions", d) for d in pay.deductions]
    for name, amount in amounts:
        if amount.currency != currency:
            raise ValidationError("money.currency_mismatch", left=amount.currency, right=currency)
        if amount.is_negative():
            raise _negative(name, amount)
    if pay.absence_hours < 0:
        raise _negative("absence_hours", pay.absence_hours)
    for hours in pay.overtime:
        if hours.hours < 0:
            raise _negative(f"overtime {hours.kind}", hours.hours)
    family = pay.family
    if min(family.dependants, family.children) < 0:
        raise _negative("dependants", min(family.dependants, family.children))


def _figure(code: str, amount: Money, source: str = "") -> PayslipLine:
    fr, ar = FIGURE_LABELS[code]
    return PayslipLine(code, fr, ar, LineKind.FIGURE, amount, source)


def compute_payslip(pay: PayInput, catalog: PayrollCatalog | None = None) -> Payslip:
    """The payslip of ``pay``'s month under the rules in force on its first day."""
    month = pay.month.replace(day=1)
    rules: CountryRules = (catalog or default_payroll_catalog()).rules(pay.country, month)
    currency = rules.currency
    _check(pay, currency)
    contract = pay.contract
    if not contract.covers(month):
        raise ValidationError(
            "payroll.outside_contract",
            month=month.isoformat()[:7],
            start=contract.start.isoformat(),
            end=contract.end.isoformat() if contract.end else "",
        )
    zero = Money.zero(currency)
    hourly = contract.base_salary.amount / contract.monthly_hours
    lines: list[PayslipLine] = []

    fr, ar = EARNING_LABELS["base_salary"]
    lines.append(PayslipLine("base_salary", fr, ar, LineKind.EARNING, contract.base_salary))
    contributory = contract.base_salary
    taxable_gross = contract.base_salary
    for hours in pay.overtime:
        rate = rules.overtime.get(hours.kind)
        if rate is None:
            raise ValidationError(
                "payroll.unknown_overtime_kind", country=pay.country, kind=hours.kind
            )
        amount = Money.of(hourly * hours.hours * (100 + rate.majoration) / 100, currency)
        fr, ar = EARNING_LABELS["overtime"]
        lines.append(
            PayslipLine(
                f"overtime_{hours.kind}",
                f"{fr} (+{rate.majoration} %)",
                f"{ar} (+{rate.majoration} %)",
                LineKind.EARNING,
                amount,
                rate.dated.source,
                rate=rate.majoration,
            )
        )
        contributory += amount
        taxable_gross += amount
    for allowance in pay.allowances:
        lines.append(
            PayslipLine(
                f"allowance_{allowance.code}",
                allowance.label_fr,
                allowance.label_ar,
                LineKind.EARNING,
                allowance.amount,
                allowance.source,
            )
        )
        if allowance.contributory:
            contributory += allowance.amount
        if allowance.taxable:
            taxable_gross += allowance.amount
    absence = Money.of(hourly * pay.absence_hours, currency)
    if not absence.is_zero():
        fr, ar = EARNING_LABELS["absence"]
        lines.append(PayslipLine("absence", fr, ar, LineKind.DEDUCTION, absence))
        contributory -= absence
        taxable_gross -= absence
    gross = total((ln.amount for ln in lines if ln.kind is LineKind.EARNING), currency) - absence
    if gross.is_negative() or contributory.is_negative():
        raise ValidationError("payroll.negative_net", net=str(gross))
    lines.append(_figure("gross", gross))
    lines.append(_figure("contributory_gross", contributory))
    lines.append(_figure("gross_taxable", taxable_gross))

    employee: list[Money] = []
    employer: list[Money] = []
    for rule in rules.contributions:
        base = (
            contributory
            if rule.ceiling is None
            else min(contributory, Money.of(rule.ceiling, currency))
        )
        amount = Money.of(base.amount * rule.rate / 100, currency)
        is_employee = rule.payer == "employee"
        lines.append(
            PayslipLine(
                rule.code,
                rule.label_fr,
                rule.label_ar,
                LineKind.WITHHOLDING if is_employee else LineKind.EMPLOYER,
                amount,
                rule.dated.source,
                base=base,
                rate=rule.rate,
                payable_to=rule.payable_to,
            )
        )
        (employee if is_employee else employer).append(amount)
    withheld = total(employee, currency)
    lines.append(_figure("employee_contributions", withheld))

    tax_rule = rules.income_tax
    taxable = taxable_gross - withheld
    if taxable.is_negative():
        taxable = zero
    outcome = TAX_FUNCTIONS[tax_rule.kind](
        taxable.amount, taxable_gross.amount, tax_rule, pay.family, rules.solidarity, currency
    )
    lines.append(_figure("taxable", taxable, tax_rule.dated.source))
    for figure in outcome.figures:
        if figure.code in ("income_tax", "solidarity"):
            continue
        lines.append(_figure(figure.code, Money.of(figure.amount, currency), figure.source))
    tax = Money.of(outcome.tax, currency)
    lines.append(
        PayslipLine(
            "income_tax",
            tax_rule.label_fr,
            tax_rule.label_ar,
            LineKind.WITHHOLDING,
            tax,
            tax_rule.dated.source,
            base=Money.of(outcome.taxable, currency),
            payable_to="tax",
        )
    )
    solidarity = Money.of(outcome.solidarity, currency)
    if rules.solidarity is not None:
        lines.append(
            PayslipLine(
                "solidarity",
                rules.solidarity.label_fr,
                rules.solidarity.label_ar,
                LineKind.WITHHOLDING,
                solidarity,
                rules.solidarity.dated.source,
                rate=rules.solidarity.points,
                payable_to="tax",
            )
        )
    net = gross - withheld - tax - solidarity
    lines.append(_figure("net", net))
    advances = total(pay.advances, currency)
    if not advances.is_zero():
        fr, ar = EARNING_LABELS["advances"]
        lines.append(PayslipLine("advances", fr, ar, LineKind.WITHHOLDING, advances))
    deductions = total(pay.deductions, currency)
    if not deductions.is_zero():
        fr, ar = EARNING_LABELS["deductions"]
        lines.append(PayslipLine("deductions", fr, ar, LineKind.WITHHOLDING, deductions))
    net_to_pay = net - advances - deductions
    if net.is_negative() or net_to_pay.is_negative():
        raise ValidationError("payroll.negative_net", net=str(net_to_pay))
    lines.append(_figure("net_to_pay", net_to_pay))
    charges = total(employer, currency)
    lines.append(_figure("employer_contributions", charges))
    lines.append(_figure("employer_cost", gross + charges))
    return Payslip(pay.country, currency, month, tuple(lines))
