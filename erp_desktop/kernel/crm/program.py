"""A chain's loyalty programme as data: its earning rules, campaigns, redemption rules and
the months a lot lives, read from (and written to) plain JSON.

The programme is kept as a setting (``loyalty_program``) so that changing a rate or adding a
campaign is an edit of data, never of code; each rule carries its dates, so a sale replayed
years later is scored by the rule of its day (``kernel.crm.loyalty``). Amounts and
multipliers travel as decimal text, never floats.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from erp_desktop.kernel.crm.loyalty import Campaign, EarnRule, RedemptionMode, RedemptionRule
from erp_desktop.kernel.errors import ValidationError

PROGRAM_SETTING = "loyalty_program"


@dataclass(frozen=True, slots=True)
class LoyaltyProgram:
    earn_rules: tuple[EarnRule, ...]
    campaigns: tuple[Campaign, ...]
    redemption_rules: tuple[RedemptionRule, ...]
    expiry_months: int = 12


NO_PROGRAM = LoyaltyProgram((), (), ())


def _decimal(value: Any, name: str) -> Decimal:
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        raise ValidationError("common.invalid_value", field=name, value=str(value)) from None
    if not number.is_finite() or number < 0:
        raise ValidationError("common.invalid_value", field=name, value=str(value))
    return number


def _day(value: Any, name: str) -> date:
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise ValidationError("common.invalid_value", field=name, value=str(value)) from None


def _maybe_day(value: Any, name: str) -> date | None:
    return None if value in (None, "") else _day(value, name)


def program_from_data(data: Mapping[str, Any] | None) -> LoyaltyProgram:
    """The programme a setting holds; none (no setting) earns nothing and redeems nothing."""
    if not data:
        return NO_PROGRAM
    earn = tuple(
        EarnRule(
            valid_from=_day(r["valid_from"], "valid_from"),
            currency=str(r["currency"]),
            points=_decimal(r["points"], "points"),
            per=_decimal(r["per"], "per"),
            category_multipliers={
                str(k): _decimal(v, "multiplier")
                for k, v in dict(r.get("category_multipliers") or {}).items()
            },
            valid_to=_maybe_day(r.get("valid_to"), "valid_to"),
        )
        for r in data.get("earn_rules") or ()
    )
    campaigns = tuple(
        Campaign(
            name=str(c["name"]),
            starts=_day(c["starts"], "starts"),
            ends=_day(c["ends"], "ends"),
            multiplier=_decimal(c["multiplier"], "multiplier"),
            categories=frozenset(str(x) for x in c.get("categories") or ()),
        )
        for c in data.get("campaigns") or ()
    )
    redemption = tuple(
        RedemptionRule(
            valid_from=_day(r["valid_from"], "valid_from"),
            currency=str(r["currency"]),
            value_per_point=_decimal(r["value_per_point"], "value_per_point"),
            minimum_points=int(r.get("minimum_points") or 0),
            modes=frozenset(RedemptionMode(m) for m in r.get("modes") or list(RedemptionMode)),
            valid_to=_maybe_day(r.get("valid_to"), "valid_to"),
        )
        for r in data.get("redemption_rules") or ()
    )
    months = int(data.get("expiry_months", 12))
    if months < 1:
        raise ValidationError("common.invalid_value", field="expiry_months", value=str(months))
    return LoyaltyProgram(earn, campaigns, redemption, months)


def program_to_data(program: LoyaltyProgram) -> dict[str, Any]:
    return {
        "expiry_months": program.expiry_months,
        "earn_rules": [
            {
                "valid_from": r.valid_from.isoformat(),
                "valid_to": r.valid_to.isoformat() if r.valid_to else None,
                "currency": r.currency,
                "points": str(r.points),
                "per": str(r.per),
                "category_multipliers": {k: str(v) for k, v in r.category_multipliers.items()},
            }
            for r in program.earn_rules
        ],
        "campaigns": [
            {
                "name": c.name,
                "starts": c.starts.isoformat(),
                "ends": c.ends.isoformat(),
                "multiplier": str(c.multiplier),
                "categories": sorted(c.categories),
            }
            for c in program.campaigns
        ],
        "redemption_rules": [
            {
                "valid_from": r.valid_from.isoformat(),
                "valid_to": r.valid_to.isoformat() if r.valid_to else None,
                "currency": r.currency,
                "value_per_point": str(r.value_per_point),
                "minimum_points": r.minimum_points,
                "modes": sorted(m.value for m in r.modes),
            }
            for r in program.redemption_rules
        ],
    }
