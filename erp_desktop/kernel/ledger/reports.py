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


def trial_balance(
    chart: Chart,
    entries: Iterable[JournalEntry],
    start: date | None = None,
    end: date | None = None,
) -> TrialBalance:
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
    cur = chart.currency
    rows = []
    for code in sorted(set(debit) | set(credit)):
        account = chart.account(code)
        rows.append(
            TrialBalanceRow(
                code,
                account.name,
                account.name_ar,
                account.type,
                Money(debit[code], cur),
                Money(credit[code], cur),
            )
        )
    return TrialBalance(
        tuple(rows),
        Money(sum(debit.values(), Decimal(0)), cur),
        Money(sum(credit.values(), Decimal(0)), cur),
    )


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
    tb = trial_balance(chart, entries, start, end)
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
    tb = trial_balance(chart, entries, None, at)
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


def vat_summary(
    chart: Chart, entries: Iterable[JournalEntry], start: date, end: date
) -> VatSummary:
    cur = chart.currency
    base: dict[Decimal, Decimal] = defaultdict(Decimal)
    vat: dict[Decimal, Decimal] = defaultdict(Decimal)
    deductible = Decimal(0)
    stamp = Decimal(0)
    for entry in entries:
        if not _in(entry, start, end):
            continue
        for line in entry.lines:
            credit_positive = -line.signed
            if (
                line.role in (AccountRole.SALES_REVENUE, AccountRole.SALES_RETURNS)
                and line.vat_rate is not None
            ):
                base[line.vat_rate] += credit_positive
            elif line.role is AccountRole.VAT_COLLECTED:
                vat[line.vat_rate if line.vat_rate is not None else Decimal(0)] += credit_positive
            elif line.role is AccountRole.VAT_DEDUCTIBLE:
                deductible += line.signed
            elif line.role is AccountRole.STAMP_DUTY_PAYABLE:
                stamp += credit_positive
    rates = sorted(set(base) | set(vat))
    return VatSummary(
        tuple(VatRateLine(r, Money(base[r], cur), Money(vat[r], cur)) for r in rates),
        Money(deductible, cur),
        Money(stamp, cur),
    )
