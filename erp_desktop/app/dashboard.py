"""The branch manager's dashboard: today's and this week's sales by hour, day, cashier and
payment method, and the cash sessions with their differences.

Hours and days are the branch's wall clock (Africa/Algiers, Casablanca or Tunis); credit
notes count against the sales of the hour they were refunded in.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from erp_desktop.app.context import Actor
from erp_desktop.app.deps import TIMEZONES, Deps
from erp_desktop.app.records import SaleActivity, SessionSummary
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.permissions import Permission


@dataclass(frozen=True, slots=True)
class Dashboard:
    currency: str
    day: date
    today: Money
    today_tickets: int
    week: Money
    week_tickets: int
    by_hour: dict[int, Money]  # today, 0-23
    by_day: list[tuple[date, Money]]  # the last seven days, oldest first
    by_cashier: dict[str, Money]  # today
    by_tender: dict[str, Money]  # today, net of change and refunds
    sessions: list[SessionSummary]  # open ones and those of the week

    @property
    def average_ticket(self) -> Money:
        if not self.today_tickets:
            return Money.zero(self.currency)
        return Money.of(self.today.amount / self.today_tickets, self.currency)


def branch_dashboard(deps: Deps, actor: Actor, day: date | None = None) -> Dashboard:
    actor.require(Permission.REPORTS_BRANCH)
    with deps.store.read() as tx:
        company = tx.org.company()
        zone = ZoneInfo(TIMEZONES.get(company.country, "UTC"))
        day = day or deps.business_date(company.country)
        week_start = datetime.combine(day - timedelta(days=6), time(0), zone)
        day_end = datetime.combine(day + timedelta(days=1), time(0), zone)
        activity = tx.sales.sales_activity(week_start, day_end)
        sessions = tx.till.sessions_since(week_start)
    currency = company.currency

    def money(minor: int) -> Money:
        return Money.from_minor(minor, currency)

    by_day: dict[date, int] = defaultdict(int)
    by_hour: dict[int, int] = defaultdict(int)
    by_cashier: dict[str, int] = defaultdict(int)
    by_tender: dict[str, int] = defaultdict(int)
    tickets: dict[date, int] = defaultdict(int)
    for sale in activity:
        local = sale.issued_at.astimezone(zone)
        sign = -1 if sale.kind == "credit_note" else 1
        by_day[local.date()] += sign * sale.total_minor
        if sale.kind != "credit_note":
            tickets[local.date()] += 1
        if local.date() == day:
            _today(sale, sign, local.hour, by_hour, by_cashier, by_tender)
    days = [day - timedelta(days=n) for n in range(6, -1, -1)]
    return Dashboard(
        currency,
        day,
        money(by_day[day]),
        tickets[day],
        money(sum(by_day.values())),
        sum(tickets.values()),
        {hour: money(v) for hour, v in sorted(by_hour.items())},
        [(d, money(by_day[d])) for d in days],
        {name: money(v) for name, v in sorted(by_cashier.items())},
        {tender: money(v) for tender, v in sorted(by_tender.items())},
        sessions,
    )


def _today(
    sale: SaleActivity,
    sign: int,
    hour: int,
    by_hour: dict[int, int],
    by_cashier: dict[str, int],
    by_tender: dict[str, int],
) -> None:
    by_hour[hour] += sign * sale.total_minor
    by_cashier[sale.cashier] += sign * sale.total_minor
    for tender, amount in sale.payments:
        by_tender[tender] += sign * amount
