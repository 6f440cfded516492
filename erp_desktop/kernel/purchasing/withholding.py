"""Withholding on a supplier payment (Tunisia's retenue à la source), as dated data
(data/withholding.json, each row citing the Code de l'IRPP et de l'IS article and the
finance law that set it).

The rate applies to the amount paid, tax included; whether a payment is caught depends on
the invoice's total, tax included (at least the threshold: "montants égaux ou supérieurs
à 1 000 D"), so that paying a large invoice in small parts does not escape it. Exempt
suppliers (a certificate of exemption) and exempt payments (utilities, leasing) are the
caller's to say (``exempt``). Elsewhere (Algeria, Morocco) nothing is withheld. The rows
cover payments to resident suppliers, in dinars: a payment in another currency (an import)
falls under the rules on non-residents (art. 52-I-d and the tax treaties), not built here,
and nothing is withheld by these rows.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from importlib import resources

from erp_desktop.kernel.money import Money

HUNDRED = Decimal(100)
GOODS_AND_SERVICES = "goods_and_services"


@dataclass(frozen=True, slots=True)
class WithholdingRule:
    country: str
    category: str
    valid_from: date
    payer: str  # private or public
    rate: Decimal  # percent
    threshold: Money
    source: str
    status: str


@cache
def withholding_rules() -> tuple[WithholdingRule, ...]:
    text = resources.files("erp_desktop.kernel.purchasing") / "data" / "withholding.json"
    raw = json.loads(text.read_text(encoding="utf-8"))["rules"]
    return tuple(
        WithholdingRule(
            r["country"],
            r["category"],
            date.fromisoformat(r["from"]),
            r["payer"],
            Decimal(r["rate"]),
            Money.of(r["threshold"], r["currency"]),
            r["source"],
            r["status"],
        )
        for r in raw
    )


def withholding_rule(
    country: str, on: date, category: str = GOODS_AND_SERVICES, payer: str = "private"
) -> WithholdingRule | None:
    found = [
        r
        for r in withholding_rules()
        if r.country == country
        and r.category == category
        and r.payer == payer
        and r.valid_from <= on
    ]
    return max(found, key=lambda r: r.valid_from) if found else None


def withholding(
    country: str,
    on: date,
    paid: Money,
    invoice_total: Money,
    *,
    category: str = GOODS_AND_SERVICES,
    payer: str = "private",
    exempt: bool = False,
) -> Money:
    """What to keep back of ``paid`` (tax included) against an invoice of ``invoice_total``."""
    zero = Money.zero(paid.currency)
    rule = None if exempt else withholding_rule(country, on, category, payer)
    if rule is None:
        return zero
    if paid.currency != rule.threshold.currency or invoice_total.currency != paid.currency:
        return zero  # a payment abroad: the non-residents' rules, not built (see the module)
    if invoice_total < rule.threshold:
        return zero
    return Money.of(paid.amount * rule.rate / HUNDRED, paid.currency)
