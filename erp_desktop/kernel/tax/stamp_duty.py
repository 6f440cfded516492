"""Stamp duty on invoices: Algeria's duty on cash payments, Tunisia's fixed duty per invoice.

Algeria (Code du timbre, art. 100-I): only the part of a document paid **in cash** bears the
duty; card, transfer, cheque and store credit do not (LF 2025 exempts electronic payments
explicitly). Every started 100 DA counts as a full 100 DA. Before 2025 the duty was 1 DA per
100 DA, at least 5 DA, at most 10,000 DA. From 2025-01-01 the tariff depends on the band the
cash amount falls in (none up to 300 DA, 1 DA per 100 DA up to 30,000 DA, 1.5 DA up to
100,000 DA, 2 DA above) and that tariff applies to the whole amount; the cap is gone.
Which rule applies is decided by the document's date.

Tunisia: a fixed duty per invoice whatever the payment (0.600 TND, 1.000 TND since 2023).
Morocco: no duty on retail invoices.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_CEILING, Decimal

from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.tax.catalog import StampDutyRuleData, TaxCatalog, default_catalog


@dataclass(frozen=True, slots=True)
class StampDutyRule:
    """What applies to one document: the rule's data and the base it was computed on."""

    rule: StampDutyRuleData
    base: Money
    duty: Money


def stamp_duty(
    country: str,
    on: date,
    document_total: Money,
    cash_paid: Money,
    catalog: TaxCatalog | None = None,
) -> StampDutyRule:
    """The stamp duty of a document dated ``on`` whose cash-paid part is ``cash_paid``.

    ``document_total`` is the total due before stamp duty (tax included); ``cash_paid`` the
    part of it settled in cash (never more than the total: change given back is not paid).
    Credit notes and returns bear no duty: pass their absolute amounts and do not call this.
    """
    catalog = catalog or default_catalog()
    if document_total.is_negative() or cash_paid.is_negative():
        raise ValidationError("tax.negative_stamp_base", amount=str(document_total))
    rule = catalog.stamp_duty_rule(country, on)
    currency = document_total.currency
    zero = Money.zero(currency)
    if rule.kind == "none":
        return StampDutyRule(rule, zero, zero)
    if rule.kind == "fixed_per_invoice":
        if document_total.is_zero():
            return StampDutyRule(rule, zero, zero)
        return StampDutyRule(rule, document_total, Money.of(rule.amount, currency))
    base = min(cash_paid, document_total)
    amount = base.amount
    if amount <= rule.exempt_up_to or amount == 0:
        return StampDutyRule(rule, base, zero)
    per_100 = Decimal(0)
    for band in rule.bands:
        if amount > band.above:
            per_100 = band.per_100
    hundreds = (amount / Decimal(100)).to_integral_value(rounding=ROUND_CEILING)
    duty = hundreds * per_100
    duty = max(duty, rule.minimum)
    if rule.maximum is not None:
        duty = min(duty, rule.maximum)
    return StampDutyRule(rule, base, Money.of(duty, currency))
