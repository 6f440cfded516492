"""Dated exchange rates, conversion to the company currency, realized exchange differences.

A rate says how many units of ``target`` one unit of ``source`` buys on a day
(1 EUR = 148.25 DZD). The rate in force on a date is the latest one published on or before
it: branches work offline and the bank's rate of today may not have arrived yet.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.money import Money, to_decimal


@dataclass(frozen=True, slots=True)
class ExchangeRate:
    on: date
    source: str
    target: str
    rate: Decimal

    def __post_init__(self) -> None:
        rate = to_decimal(self.rate, "rate")
        if rate <= 0:
            raise ValidationError("money.invalid_rate", rate=str(rate))
        object.__setattr__(self, "rate", rate)


class RateTable:
    """Rates by pair, looked up by date; the inverse pair is derived when missing."""

    def __init__(self, rates: list[ExchangeRate] | None = None) -> None:
        self._by_pair: dict[tuple[str, str], list[ExchangeRate]] = {}
        for rate in rates or []:
            self.add(rate)

    def add(self, rate: ExchangeRate) -> None:
        series = self._by_pair.setdefault((rate.source, rate.target), [])
        keys = [r.on for r in series]
        index = bisect.bisect_left(keys, rate.on)
        if index < len(series) and series[index].on == rate.on:
            series[index] = rate
        else:
            series.insert(index, rate)

    def rate(self, source: str, target: str, on: date) -> Decimal:
        if source == target:
            return Decimal(1)
        found = self._lookup(source, target, on)
        if found is not None:
            return found
        inverse = self._lookup(target, source, on)
        if inverse is not None:
            return Decimal(1) / inverse
        raise ValidationError("money.missing_rate", source=source, target=target, on=on.isoformat())

    def _lookup(self, source: str, target: str, on: date) -> Decimal | None:
        series = self._by_pair.get((source, target))
        if not series:
            return None
        index = bisect.bisect_right([r.on for r in series], on)
        return series[index - 1].rate if index else None


def convert(amount: Money, rate: Decimal, target: str) -> Money:
    """``amount`` in ``target`` at ``rate`` (target per unit of source), rounded half-up."""
    if amount.currency == target:
        return amount
    return Money.of(amount.amount * rate, target)


def exchange_difference(
    foreign_amount: Money, booked_rate: Decimal, paid_rate: Decimal, company_currency: str
) -> Money:
    """Realized gain (positive) or loss (negative) when a receivable is settled.

    A customer invoice of 100 EUR booked at 148 and paid at 150 brings 15,000 DZD for a
    receivable of 14,800 DZD: a gain of 200 DZD. For a payable, negate the result.
    """
    booked = convert(foreign_amount, booked_rate, company_currency)
    paid = convert(foreign_amount, paid_rate, company_currency)
    return paid - booked
