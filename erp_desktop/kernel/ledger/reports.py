"""Accounting reports as pure functions over journal entries.

The replica (its local journal) and the server (the company's journal) produce the same
reports from the same code: trial balance, profit and loss, balance sheet, general ledger
of one account, VAT summary of a period.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from erp_desktop.kernel.ledger.accounts import AccountRole, AccountType, Chart
from erp_desktop.kernel.ledger.journal import JournalEntry
from erp_desktop.kernel.money import Money


@dataclass(frozen=True, slots=True)
class TrialBalanceRow:
    account: str
    name: str
    name_ar: str
    type: AccountType
    debit: Money
    credit: Money

    @property
    def balance(self) -> Money:
        """Debit minus credit."""
        return self.debit - self.credit


@dataclass(frozen=True, slots=True)
class TrialBalance:
    rows: tuple[TrialBalanceRow, ...]
    total_debit: Money
    total_credit: Money

    @property
    def balanced(self) -> bool:
        return self.total_debit == self.total_credit


def _in(entry: JournalEntry, start: date | None, end: date | None) -> bool:
    return (start is None or entry.on >= start) and (end is None or entry.on <= end)


AccountTotals = dict[str, tuple[Decimal, Decimal]]  # account code -> (debit, credit)
# (account role, VAT rate) -> (debit, credit): what the VAT summary reads
RoleRateTotals = dict[tuple[AccountRole | None, Decimal | None], tuple[Decimal, Decimal]]


def account_totals(
    entries: Iterable[JournalEntry], start: date | None = None, end: date | None = None
) -> AccountTotals:
    """Debit and credit per account over the entries dated in the period."""
    debit: dict[str, Decimal] = defaultdict(Decimal)
    credit: dict[str, Decimal] = defaultdict(Decimal)
    for entry in entries:
        if not _in(entry, start, end):
            continue
        for line in entry.lines:
            if line.side.value == "debit":
                debit[line.account] += line.amount.amount
            else:
                credit[line.account] += line.amount.amount
    return {code: (debit[code], credit[code]) for code in set(debit) | set(credit)}


def trial_balance_of(chart: Chart, totals: AccountTotals) -> TrialBalance:
    """The trial balance from per-account totals (summed in Python or by the database)."""
    cur = chart.currency
    rows = []
    for code in sorted(totals):
        account = chart.account(code)
        debit, credit = totals[code]
        rows.append(
            TrialBalanceRow(
                code,
                account.name,
                account.name_ar,
                account.type,
                Money(debit, cur),
                Money(credit, cur),
            )
        )
    return TrialBalance(
        tuple(rows),
        Money(sum((d for d, _ in totals.values()), Decimal(0)), cur),
        Money(sum((c for _, c in totals.values()), Decimal(0)), cur),
    )


def trial_balance(
    chart: Chart,
    entries: Iterable[JournalEntry],
    start: date | None = None,
    end: date | None = None,
) -> TrialBalance:
    return trial_balance_of(chart, account_totals(entries, start, end))


@dataclass(frozen=True, slots=True)
class ProfitAndLoss:
    income: tuple[tuple[str, Money], ...]  # account code, amount (credit positive)
    expenses: tuple[tuple[str, Money], ...]  # account code, amount (debit positive)
    total_income: Money
    total_expenses: Money

    @property
    def result(self) -> Money:
        return self.total_income - self.total_expenses


def profit_and_loss(
    chart: Chart, entries: Iterable[JournalEntry], start: date, end: date
) -> ProfitAndLoss:
    return profit_and_loss_of(chart, trial_balance(chart, entries, start, end))


def profit_and_loss_of(chart: Chart, tb: TrialBalance) -> ProfitAndLoss:
    """Income and expenses of the period whose trial balance is ``tb``."""
    cur = chart.currency
    income = tuple((r.account, -r.balance) for r in tb.rows if r.type is AccountType.INCOME)
    expenses = tuple((r.account, r.balance) for r in tb.rows if r.type is AccountType.EXPENSE)
    return ProfitAndLoss(
        income,
        expenses,
        sum((m for _, m in income), Money.zero(cur)),
        sum((m for _, m in expenses), Money.zero(cur)),
    )


@dataclass(frozen=True, slots=True)
class BalanceSheet:
    assets: tuple[tuple[str, Money], ...]
    liabilities: tuple[tuple[str, Money], ...]
    equity: tuple[tuple[str, Money], ...]
    result: Money  # income minus expenses up to the date, not yet closed to equity
    total_assets: Money
    total_liabilities_and_equity: Money

    @property
    def balanced(self) -> bool:
        return self.total_assets == self.total_liabilities_and_equity


def balance_sheet(chart: Chart, entries: Iterable[JournalEntry], at: date) -> BalanceSheet:
    return balance_sheet_of(chart, trial_balance(chart, entries, None, at))


def balance_sheet_of(chart: Chart, tb: TrialBalance) -> BalanceSheet:
    """The balance sheet from the trial balance of everything up to its date."""
    cur = chart.currency
    zero = Money.zero(cur)
    assets = tuple((r.account, r.balance) for r in tb.rows if r.type is AccountType.ASSET)
    liabilities = tuple((r.account, -r.balance) for r in tb.rows if r.type is AccountType.LIABILITY)
    equity = tuple((r.account, -r.balance) for r in tb.rows if r.type is AccountType.EQUITY)
    result = -sum(
        (r.balance for r in tb.rows if r.type in (AccountType.INCOME, AccountType.EXPENSE)), zero
    )
    total_assets = sum((m for _, m in assets), zero)
    total_le = sum((m for _, m in liabilities), zero) + sum((m for _, m in equity), zero) + result
    return BalanceSheet(assets, liabilities, equity, result, total_assets, total_le)


@dataclass(frozen=True, slots=True)
class LedgerRow:
    on: date
    entry_id: str
    source_number: str
    memo: str
    debit: Money
    credit: Money
    balance: Money


def general_ledger(
    chart: Chart,
    entries: Iterable[JournalEntry],
    account: str,
    start: date | None = None,
    end: date | None = None,
) -> tuple[Money, tuple[LedgerRow, ...]]:
    """Opening balance before ``start`` and the rows of ``account`` with a running balance."""
    cur = chart.currency
    chart.account(account)
    opening = Money.zero(cur)
    rows: list[tuple[date, str, str, str, Money, Money]] = []
    for entry in entries:
        for line in entry.lines:
            if line.account != account:
                continue
            if start is not None and entry.on < start:
                opening = opening + line.debit - line.credit
            elif end is None or entry.on <= end:
                rows.append(
                    (
                        entry.on,
                        str(entry.id),
                        entry.source_number,
                        line.memo or entry.memo,
                        line.debit,
                        line.credit,
                    )
                )
    rows.sort(key=lambda r: (r[0], r[1]))
    running = opening
    out = []
    for on, eid, number, memo, debit, credit in rows:
        running = running + debit - credit
        out.append(LedgerRow(on, eid, number, memo, debit, credit, running))
    return opening, tuple(out)


@dataclass(frozen=True, slots=True)
class VatRateLine:
    rate: Decimal
    base: Money
    vat: Money


@dataclass(frozen=True, slots=True)
class VatSummary:
    collected: tuple[VatRateLine, ...]
    deductible: Money
    stamp_duty: Money

    @property
    def total_collected(self) -> Money:
        return sum((r.vat for r in self.collected), Money.zero(self.deductible.currency))

    @property
    def net_due(self) -> Money:
        return self.total_collected - self.deductible


def role_rate_totals(
    entries: Iterable[JournalEntry], start: date | None = None, end: date | None = None
) -> RoleRateTotals:
    debit: dict[tuple[AccountRole | None, Decimal | None], Decimal] = defaultdict(Decimal)
    credit: dict[tuple[AccountRole | None, Decimal | None], Decimal] = defaultdict(Decimal)
    for entry in entries:
        if not _in(entry, start, end):
            continue
        for line in entry.lines:
            key = (line.role, line.vat_rate)
            if line.side.value == "debit":
                debit[key] += line.amount.amount
            else:
                credit[key] += line.amount.amount
    return {key: (debit[key], credit[key]) for key in set(debit) | set(credit)}


def vat_summary(
    chart: Chart, entries: Iterable[JournalEntry], start: date, end: date
) -> VatSummary:
    return vat_summary_of(chart.currency, role_rate_totals(entries, start, end))


def vat_summary_of(currency: str, totals: RoleRateTotals) -> VatSummary:
    """VAT collected per rate (with its base), VAT deductible and stamp duty collected."""
    base: dict[Decimal, Decimal] = defaultdict(Decimal)
    vat: dict[Decimal, Decimal] = defaultdict(Decimal)
    deductible = Decimal(0)
    stamp = Decimal(0)
    for (role, rate), (debit, credit) in totals.items():
        credit_positive = credit - debit
        if role in (AccountRole.SALES_REVENUE, AccountRole.SALES_RETURNS) and rate is not None:
            base[rate] += credit_positive
        elif role is AccountRole.VAT_COLLECTED:
            vat[rate if rate is not None else Decimal(0)] += credit_positive
        elif role is AccountRole.VAT_DEDUCTIBLE:
            deductible += debit - credit
        elif role is AccountRole.STAMP_DUTY_PAYABLE:
            stamp += credit_positive
    rates = sorted(set(base) | set(vat))
    return VatSummary(
        tuple(VatRateLine(r, Money(base[r], currency), Money(vat[r], currency)) for r in rates),
        Money(deductible, currency),
        Money(stamp, currency),
    )
