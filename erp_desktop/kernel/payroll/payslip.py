"""The payslip as a value: coded lines with their French and Arabic labels, and the named
figures of the computation (gross, contributions, taxable, tax, net, net to pay).

Each line carries the source of the rule it applies, so that a payslip read back years
later says which law it was computed under. Codes are stable: the PDF, the declarations and
the posting read lines by code, never by label.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from erp_desktop.kernel.money import Money, total


class LineKind(StrEnum):
    EARNING = "earning"  # adds to the gross (base, overtime, allowances)
    DEDUCTION = "deduction"  # comes off the gross (absences)
    WITHHOLDING = "withholding"  # comes off the salary (employee contributions, tax, advances)
    EMPLOYER = "employer"  # borne by the employer on top of the gross
    FIGURE = "figure"  # a named step of the computation (gross, taxable, net...)


@dataclass(frozen=True, slots=True)
class PayslipLine:
    code: str
    label_fr: str
    label_ar: str
    kind: LineKind
    amount: Money
    source: str = ""
    base: Money | None = None  # what a rate was applied to
    rate: Decimal | None = None  # percent
    payable_to: str = ""  # for contributions: "social" or "tax"


# The named figures every payslip has, with their labels.
FIGURE_LABELS: dict[str, tuple[str, str]] = {
    "gross": ("Salaire brut", "الأجر الإجمالي"),
    "contributory_gross": ("Assiette des cotisations", "وعاء الاشتراكات"),
    "gross_taxable": ("Salaire brut imposable", "الأجر الإجمالي الخاضع للضريبة"),
    "employee_contributions": ("Total des cotisations salariales", "مجموع اشتراكات الأجير"),
    "professional_expenses": ("Frais professionnels", "المصاريف المهنية"),
    "family_deductions": ("Déductions pour charges de famille", "خصومات الأعباء العائلية"),
    "family_reduction": ("Réduction pour charges de famille", "تخفيض الأعباء العائلية"),
    "taxable": ("Imposable après cotisations", "الخاضع للضريبة بعد الاشتراكات"),
    "taxable_rounded": ("Imposable arrondi", "المبلغ الخاضع للضريبة المقرب"),
    "net_taxable": ("Salaire net imposable", "الأجر الصافي الخاضع للضريبة"),
    "tax_base_annual": ("Assiette annuelle de l'impôt", "الوعاء السنوي للضريبة"),
    "income_tax_gross": ("Impôt brut", "الضريبة الإجمالية"),
    "abatement": ("Abattement", "التخفيض"),
    "smoothing": ("Impôt après lissage", "الضريبة بعد التمليس"),
    "net": ("Salaire net", "الأجر الصافي"),
    "net_to_pay": ("Net à payer", "الصافي الواجب دفعه"),
    "employer_contributions": ("Total des charges patronales", "مجموع أعباء صاحب العمل"),
    "employer_cost": ("Coût total employeur", "التكلفة الإجمالية لصاحب العمل"),
}

EARNING_LABELS: dict[str, tuple[str, str]] = {
    "base_salary": ("Salaire de base", "الأجر الأساسي"),
    "overtime": ("Heures supplémentaires", "الساعات الإضافية"),
    "absence": ("Absences", "الغيابات"),
    "advances": ("Avances et acomptes", "التسبيقات"),
    "deductions": ("Retenues diverses", "اقتطاعات مختلفة"),
}


@dataclass(frozen=True, slots=True)
class Payslip:
    """One employee's month: every line and the figures a posting and a report read."""

    country: str
    currency: str
    month: date  # the first day of the month paid
    lines: tuple[PayslipLine, ...]

    def line(self, code: str) -> PayslipLine:
        for line in self.lines:
            if line.code == code:
                return line
        raise KeyError(code)

    def amount(self, code: str) -> Money:
        """The amount of line ``code``, zero if the payslip has no such line."""
        for line in self.lines:
            if line.code == code:
                return line.amount
        return Money.zero(self.currency)

    def of_kind(self, kind: LineKind) -> tuple[PayslipLine, ...]:
        return tuple(line for line in self.lines if line.kind is kind)

    @property
    def gross(self) -> Money:
        return self.amount("gross")

    @property
    def taxable(self) -> Money:
        return self.amount("taxable")

    @property
    def income_tax(self) -> Money:
        return self.amount("income_tax")

    @property
    def solidarity(self) -> Money:
        return self.amount("solidarity")

    @property
    def net(self) -> Money:
        return self.amount("net")

    @property
    def net_to_pay(self) -> Money:
        return self.amount("net_to_pay")

    @property
    def advances(self) -> Money:
        return self.amount("advances")

    @property
    def deductions(self) -> Money:
        """One-off deductions off the net: what the employee owes the employer."""
        return self.amount("deductions")

    def contributions(self, payer: LineKind, payable_to: str | None = None) -> Money:
        """Employee (``WITHHOLDING``) or employer (``EMPLOYER``) contributions, all of them
        or those collected by one administration ("social" or "tax")."""
        return total(
            (
                line.amount
                for line in self.lines
                if line.kind is payer
                and line.payable_to
                and (payable_to is None or line.payable_to == payable_to)
            ),
            self.currency,
        )
