"""What customers owe: a customer's open items, the branch's aged balance (current, 1-30,
31-60, 61-90, over 90 days past due) and the list of overdue invoices to remind.

Read from the replica: what this site issued and received, and what sync brought down of
the other sites' (a payment received at another branch for one of our invoices arrives by
pull). The company-wide figures are the server's reports (sync_server.services.reports).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from uuid import UUID

from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.records import AgedRow, CompanyInfo, CustomerInfo, OverdueItem
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.invoicing.receivables import BUCKETS, OpenItem
from erp_desktop.kernel.permissions import Permission


@dataclass(frozen=True, slots=True)
class AgedReceivables:
    as_of: date
    rows: tuple[AgedRow, ...]

    def totals(self) -> dict[str, tuple[int, ...]]:
        """Per currency, the sum of each bucket (minor units, BUCKETS order) and the total."""
        sums: dict[str, list[int]] = {}
        for row in self.rows:
            acc = sums.setdefault(row.currency, [0] * (len(BUCKETS) + 1))
            for i, minor in enumerate(row.buckets):
                acc[i] += minor
            acc[-1] += row.total
        return {c: tuple(v) for c, v in sorted(sums.items())}


def aged_receivables(deps: Deps, actor: Actor, as_of: date | None = None) -> AgedReceivables:
    actor.require(Permission.REPORTS_BRANCH)
    with deps.store.read() as view:
        day = as_of or deps.business_date(view.org.company().country)
        return AgedReceivables(day, tuple(view.receivables.aged_receivables(day)))


def open_items_of(deps: Deps, actor: Actor, customer_id: UUID) -> list[OpenItem]:
    """The customer's open invoices, oldest due first (what a payment goes to)."""
    actor.require(Permission.SALES_INVOICE)
    with deps.store.read() as view:
        return [i for i in view.receivables.open_items(customer_id) if not i.cancelled]


@dataclass(frozen=True, slots=True)
class Reminder:
    """One customer to remind, with each overdue invoice and the total overdue per currency."""

    customer_id: UUID
    customer: str
    items: tuple[OverdueItem, ...]

    @property
    def overdue(self) -> dict[str, int]:
        sums: dict[str, int] = {}
        for item in self.items:
            sums[item.currency] = sums.get(item.currency, 0) + item.overdue_minor
        return sums

    @property
    def days(self) -> int:
        return max(i.days_overdue for i in self.items)


def overdue_reminders(
    deps: Deps, actor: Actor, as_of: date | None = None, min_days: int = 1
) -> list[Reminder]:
    """The customers with invoices at least ``min_days`` past due, the latest first."""
    actor.require(Permission.REPORTS_BRANCH)
    with deps.store.read() as view:
        day = as_of or deps.business_date(view.org.company().country)
        items = view.receivables.overdue_items(day, min_days)
    by_customer: dict[UUID, list[OverdueItem]] = {}
    for item in items:
        by_customer.setdefault(item.customer_id, []).append(item)
    reminders = [
        Reminder(cid, found[0].customer, tuple(found)) for cid, found in by_customer.items()
    ]
    return sorted(reminders, key=lambda r: (-r.days, r.customer))


@dataclass(frozen=True, slots=True)
class ReminderLetter:
    """What a reminder letter says: who writes, to whom, which invoices are late, as of."""

    company: CompanyInfo
    customer: CustomerInfo
    as_of: date
    reminder: Reminder


def reminder_letter(
    deps: Deps, actor: Actor, customer_id: UUID, as_of: date | None = None, min_days: int = 1
) -> ReminderLetter:
    """The reminder of ``customer_id``'s overdue invoices (``receivables.nothing_overdue``
    when none is late)."""
    actor.require(Permission.REPORTS_BRANCH)
    with deps.store.read() as view:
        company = view.org.company()
        customer = view.customers.customer(customer_id)
        day = as_of or deps.business_date(company.country)
        items = [
            i for i in view.receivables.overdue_items(day, min_days) if i.customer_id == customer_id
        ]
    if not items:
        raise ValidationError("receivables.nothing_overdue", customer=customer.name)
    return ReminderLetter(
        company, customer, day, Reminder(customer_id, customer.name, tuple(items))
    )
