"""How each country's barème turns a month's taxable salary into the tax withheld.

One function per ``IncomeTaxRule.kind``; the figures (brackets, abatements, deductions) come
from the rule, the function only says in which order the law applies them. Every step is
returned as a named figure with the source of its rule, for the payslip to show.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal

from erp_desktop.kernel.money import quantum
from erp_desktop.kernel.payroll.rules import Bracket, IncomeTaxRule, Solidarity

MONTHS = 12


@dataclass(frozen=True, slots=True)
class Figure:
    """A named intermediate amount of the computation and the rule it comes from."""

    code: str
    amount: Decimal
    source: str


@dataclass(frozen=True, slots=True)
class FamilySituation:
    """What the tax asks of the family: Morocco counts dependants (spouse, children),
    Tunisia a head of family and his or her dependent children."""

    dependants: int = 0
    head_of_family: bool = False
    children: int = 0


@dataclass(frozen=True, slots=True)
class TaxOutcome:
    taxable: Decimal  # the month's taxable amount the barème was applied to
    tax: Decimal  # the month's tax withheld, rounded to the minor unit
    solidarity: Decimal  # Tunisia's CSS for the month (0 elsewhere)
    figures: tuple[Figure, ...]


def progressive(
    amount: Decimal, brackets: Sequence[Bracket], divisor: int = 1, points: Decimal = Decimal(0)
) -> Decimal:
    """The tax of ``amount`` on a barème by brackets (each rate on the part in its bracket).

    ``divisor`` reads an annual barème for a month (12); ``points`` raises every rate, the
    0 % bracket's too (Tunisia's solidarity contribution is the difference such a raise
    makes: half a point of the whole base, the law exempting the bases up to 5,000 TND).
    """
    tax = Decimal(0)
    for index, bracket in enumerate(brackets):
        lower = bracket.above / divisor
        if amount <= lower:
            break
        upper = brackets[index + 1].above / divisor if index + 1 < len(brackets) else None
        top = amount if upper is None else min(amount, upper)
        rate = bracket.rate + points
        tax += (top - lower) * rate / 100
    return tax


def _round(amount: Decimal, currency: str) -> Decimal:
    return max(amount, Decimal(0)).quantize(quantum(currency), rounding=ROUND_HALF_UP)


def _step_down(amount: Decimal, step: Decimal) -> Decimal:
    if step <= 0:
        return amount
    return (amount / step).to_integral_value(rounding=ROUND_FLOOR) * step


def dz_irg(
    taxable: Decimal,
    gross_taxable: Decimal,
    rule: IncomeTaxRule,
    family: FamilySituation,
    solidarity: Solidarity | None,
    currency: str,
) -> TaxOutcome:
    """Algeria, CIDTA art. 104 (LF 2022): the monthly barème (the annual one over 12), less
    the 40 % abatement bounded to [1,000; 1,500] DA a month, nothing up to 30,000 DA, the
    smoothing formula between 30,000 and 35,000 DA."""
    source = rule.dated.source
    base = _step_down(taxable, rule.taxable_step)
    figures = [Figure("taxable_rounded", base, rule.taxable_rounding_source or source)]
    if base <= rule.exempt_up_to:
        return TaxOutcome(
            base, Decimal(0), Decimal(0), (*figures, Figure("income_tax", Decimal(0), source))
        )
    gross_tax = progressive(base, rule.brackets, MONTHS)
    abatement = gross_tax * rule.abatement_rate / 100
    abatement = max(abatement, rule.abatement_minimum_annual / MONTHS)
    if rule.abatement_maximum_annual is not None:
        abatement = min(abatement, rule.abatement_maximum_annual / MONTHS)
    abatement = min(abatement, gross_tax)
    tax = gross_tax - abatement
    figures += [
        Figure("income_tax_gross", gross_tax, source),
        Figure("abatement", abatement, source),
    ]
    smoothing = rule.smoothing
    if smoothing is not None and base < smoothing.below:
        tax = smoothing.factor.times(tax) - smoothing.less.value
        figures.append(Figure("smoothing", tax, smoothing.source))
    tax = _round(tax, currency)
    return TaxOutcome(base, tax, Decimal(0), (*figures, Figure("income_tax", tax, source)))


def ma_ir(
    taxable: Decimal,
    gross_taxable: Decimal,
    rule: IncomeTaxRule,
    family: FamilySituation,
    solidarity: Solidarity | None,
    currency: str,
) -> TaxOutcome:
    """Morocco, CGI art. 59, 73 and 74: the professional expenses off the gross taxable
    salary, then the annual barème on twelve times the month's net taxable salary, less the family reduction (per dependant, capped), over twelve."""
    source = rule.dated.source
    figures: list[Figure] = []
    if rule.professional_expenses is not None:
        # art. 59-I: a share of the gross taxable salary, the rate set by its annual amount
        rule_expenses = rule.professional_expenses
        expenses = gross_taxable * rule_expenses.rate_for(gross_taxable * MONTHS) / 100
        if rule_expenses.cap_annual is not None:
            expenses = min(expenses, rule_expenses.cap_annual / MONTHS)
        expenses = _round(expenses, currency)
        figures.append(Figure("professional_expenses", expenses, rule_expenses.source))
        taxable = max(taxable - expenses, Decimal(0))
    figures.append(Figure("net_taxable", taxable, source))
    annual = taxable * MONTHS
    gross_tax = progressive(annual, rule.brackets)
    reduction = Decimal(0)
    if rule.family is not None:
        counted = min(family.dependants, rule.family.max_dependants)
        reduction = min(rule.family.per_dependant_annual * counted, gross_tax)
    tax = _round((gross_tax - reduction) / MONTHS, currency)
    figures += [
        Figure("income_tax_gross", gross_tax / MONTHS, source),
        Figure(
            "family_reduction", reduction / MONTHS, rule.family.source if rule.family else source
        ),
        Figure("income_tax", tax, source),
    ]
    return TaxOutcome(taxable, tax, Decimal(0), tuple(figures))


