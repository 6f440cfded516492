"""Journal entries and the builder that refuses to make an unbalanced one.

Each line carries the transaction currency amount, the rate and the company-currency amount.
Converting each line separately can leave the company amounts off by a few minor units; the
builder sends that sub-unit difference (at most one minor unit per line) to the rounding
account and refuses anything larger: a real imbalance is a bug, never something to absorb.
Posted entries are immutable values; cancelling one means posting :func:`reverse` of it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum
from uuid import UUID

from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.ids import derived_id
from erp_desktop.kernel.ledger.accounts import AccountRole, Chart
from erp_desktop.kernel.money import Money


class Side(StrEnum):
    DEBIT = "debit"
    CREDIT = "credit"

    def opposite(self) -> Side:
        return Side.CREDIT if self is Side.DEBIT else Side.DEBIT


class Journal(StrEnum):
    SALES = "sales"
    CASH = "cash"
    PURCHASES = "purchases"
    STOCK = "stock"
    GENERAL = "general"


@dataclass(frozen=True, slots=True)
class JournalLine:
    account: str
    side: Side
    amount: Money  # company currency, positive
    txn_amount: Money  # transaction currency, positive
    rate: Decimal  # company currency per unit of transaction currency
    role: AccountRole | None = None
    branch_id: UUID | None = None
    partner_id: UUID | None = None
    vat_rate: Decimal | None = None  # set on revenue and VAT lines for the VAT summary
    memo: str = ""

    @property
    def debit(self) -> Money:
        return self.amount if self.side is Side.DEBIT else Money.zero(self.amount.currency)

    @property
    def credit(self) -> Money:
        return self.amount if self.side is Side.CREDIT else Money.zero(self.amount.currency)

    @property
    def signed(self) -> Decimal:
        """Debit positive, credit negative (company currency)."""
        return self.amount.amount if self.side is Side.DEBIT else -self.amount.amount


@dataclass(frozen=True, slots=True)
class JournalEntry:
    id: UUID
    on: date
    journal: Journal
    source_type: str
    source_id: UUID
    source_number: str
    branch_id: UUID | None
    lines: tuple[JournalLine, ...]
    memo: str = ""
    reversal_of: UUID | None = None

    @property
    def currency(self) -> str:
        return self.lines[0].amount.currency

    def total_debit(self) -> Money:
        return sides(self.lines, self.currency)[0]

    def total_credit(self) -> Money:
        return sides(self.lines, self.currency)[1]

    def is_balanced(self) -> bool:
        debit, credit = sides(self.lines, self.currency)
        return debit == credit


def sides(lines: Iterable[JournalLine], currency: str) -> tuple[Money, Money]:
    """The debits and the credits of ``lines``, summed in one pass: what summing each line's
    ``debit`` and ``credit`` gives (a line's other side adds zero), read once per line (an
    entry is checked at least twice, issue 19)."""
    debit = credit = Money.zero(currency)
    for ln in lines:
        side = ln.side
        if side is Side.DEBIT:
            debit = debit + ln.amount
        elif side is Side.CREDIT:
            credit = credit + ln.amount
        else:  # neither side: zero on both, refused as ever if in another currency
            debit = debit + Money.zero(ln.amount.currency)
    return debit, credit


def entry_id(source_type: str, source_id: UUID, purpose: str = "post") -> UUID:
    """The id of the entry posting a document: the same on the replica and on the server."""
    return derived_id("journal_entry", source_type, source_id, purpose)


@dataclass
class EntryBuilder:
    """Accumulates lines by role and builds a balanced, immutable entry."""

    chart: Chart
    on: date
    journal: Journal
    source_type: str
    source_id: UUID
    source_number: str = ""
    branch_id: UUID | None = None
    memo: str = ""
    purpose: str = "post"
    _lines: list[JournalLine] = field(default_factory=list)

    def add(
        self,
        role: AccountRole,
        side: Side,
        txn_amount: Money,
        rate: Decimal = Decimal(1),
        partner_id: UUID | None = None,
        vat_rate: Decimal | None = None,
        memo: str = "",
        company_amount: Money | None = None,
    ) -> EntryBuilder:
        """Adds a line; negative amounts flip the side, zero amounts are skipped."""
        if rate <= 0:
            raise ValidationError("money.invalid_rate", rate=str(rate))
        if txn_amount.is_zero() and (company_amount is None or company_amount.is_zero()):
            return self
        company = company_amount
        if company is None:
            if txn_amount.currency == self.chart.currency:
                if rate != 1:
                    raise ValidationError("money.invalid_rate", rate=str(rate))
                company = txn_amount
            else:
                company = Money.of(txn_amount.amount * rate, self.chart.currency)
        if company.currency != self.chart.currency:
            raise ValidationError(
                "money.currency_mismatch", left=company.currency, right=self.chart.currency
            )
        if txn_amount.is_negative() != company.is_negative() and not txn_amount.is_zero():
            raise ValidationError("posting.sign_mismatch", role=str(role))
        if company.is_negative() or (company.is_zero() and txn_amount.is_negative()):
            side, txn_amount, company = side.opposite(), -txn_amount, -company
        account = self.chart.account_for(role)
        self._lines.append(
            JournalLine(
                account=account.code,
                side=side,
                amount=company,
                txn_amount=txn_amount,
                rate=rate,
                role=role,
                branch_id=self.branch_id,
                partner_id=partner_id,
                vat_rate=vat_rate,
                memo=memo,
            )
        )
        return self

    def build_or_none(self) -> JournalEntry | None:
        """The entry, or None when the document moves no money at all (a free sample)."""
        return self.build() if self._lines else None

    def build(self) -> JournalEntry:
        currency = self.chart.currency
        if not self._lines:
            raise ValidationError("ledger.empty_entry", source=str(self.source_id))
        debit, credit = sides(self._lines, currency)
        difference = debit - credit
        lines = list(self._lines)
        if not difference.is_zero():
            foreign = sum(1 for ln in lines if ln.txn_amount.currency != currency)
            tolerance = Money.from_minor(max(foreign, 0), currency)
            if foreign == 0 or abs(difference) > tolerance:
                raise ValidationError(
                    "ledger.unbalanced",
                    source=str(self.source_id),
                    debit=str(debit),
                    credit=str(credit),
                )
            side = Side.CREDIT if difference.amount > 0 else Side.DEBIT
            rounding = self.chart.account_for(AccountRole.ROUNDING)
            lines.append(
                JournalLine(
                    rounding.code,
                    side,
                    abs(difference),
                    abs(difference),
                    Decimal(1),
                    AccountRole.ROUNDING,
                    self.branch_id,
                    memo="currency rounding",
                )
            )
        return JournalEntry(
            id=entry_id(self.source_type, self.source_id, self.purpose),
            on=self.on,
            journal=self.journal,
            source_type=self.source_type,
            source_id=self.source_id,
            source_number=self.source_number,
            branch_id=self.branch_id,
            lines=tuple(lines),
            memo=self.memo,
        )


def reverse(entry: JournalEntry, on: date | None = None, memo: str = "") -> JournalEntry:
    """The entry that cancels ``entry``: same lines, sides swapped, its own derived id."""
    if entry.reversal_of is not None:
        raise ValidationError("ledger.reverse_reversal", entry=str(entry.id))
    return JournalEntry(
        id=entry_id(entry.source_type, entry.source_id, "reversal"),
        on=on or entry.on,
        journal=entry.journal,
        source_type=entry.source_type,
        source_id=entry.source_id,
        source_number=entry.source_number,
        branch_id=entry.branch_id,
        lines=tuple(replace(ln, side=ln.side.opposite()) for ln in entry.lines),
        memo=memo or f"reversal of {entry.source_number or entry.id}",
        reversal_of=entry.id,
    )
