"""Settling a document at the till: tenders, stamp duty, cash rounding and change due.

Order of the rules: non-cash tenders (card, cheque, transfer, store credit, on account,
loyalty points) are applied first
and may never exceed what remains due (a card is not over-tendered); what is left is paid in
cash, in the local currency or in foreign cash at the day's rate. A stamp duty on cash
payments (Algeria, Morocco) is computed on that cash part only and added to it; a fixed duty
per document (Tunisia's invoices and credit notes) is part of what is due and may be paid by
any tender, a card included. Which duty a document bears depends on its kind (a till ticket,
an invoice, a credit note), read from the tax data. The cash part is rounded to the smallest
coin the till gives back (the difference is posted to a rounding account); cash tendered
beyond it comes back as change, always in local cash.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.tax.catalog import TaxCatalog
from erp_desktop.kernel.tax.stamp_duty import StampDocument, stamp_duty


class TenderKind(StrEnum):
    CASH = "cash"
    CARD = "card"
    CHEQUE = "cheque"
    TRANSFER = "transfer"
    STORE_CREDIT = "store_credit"
    ON_ACCOUNT = "on_account"  # left on a business customer's account, due by their terms
    POINTS = "points"  # loyalty points redeemed as a tender, at the programme's value


@dataclass(frozen=True, slots=True)
class Tender:
    """What the customer hands over. Foreign cash carries its currency and the day's rate."""

    kind: TenderKind
    amount: Money
    rate: Decimal = Decimal(1)  # document currency per unit of ``amount.currency``
    reference: str = ""  # card terminal reference, cheque number, transfer reference

    def local(self, currency: str) -> Money:
        if self.amount.currency == currency:
            return self.amount
        if self.kind is not TenderKind.CASH:
            raise ValidationError("sales.foreign_tender_not_cash", kind=str(self.kind))
        return Money.of(self.amount.amount * self.rate, currency)


@dataclass(frozen=True, slots=True)
class Settlement:
    currency: str
    total_before_stamp: Money
    stamp_duty: Money
    cash_rounding: Money  # added to what the customer pays (may be negative)
    total_due: Money  # total + stamp duty + rounding
    non_cash_paid: Money
    cash_due: Money
    cash_tendered: Money  # local value of all cash tendered
    change_due: Money
    tenders: tuple[Tender, ...]


def round_cash(amount: Money, step: Decimal) -> Money:
    """``amount`` rounded half-up to a multiple of ``step`` (the smallest coin)."""
    if step <= 0:
        return amount
    units = (amount.amount / step).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return Money.of(units * step, amount.currency)


def settle(
    total: Money,
    tenders: Sequence[Tender],
    country: str,
    on: date,
    cash_step: Decimal = Decimal(0),
    catalog: TaxCatalog | None = None,
    apply_stamp_duty: bool = True,
    *,
    document: StampDocument = StampDocument.INVOICE,
) -> Settlement:
    currency = total.currency
    zero = Money.zero(currency)
    if total.is_negative():
        raise ValidationError("sales.negative_total", total=str(total))
    for t in tenders:
        if not t.amount.amount > 0:
            raise ValidationError("sales.invalid_tender", kind=str(t.kind), amount=str(t.amount))
        if t.rate <= 0:
            raise ValidationError("money.invalid_rate", rate=str(t.rate))
    non_cash = sum((t.local(currency) for t in tenders if t.kind is not TenderKind.CASH), zero)
    # A duty fixed per document does not depend on the payment: it is due before any tender.
    rule = (
        stamp_duty(country, on, total, zero, catalog, document=document)
        if apply_stamp_duty
        else None
    )
    fixed = rule.duty if rule is not None and not rule.on_cash else zero
    if non_cash > total + fixed:
        raise ValidationError(
            "sales.overpaid_non_cash", paid=str(non_cash), total=str(total + fixed)
        )
    cash_part = total + fixed - non_cash
    cash_duty = zero
    if rule is not None and rule.on_cash:
        cash_duty = stamp_duty(country, on, total, cash_part, catalog, document=document).duty
    duty = fixed + cash_duty
    exact_cash = cash_part + cash_duty
    cash_due = round_cash(exact_cash, cash_step) if cash_part else exact_cash
    rounding = cash_due - exact_cash
    cash_tendered = sum((t.local(currency) for t in tenders if t.kind is TenderKind.CASH), zero)
    if cash_tendered < cash_due:
        raise ValidationError(
            "sales.insufficient_payment",
            due=str(cash_due + non_cash),
            paid=str(cash_tendered + non_cash),
        )
    return Settlement(
        currency=currency,
        total_before_stamp=total,
        stamp_duty=duty,
        cash_rounding=rounding,
        total_due=total + duty + rounding,
        non_cash_paid=non_cash,
        cash_due=cash_due,
        cash_tendered=cash_tendered,
        change_due=cash_tendered - cash_due,
        tenders=tuple(tenders),
    )