def tn_irpp(
    taxable: Decimal,
    gross_taxable: Decimal,
    rule: IncomeTaxRule,
    family: FamilySituation,
    solidarity: Solidarity | None,
    currency: str,
) -> TaxOutcome:
    """Tunisia, Code de l'IRPP art. 25, 40, 44 and 52: the month's withholding is the tax of
    the year's salary (twelve months) over twelve; professional expenses and family
    deductions come off the annual base; the CSS is the half point on the same base."""
    source = rule.dated.source
    annual = taxable * MONTHS
    expenses = Decimal(0)
    figures: list[Figure] = []
    if rule.professional_expenses is not None:
        rule_expenses = rule.professional_expenses
        expenses = annual * rule_expenses.rate_for(annual) / 100
        if rule_expenses.cap_annual is not None:
            expenses = min(expenses, rule_expenses.cap_annual)
        figures.append(Figure("professional_expenses", expenses / MONTHS, rule_expenses.source))
    deductions = Decimal(0)
    if rule.family is not None:
        fam = rule.family
        deductions = fam.head_of_family_annual if family.head_of_family else Decimal(0)
        deductions += fam.per_child_annual * min(family.children, fam.max_children)
        figures.append(Figure("family_deductions", deductions / MONTHS, fam.source))
    base = max(annual - expenses - deductions, Decimal(0))
    figures.append(Figure("tax_base_annual", base, source))
    annual_tax = progressive(base, rule.brackets)
    tax = _round(annual_tax / MONTHS, currency)
    figures.append(Figure("income_tax", tax, source))
    css = Decimal(0)
    if solidarity is not None and base > solidarity.exempt_up_to_annual:
        raised = progressive(base, rule.brackets, points=solidarity.points)
        css = _round((raised - annual_tax) / MONTHS, currency)
        figures.append(Figure("solidarity", css, solidarity.dated.source))
    return TaxOutcome(base / MONTHS, tax, css, tuple(figures))


TaxFunction = Callable[
    [Decimal, Decimal, IncomeTaxRule, FamilySituation, Solidarity | None, str], TaxOutcome
]

TAX_FUNCTIONS: dict[str, TaxFunction] = {"dz_irg": dz_irg, "ma_ir": ma_ir, "tn_irpp": tn_irpp}
