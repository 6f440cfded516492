"""Payment terms and the due dates they give an invoice; the law's caps on payment delays.

Terms are one of: cash (due on the invoice date), net N days, end of month + N days (the end
of the invoice's month, then N days), or instalments (shares of the total, each net N days;
the shares add up to 100 % and the last instalment takes the exact remainder). A due date
before the invoice date is refused (``receivables.due_before_invoice``); a delay beyond what
the country's law allows (Morocco's law 69-21: 120 days) is refused when the terms are
checked against the dated caps in ``data/payment_delays.json``.
"""

from __future__ import annotations

import calendar
import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from functools import cache
from importlib import resources
from typing import Any

from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.money import Money

HUNDRED = Decimal(100)
TERM_KINDS = ("cash", "net", "end_of_month", "instalments")


@dataclass(frozen=True, slots=True)
class Instalment:
    percent: Decimal  # share of the invoice total
    days: int  # after the invoice date


@dataclass(frozen=True, slots=True)
class PaymentTerms:
    kind: str  # one of TERM_KINDS
    days: int = 0
    instalments: tuple[Instalment, ...] = field(default=())

    def __post_init__(self) -> None:
        if self.kind not in TERM_KINDS or self.days < 0:
            raise ValidationError("receivables.unknown_terms", terms=f"{self.kind} {self.days}")
        if self.kind == "instalments":
            total = sum((i.percent for i in self.instalments), Decimal(0))
            if (
                not self.instalments
                or total != HUNDRED
                or any(i.percent <= 0 or i.days < 0 for i in self.instalments)
            ):
                raise ValidationError("receivables.bad_instalments", total=str(total))

    @staticmethod
    def cash() -> PaymentTerms:
        return PaymentTerms("cash")

    @staticmethod
    def net(days: int) -> PaymentTerms:
        return PaymentTerms("net", days)

    @staticmethod
    def end_of_month(days: int = 0) -> PaymentTerms:
        return PaymentTerms("end_of_month", days)

    @property
    def code(self) -> str:
        """A short text for a document field: ``net:30``, ``eom:15``, ``inst:50@30,50@60``."""
        if self.kind == "cash":
            return "cash"
        if self.kind == "net":
            return f"net:{self.days}"
        if self.kind == "end_of_month":
            return f"eom:{self.days}"
        # fixed-point: 50, not 5E+1 (Decimal.normalize's exponent form)
        shares = (f"{format(i.percent.normalize(), 'f')}@{i.days}" for i in self.instalments)
        return "inst:" + ",".join(shares)


def terms_from_code(code: str) -> PaymentTerms:
    """The terms a :attr:`PaymentTerms.code` names."""
    try:
        if code == "cash":
            return PaymentTerms.cash()
        kind, _, rest = code.partition(":")
        if kind == "net":
            return PaymentTerms.net(int(rest))
        if kind == "eom":
            return PaymentTerms.end_of_month(int(rest))
        if kind == "inst":
            parts = [p.split("@") for p in rest.split(",")]
            return PaymentTerms(
                "instalments", 0, tuple(Instalment(Decimal(p), int(d)) for p, d in parts)
            )
    except (ValueError, ArithmeticError):
        pass
    raise ValidationError("receivables.unknown_terms", terms=code)


@dataclass(frozen=True, slots=True)
class DueAmount:
    due_on: date
    amount: Money


def _end_of_month(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def due_schedule(terms: PaymentTerms, issued_on: date, total: Money) -> tuple[DueAmount, ...]:
    """What falls due when: one date for the whole total, or one per instalment (the last
    one takes what the rounded shares leave, so the schedule adds up to the total)."""
    if terms.kind == "cash":
        return (DueAmount(issued_on, total),)
    if terms.kind == "net":
        return (DueAmount(issued_on + timedelta(days=terms.days), total),)
    if terms.kind == "end_of_month":
        return (DueAmount(_end_of_month(issued_on) + timedelta(days=terms.days), total),)
    shares = total.allocate([i.percent for i in terms.instalments])
    return tuple(
        DueAmount(issued_on + timedelta(days=i.days), share)
        for i, share in zip(terms.instalments, shares, strict=True)
    )


def check_due_date(issued_on: date, due_on: date) -> None:
    """Refuses a due date before the invoice date."""
    if due_on < issued_on:
        raise ValidationError(
            "receivables.due_before_invoice", due=due_on.isoformat(), issued=issued_on.isoformat()
        )


@dataclass(frozen=True, slots=True)
class DelayCap:
    country: str
    scope: str
    valid_from: date
    valid_to: date | None
    default_days: int | None
    max_days: int
    counted_from: str
    source: str
    max_days_by_class: tuple[tuple[str, int], ...] = ()

    def maximum(self, product_class: str | None = None) -> int:
        return dict(self.max_days_by_class).get(product_class or "", self.max_days)


def _cap(raw: dict[str, Any]) -> DelayCap:
    return DelayCap(
        country=raw["country"],
        scope=raw["scope"],
        valid_from=date.fromisoformat(raw["valid_from"]),
        valid_to=date.fromisoformat(raw["valid_to"]) if raw["valid_to"] else None,
        default_days=raw["default_days"],
        max_days=raw["max_days"],
        counted_from=raw["counted_from"],
        source=raw["source"],
        max_days_by_class=tuple(sorted(raw.get("max_days_by_class", {}).items())),
    )


@cache
def delay_caps() -> tuple[DelayCap, ...]:
    text = (
        resources.files("erp_desktop.kernel.invoicing")
        .joinpath("data/payment_delays.json")
        .read_text("utf-8")
    )
    return tuple(_cap(r) for r in json.loads(text)["rules"])


def delay_cap(country: str, on: date, scope: str = "b2b") -> DelayCap | None:
    """The cap on payment delays in force in ``country`` on ``on`` for ``scope`` (None: none)."""
    for cap in delay_caps():
        if (
            cap.country == country
            and cap.scope == scope
            and cap.valid_from <= on
            and (cap.valid_to is None or on <= cap.valid_to)
        ):
            return cap
    return None


def default_terms(country: str, on: date) -> PaymentTerms | None:
    """The terms the law sets when the parties agreed none (Morocco: 60 days), if any."""
    cap = delay_cap(country, on)
    if cap is None or cap.default_days is None:
        return None
    return PaymentTerms.net(cap.default_days)


def check_terms(
    country: str,
    issued_on: date,
    terms: PaymentTerms,
    *,
    scope: str = "b2b",
    product_class: str | None = None,
) -> tuple[date, ...]:
    """The due dates of ``terms`` for an invoice of ``issued_on``, refused when one passes the
    law's maximum delay (``receivables.delay_exceeds_cap``) or precedes the invoice."""
    dates = tuple(d.due_on for d in due_schedule(terms, issued_on, Money.zero("DZD")))
    cap = delay_cap(country, issued_on, scope)
    for due in dates:
        check_due_date(issued_on, due)
        if cap is not None:
            days = (due - issued_on).days
            maximum = cap.maximum(product_class)
            if days > maximum:
                raise ValidationError(
                    "receivables.delay_exceeds_cap", country=country, days=days, maximum=maximum
                )
    return dates
