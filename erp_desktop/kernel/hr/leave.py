"""Leave: each country's entitlements and public holidays as dated data citing the law
(``data/leave.json``, ``data/holidays.json``), and the leave request.

A request's days are counted in its kind's unit: annual leave in working days (every day
but the weekly rest and the public holidays, lunar ones included), sick and maternity leave
in calendar days. Annual leave accrues by the month of service from the start of the leave
year (Algeria's runs from 1 July, loi 90-11 art. 41), up to the law's maximum; a request
beyond what has accrued, less what was already approved or asked in the same year, is
refused. Two requests of one employee that share a day are refused whatever their kinds.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_FLOOR, Decimal
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Any
from uuid import UUID

from erp_desktop.kernel.errors import ValidationError

WORKING_DAYS = "working_days"
CALENDAR_DAYS = "calendar_days"


class LeaveStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REFUSED = "refused"
    CANCELLED = "cancelled"


# What still holds the days: a refused or cancelled request frees them.
HOLDING = (LeaveStatus.PENDING, LeaveStatus.APPROVED)


@dataclass(frozen=True, slots=True)
class LeaveKindRule:
    kind: str
    valid_from: date
    valid_to: date | None
    unit: str
    source: str
    paid_by: str  # employer, social_security, none
    days_per_month: Decimal | None = None
    max_days: int | None = None
    women_only: bool = False
    certificate: bool = False
    seniority_days_per_5_years: Decimal | None = None
    seniority_max_days: int | None = None

    def in_force_on(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


@dataclass(frozen=True, slots=True)
class Holiday:
    day: date
    name_fr: str
    name_ar: str
    lunar: bool
    confirmed: bool  # a lunar day is computed until its ministry announces it


@dataclass(frozen=True, slots=True)
class LeaveRequest:
    id: UUID
    branch_id: UUID
    staff_id: UUID
    kind: str
    starts_on: date
    ends_on: date
    days: int
    status: LeaveStatus
    reason: str
    requested_by: UUID | None
    requested_at: datetime
    decided_by: UUID | None = None
    decided_at: datetime | None = None
    decision_note: str = ""

    def __post_init__(self) -> None:
        if self.ends_on < self.starts_on:
            raise ValidationError(
                "hr.leave_ends_before_start",
                start=self.starts_on.isoformat(),
                end=self.ends_on.isoformat(),
            )

    def overlaps(self, start: date, end: date) -> bool:
        return self.starts_on <= end and start <= self.ends_on


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


@cache
def _data(name: str) -> dict[str, Any]:
    text = resources.files("erp_desktop.kernel.hr").joinpath("data", name).read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def _rule(row: dict[str, Any]) -> LeaveKindRule:
    if not row.get("source"):
        raise ValueError(f"leave rule {row.get('kind')} without its source")
    return LeaveKindRule(
        row["kind"],
        date.fromisoformat(row["valid_from"]),
        _day(row.get("valid_to")),
        row["unit"],
        row["source"],
        row["paid_by"],
        Decimal(row["days_per_month"]) if row.get("days_per_month") else None,
        row.get("max_days"),
        bool(row.get("women_only")),
        bool(row.get("certificate")),
        Decimal(row["seniority_days_per_5_years"])
        if row.get("seniority_days_per_5_years")
        else None,
        row.get("seniority_max_days"),
    )


@dataclass(frozen=True, slots=True)
class LeaveRules:
    """One country's leave law."""

    country: str
    weekly_rest: frozenset[int]  # weekdays, Monday = 0
    leave_year_starts: tuple[int, int]  # (month, day)
    rules: tuple[LeaveKindRule, ...]

    def kinds_on(self, day: date) -> list[str]:
        return sorted({r.kind for r in self.rules if r.in_force_on(day)})

    def rule(self, kind: str, on: date) -> LeaveKindRule:
        for r in self.rules:
            if r.kind == kind and r.in_force_on(on):
                return r
        raise ValidationError("hr.leave_kind_unknown", kind=kind, country=self.country)

    def holidays(self, start: date, end: date) -> dict[date, Holiday]:
        return holidays_between(self.country, start, end)

    def is_working_day(self, day: date) -> bool:
        return day.weekday() not in self.weekly_rest and day not in self.holidays(day, day)

    def count_days(self, kind: str, start: date, end: date) -> int:
        """The days a leave from ``start`` to ``end`` (both included) counts."""
        if end < start:
            raise ValidationError(
                "hr.leave_ends_before_start", start=start.isoformat(), end=end.isoformat()
            )
        rule = self.rule(kind, start)
        span = (end - start).days + 1
        if rule.unit == CALENDAR_DAYS:
            return span
        off = self.holidays(start, end)
        days = [start + timedelta(days=i) for i in range(span)]
        return sum(1 for d in days if d.weekday() not in self.weekly_rest and d not in off)

    def leave_year(self, on: date) -> tuple[date, date]:
        """The leave year ``on`` falls in (its first and last day)."""
        month, day = self.leave_year_starts
        start = date(on.year, month, day)
        if start > on:
            start = date(on.year - 1, month, day)
        return start, date(start.year + 1, month, day) - timedelta(days=1)

    def accrued(self, kind: str, hired_on: date, on: date) -> Decimal | None:
        """The days of ``kind`` earned from the start of the leave year (or the hiring, if
        later) to ``on``: whole months of service times the monthly rate (Morocco adds its
        seniority days, spread over the year), up to the maximum, to the half day below.
        None for a kind that does not accrue (sick, maternity: taken as the law allows)."""
        rule = self.rule(kind, on)
        if rule.days_per_month is None:
            return None
        year_start, _ = self.leave_year(on)
        months = months_of_service(max(year_start, hired_on), on)
        earned = rule.days_per_month * months
        cap = Decimal(rule.max_days) if rule.max_days is not None else earned
        if rule.seniority_days_per_5_years is not None:
            bonus = rule.seniority_days_per_5_years * (months_of_service(hired_on, on) // 60)
            cap = min(cap + bonus, Decimal(rule.seniority_max_days or cap + bonus))
            earned += bonus * months / 12
        return min(earned, cap).quantize(Decimal("0.5"), rounding=ROUND_FLOOR)


def months_of_service(start: date, on: date) -> int:
    """Whole months from ``start`` to ``on`` included (1 July to 31 July is one)."""
    after = on + timedelta(days=1)
    months = (after.year - start.year) * 12 + after.month - start.month
    return max(months - (1 if after.day < start.day else 0), 0)


@cache
def leave_rules(country: str) -> LeaveRules:
    countries = _data("leave.json")["countries"]
    if country not in countries:
        raise ValidationError("payroll.unknown_country", country=country)
    c = countries[country]
    month, day = (int(p) for p in c["leave_year_starts"].split("-"))
    return LeaveRules(
        country,
        frozenset(c["weekly_rest"]),
        (month, day),
        tuple(_rule(r) for r in c["kinds"]),
    )


def holidays_between(country: str, start: date, end: date) -> dict[date, Holiday]:
    """The paid public holidays of ``country`` from ``start`` to ``end``."""
    data = _data("holidays.json")
    rules = data["countries"].get(country)
    if rules is None:
        raise ValidationError("payroll.unknown_country", country=country)
    found: dict[date, Holiday] = {}
    for year in range(start.year, end.year + 1):
        for row in rules["fixed"]:
            month, day = (int(p) for p in row["day"].split("-"))
            when = date(year, month, day)
            valid_to = _day(row["valid_to"])
            if date.fromisoformat(row["valid_from"]) <= when and (
                valid_to is None or when <= valid_to
            ):
                found[when] = Holiday(when, row["name"][0], row["name"][1], False, True)
    names = data["feast_names"]
    for row in data["lunar_dates"]:
        days = rules["lunar"].get(row["feast"], 0)
        first = date.fromisoformat(row["date"])
        for i in range(days):
            when = first + timedelta(days=i)
            name = names[row["feast"]]
            found[when] = Holiday(when, name[0], name[1], True, bool(row["confirmed"]))
    return {d: h for d, h in sorted(found.items()) if start <= d <= end}
