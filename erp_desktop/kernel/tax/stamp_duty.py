"""Stamp duty on sales documents, read from each country's dated rules (``data/*.json``).

Three shapes of duty, each a kind of rule in the data, each rule naming the document kinds it
applies to (till ticket, invoice, credit note), so that which document bears which duty is
data and never a test on the country:

- on the cash-paid part, per started 100 (Algeria, Code du timbre art. 100-I): card, transfer,
  cheque and store credit bear nothing; the tariff (bands, floor, cap) depends on the date;
- on the cash-paid part, as a percentage (Morocco, CGI art. 252-I-B: 0.25 %);
- fixed per document whatever the payment (Tunisia, Code des droits d'enregistrement et de
  timbre art. 117: per invoice and per credit note, none per till ticket).

A cash duty is added to what is paid in cash; a fixed duty is part of the document's total and
may be paid by any tender. Each rule rounds its duty to one data value (step and direction).
Which rule applies is decided by the document's date, so old documents keep their old duty.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from enum import StrEnum

from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.tax.catalog import StampDutyRuleData, TaxCatalog, default_catalog

HUNDRED = Decimal(100)


class StampDocument(StrEnum):
    """The kinds of document a stamp duty rule may apply to."""

    TICKET = "ticket"  # the till's receipt (ticket de caisse)
    INVOICE = "invoice"  # an A4 invoice, a global invoice of the day's tickets
    CREDIT_NOTE = "credit_note"  # facture d'avoir


@dataclass(frozen=True, slots=True)
class StampDutyRule:
    """What applies to one document: the rule's data and the base it was computed on."""

    rule: StampDutyRuleData
    base: Money
    duty: Money

    @property
    def on_cash(self) -> bool:
        return self.rule.on_cash


def _rounded(value: Decimal, rule: StampDutyRuleData) -> Decimal:
    if rule.rounding_step <= 0:
        return value
    rounding = ROUND_CEILING if rule.rounding_mode == "up" else ROUND_HALF_UP
    units = (value / rule.rounding_step).quantize(Decimal(1), rounding=rounding)
    return units * rule.rounding_step


def _per_100(amount: Decimal, rule: StampDutyRuleData) -> Decimal:
    per_100 = Decimal(0)
    for band in rule.bands:
        if amount > band.above:
            per_100 = band.per_100
    hundreds = (amount / HUNDRED).to_integral_value(rounding=ROUND_CEILING)
    return hundreds * per_100


def stamp_duty(
    country: str,
    on: date,
    document_total: Money,
    cash_paid: Money,
    catalog: TaxCatalog | None = None,
    *,
    document: StampDocument = StampDocument.INVOICE,
) -> StampDutyRule:
    """The stamp duty of a ``document`` dated ``on`` whose cash-paid part is ``cash_paid``.

    ``document_total`` is the total due before stamp duty (tax included); ``cash_paid`` the
    part of it settled in cash (never more than the total: change given back is not paid).
    For a credit note pass its absolute amounts.
    """
    catalog = catalog or default_catalog()
    if document_total.is_negative() or cash_paid.is_negative():
        raise ValidationError("tax.negative_stamp_base", amount=str(document_total))
    rule = catalog.stamp_duty_rule(country, on)
    currency = document_total.currency
    zero = Money.zero(currency)
    if rule.kind == "none" or not rule.applies_to(str(document)):
        return StampDutyRule(rule, zero, zero)
    if rule.kind == "fixed_per_invoice":
        if document_total.is_zero():
            return StampDutyRule(rule, zero, zero)
        return StampDutyRule(rule, document_total, Money.of(rule.amount, currency))
    base = min(cash_paid, document_total)
    amount = base.amount
    if amount <= rule.exempt_up_to or amount == 0:
        return StampDutyRule(rule, base, zero)
    if rule.kind == "percent_of_cash":
        duty = amount * rule.rate / HUNDRED
    else:
        duty = _per_100(amount, rule)
    duty = max(_rounded(duty, rule), rule.minimum)
    if rule.maximum is not None:
        duty = min(duty, rule.maximum)
    return StampDutyRule(rule, base, Money.of(duty, currency))
