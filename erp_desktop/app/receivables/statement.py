"""A customer's statement of account between two days: per currency, the balance brought
forward, each invoice, credit note, payment, refund and bounced instrument with the running
balance, and the balance carried; beside it, what is open and how late (for the PDF,
erp_desktop.printing.statement)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from uuid import UUID

from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.records import CompanyInfo, CustomerInfo, StatementRow
from erp_desktop.kernel.calendar import zone_of
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.invoicing.receivables import BUCKETS, OpenItem, aged_balance
from erp_desktop.kernel.permissions import Permission


@dataclass(frozen=True, slots=True)
class StatementLine:
    row: StatementRow
    balance_minor: int  # after this movement


@dataclass(frozen=True, slots=True)
class StatementSection:
    currency: str
    opening_minor: int
    lines: tuple[StatementLine, ...]
    aged: tuple[int, ...]  # what is open at the end, by bucket (BUCKETS order)

    @property
    def closing_minor(self) -> int:
        return self.lines[-1].balance_minor if self.lines else self.opening_minor


@dataclass(frozen=True, slots=True)
class Statement:
    company: CompanyInfo
    customer: CustomerInfo
    start: date
    end: date
    sections: tuple[StatementSection, ...]
    open_items: tuple[OpenItem, ...]


def _midnight(country: str, day: date) -> datetime:
    return datetime.combine(day, time(0), zone_of(country))


def customer_statement(
    deps: Deps, actor: Actor, customer_id: UUID, start: date, end: date
) -> Statement:
    """The statement of ``customer_id`` from ``start`` to ``end`` included."""
    actor.require(Permission.SALES_INVOICE)
    if end < start:
        raise ValidationError("common.invalid_value", field="end", value=end.isoformat())
    with deps.store.read() as view:
        company = view.org.company()
        customer = view.customers.customer(customer_id)
        since = _midnight(company.country, start)
        until = _midnight(company.country, end + timedelta(days=1))
        opening = view.receivables.statement_opening(customer_id, since)
        rows = view.receivables.statement(customer_id, since, until)
        items = tuple(i for i in view.receivables.open_items(customer_id) if not i.cancelled)
    sections = []
    for currency in sorted(set(opening) | {r.currency for r in rows}):
        balance = opening.get(currency, 0)
        lines = []
        for row in (r for r in rows if r.currency == currency):
            balance += row.debit_minor - row.credit_minor
            lines.append(StatementLine(row, balance))
        aged = aged_balance(items, end, currency)
        sections.append(
            StatementSection(
                currency,
                opening.get(currency, 0),
                tuple(lines),
                tuple(aged[b].to_minor() for b in BUCKETS),
            )
        )
    return Statement(company, customer, start, end, tuple(sections), items)
