"""Fiscal periods: monthly periods of a fiscal year that can be closed.

A closed period refuses postings dated inside it; a correction goes into an open period.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from erp_desktop.kernel.errors import ConflictError


@dataclass(frozen=True, slots=True)
class FiscalPeriod:
    start: date
    end: date
    closed: bool = False

    @property
    def code(self) -> str:
        return f"{self.start.year}-{self.start.month:02d}"

    def contains(self, on: date) -> bool:
        return self.start <= on <= self.end


def month_period(on: date) -> FiscalPeriod:
    last = calendar.monthrange(on.year, on.month)[1]
    return FiscalPeriod(date(on.year, on.month, 1), date(on.year, on.month, last))


class PeriodCalendar:
    """The company's periods; a date outside every known period is open (not yet created)."""

    def __init__(self, periods: list[FiscalPeriod] | None = None) -> None:
        self._periods = {p.code: p for p in periods or []}

    def close(self, on: date) -> FiscalPeriod:
        period = self._periods.get(month_period(on).code, month_period(on))
        closed = FiscalPeriod(period.start, period.end, closed=True)
        self._periods[closed.code] = closed
        return closed

    def is_closed(self, on: date) -> bool:
        period = self._periods.get(month_period(on).code)
        return bool(period and period.closed)

    def check_open(self, on: date) -> None:
        if self.is_closed(on):
            raise ConflictError(
                "ledger.period_closed", period=month_period(on).code, on=on.isoformat()
            )

    @property
    def periods(self) -> list[FiscalPeriod]:
        return sorted(self._periods.values(), key=lambda p: p.start)


def period_code(on: date) -> str:
    """The code of the month ``on`` falls in (``2026-11``)."""
    return f"{on.year}-{on.month:02d}"


def posting_date(on: date, closed_periods: Iterable[str]) -> date:
    """The day an entry dated ``on`` is posted: ``on`` itself, or, when ``on`` falls in a
    closed period (codes such as ``2026-11``), the first day of the first open month after
    it. A late branch sale is never lost nor refused for a closed month: the replica and
    the server both post it on that day (the server with an alert for the accountant)."""
    closed = frozenset(closed_periods)
    day = on
    while period_code(day) in closed:
        day = month_period(day).end + timedelta(days=1)
    return day


def moved_posting(on: date, closed_periods: Iterable[str]) -> date | None:
    """The first open day an entry dated ``on`` moves to, or None when ``on`` is open."""
    day = posting_date(on, closed_periods)
    return day if day != on else None


def local_posting_date(
    on: date, company_closed: Iterable[str], own_closed: Iterable[str] = ()
) -> date:
    """A replica's posting day for an entry dated ``on``: the first open day after the
    periods head office closed (``posting_date``, as on the server: a sale is never refused
    for the company's close), unless that day falls in a period the site closed on its own
    replica, which refuses postings (``ledger.period_closed``)."""
    own = frozenset(own_closed)
    day = posting_date(on, company_closed)
    if period_code(day) in own:
        raise ConflictError("ledger.period_closed", period=period_code(day), on=day.isoformat())
    return day
