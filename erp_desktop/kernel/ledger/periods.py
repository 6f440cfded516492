"""Fiscal periods: monthly periods of a fiscal year that can be closed.

A closed period refuses postings dated inside it; a correction goes into an open period.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

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
