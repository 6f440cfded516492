"""The purchasing policy as data (data/purchasing_policy.json): the approval thresholds and
the tolerances of receiving and matching. Company policy, not law, so one value each."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from importlib import resources

from erp_desktop.kernel.money import Money


@dataclass(frozen=True, slots=True)
class Tolerances:
    over_delivery_percent: Decimal = Decimal(0)  # received above ordered, still fine
    under_delivery_percent: Decimal = Decimal(0)  # a final receipt short of the order
    invoice_price_percent: Decimal = Decimal(0)  # invoiced price above or below the order's
    invoice_quantity_percent: Decimal = Decimal(0)  # invoiced above what was received


@dataclass(frozen=True, slots=True)
class ApprovalThreshold:
    country: str
    valid_from: date
    above: Money  # company currency, tax included


@cache
def _policy() -> dict[str, object]:
    text = resources.files("erp_desktop.kernel.purchasing") / "data" / "purchasing_policy.json"
    loaded: dict[str, object] = json.loads(text.read_text(encoding="utf-8"))
    return loaded


@cache
def default_tolerances() -> Tolerances:
    raw = _policy()["tolerances"]
    assert isinstance(raw, dict)
    return Tolerances(**{k: Decimal(v) for k, v in raw.items()})


@cache
def approval_thresholds() -> tuple[ApprovalThreshold, ...]:
    raw = _policy()["approval"]
    assert isinstance(raw, list)
    return tuple(
        ApprovalThreshold(
            r["country"], date.fromisoformat(r["from"]), Money.of(r["above"], r["currency"])
        )
        for r in raw
    )
