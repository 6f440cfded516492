"""The payroll journal entry: the month's payslips as balanced kernel journal lines.

Debit the salaries (the gross), the employer's social charges and payroll taxes; credit
what is owed to the social funds (both shares), to the tax office (tax withheld, the
solidarity contribution, employer payroll taxes), the advances taken back, and the net to
pay to the employees. The ledger's chart has no payroll roles yet, so payroll names its own
(``PayrollRole``) and reads their accounts from ``data/accounts.json`` per national chart.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from functools import cache
from importlib import resources
from uuid import UUID

from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.ledger.journal import (
    Journal,
    JournalEntry,
    JournalLine,
    Side,
    entry_id,
)
from erp_desktop.kernel.money import Money, total
from erp_desktop.kernel.payroll.payslip import LineKind, Payslip

SOURCE_TYPE = "payroll"


class PayrollRole(StrEnum):
    SALARIES_EXPENSE = "salaries_expense"
    SOCIAL_CHARGES_EXPENSE = "social_charges_expense"
    PAYROLL_TAXES_EXPENSE = "payroll_taxes_expense"
    SOCIAL_CONTRIBUTIONS_PAYABLE = "social_contributions_payable"
    TAX_WITHHELD_PAYABLE = "tax_withheld_payable"
    NET_PAY_PAYABLE = "net_pay_payable"
    EMPLOYEE_ADVANCES = "employee_advances"


@dataclass(frozen=True, slots=True)
class PayrollAccount:
    code: str
    name: str
    name_ar: str


@cache
def payroll_accounts(country: str) -> dict[PayrollRole, PayrollAccount]:
    """The account playing each payroll role in ``country``'s national chart."""
    doc = json.loads(
        (resources.files("erp_desktop.kernel.payroll") / "data" / "accounts.json").read_text(
            encoding="utf-8"
        )
    )
    if country not in doc or country == "note":
        raise ValidationError("payroll.unknown_country", country=country)
    return {
        PayrollRole(role): PayrollAccount(*fields)
        for role, fields in doc[country]["accounts"].items()
    }


@dataclass(frozen=True, slots=True)
class PayrollJournal:
    """What a posting rule needs of a month's payslips, summed."""

    country: str
    currency: str
    salaries_expense: Money
    social_charges_expense: Money
    payroll_taxes_expense: Money
    social_contributions_payable: Money
    tax_withheld_payable: Money
    employee_advances: Money
    net_pay_payable: Money

    @classmethod
    def of(cls, payslips: Sequence[Payslip]) -> PayrollJournal:
        if not payslips:
            raise ValidationError("payroll.no_payslips")
        first = payslips[0]
        for slip in payslips:
            if slip.country != first.country:
                raise ValidationError(
                    "payroll.mixed_countries", left=first.country, right=slip.country
                )
        cur = first.currency

        def summed(read: Callable[[Payslip], Money]) -> Money:
            return total((read(s) for s in payslips), cur)

        employee = LineKind.WITHHOLDING
        employer = LineKind.EMPLOYER
        return cls(
            country=first.country,
            currency=cur,
            salaries_expense=summed(lambda s: s.gross),
            social_charges_expense=summed(lambda s: s.contributions(employer, "social")),
            payroll_taxes_expense=summed(lambda s: s.contributions(employer, "tax")),
            social_contributions_payable=summed(
                lambda s: s.contributions(employee, "social") + s.contributions(employer, "social")
            ),
            tax_withheld_payable=summed(
                lambda s: s.contributions(employee, "tax") + s.contributions(employer, "tax")
            ),
            # the advances taken back and the one-off deductions both settle what the
            # staff owe the employer (SCF 425, CGNC 3431, NCT 421)
            employee_advances=summed(lambda s: s.advances + s.deductions),
            net_pay_payable=summed(lambda s: s.net_to_pay),
        )

    def lines(self) -> tuple[tuple[PayrollRole, Side, Money], ...]:
        debit, credit = Side.DEBIT, Side.CREDIT
        return (
            (PayrollRole.SALARIES_EXPENSE, debit, self.salaries_expense),
            (PayrollRole.SOCIAL_CHARGES_EXPENSE, debit, self.social_charges_expense),
            (PayrollRole.PAYROLL_TAXES_EXPENSE, debit, self.payroll_taxes_expense),
            (PayrollRole.SOCIAL_CONTRIBUTIONS_PAYABLE, credit, self.social_contributions_payable),
            (PayrollRole.TAX_WITHHELD_PAYABLE, credit, self.tax_withheld_payable),
            (PayrollRole.EMPLOYEE_ADVANCES, credit, self.employee_advances),
            (PayrollRole.NET_PAY_PAYABLE, credit, self.net_pay_payable),
        )


def post_payroll(
    journal: PayrollJournal,
    on: date,
    source_id: UUID,
    source_number: str = "",
    branch_id: UUID | None = None,
) -> JournalEntry:
    """The balanced entry of ``journal`` (``payroll.unbalanced`` if it is not: a bug;
    ``ledger.empty_entry`` for a month that moves no money)."""
    accounts = payroll_accounts(journal.country)
    lines = tuple(
        JournalLine(
            account=accounts[role].code,
            side=side,
            amount=amount,
            txn_amount=amount,
            rate=Decimal(1),
            role=None,
            branch_id=branch_id,
            memo=str(role),
        )
        for role, side, amount in journal.lines()
        if not amount.is_zero()
    )
    if not lines:
        raise ValidationError("ledger.empty_entry", source=str(source_id))
    entry = JournalEntry(
        id=entry_id(SOURCE_TYPE, source_id),
        on=on,
        journal=Journal.GENERAL,
        source_type=SOURCE_TYPE,
        source_id=source_id,
        source_number=source_number,
        branch_id=branch_id,
        lines=lines,
        memo=f"payroll {source_number}".strip(),
    )
    if not entry.is_balanced():
        raise ValidationError(
            "payroll.unbalanced",
            debit=str(entry.total_debit()),
            credit=str(entry.total_credit()),
        )
    return entry
