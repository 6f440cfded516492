"""The posting of business documents, through the same rules as the till's.

- An invoice on account: kernel.posting.rules.post_sale with everything ``on_credit`` (the
  receivable debited with the total, revenue and VAT per rate, stamp duty, cost of goods).
- A credit note: post_return, the receivable credited.
- An invoice of a till ticket (asked at the counter) posts nothing: the ticket posted the sale
  and its payment, the invoice is its legal form for the business customer.
- Quotes, orders and delivery notes move no value (the stock movement of a delivery is the
  stock module's; its cost is posted with the invoice, as for a till sale).
- A customer payment: post_customer_payment (its tender debited, the receivable credited at
  the booked rate, a realized exchange difference when the rates differ), plus, for cash in
  Algeria or Morocco, the stamp duty paid on top (cash debited, duty payable credited).
- A held cheque or traite that clears: the bank debited, cheques to cash credited; one that
  bounces: the payment's entry reversed, so the receivable is owed again; one deposited at
  the bank moves no value yet (it waits in "cheques to cash" until the bank says).
- A refund of a customer's unallocated credit: the receivable debited (the credit is used
  up), the cash or the bank credited; that credit applied to later invoices posts nothing.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from erp_desktop.kernel.calendar import business_date
from erp_desktop.kernel.documents.business import (
    CREDIT_APPLICATION,
    CUSTOMER_CREDIT_NOTE,
    CUSTOMER_INVOICE,
    CUSTOMER_PAYMENT,
    CUSTOMER_REFUND,
    DELIVERY_NOTE,
    QUOTE,
    SALES_ORDER,
    BusinessDocument,
    CustomerPayment,
    InstrumentEvent,
    booked_rate_of,
)
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.ledger.accounts import AccountRole as R
from erp_desktop.kernel.ledger.accounts import Chart
from erp_desktop.kernel.ledger.journal import EntryBuilder, Journal, JournalEntry, Side, reverse
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.posting.documents import (
    PaymentPosting,
    RevenueLine,
    SalePosting,
    TenderLine,
)
from erp_desktop.kernel.posting.rules import post_customer_payment, post_return, post_sale

INSTRUMENT_CLEARED, INSTRUMENT_BOUNCED = "instrument_cleared", "instrument_bounced"
INSTRUMENT_DEPOSITED = "instrument_deposited"
# Cheques and traites both wait in the "cheques to cash" account (the charts have no
# separate "effets à recevoir" role yet).
_TENDER_KIND = {"traite": "cheque"}


def invoice_posting(doc: BusinessDocument, country: str) -> SalePosting:
    currency = doc.currency
    return SalePosting(
        source_type=doc.kind,
        source_id=doc.id,
        number=doc.number,
        on=business_date(country, doc.issued_at),
        branch_id=doc.branch_id,
        partner_id=doc.customer_id,
        currency=currency,
        rate=doc.rate,
        revenue=tuple(RevenueLine(r, b, v) for r, b, v in doc.revenue_by_rate()),
        stamp_duty=doc.stamp_duty,
        cash_rounding=Money.zero(currency),
        tenders=(),
        change_given=Money.zero(currency),
        on_credit=doc.total,
        cost=Money.of(doc.cost, currency),
    )


def _business(chart: Chart, doc: object, sent: object = None) -> JournalEntry | None:
    assert isinstance(doc, BusinessDocument)
    if doc.kind in (QUOTE, SALES_ORDER, DELIVERY_NOTE) or doc.ticket_id is not None:
        return None  # nothing of value moves, or the ticket it bills posted the sale
    if doc.kind == CUSTOMER_INVOICE:
        return post_sale(chart, invoice_posting(doc, chart.country))
    if doc.kind == CUSTOMER_CREDIT_NOTE:
        return post_return(chart, invoice_posting(doc, chart.country))
    raise ValidationError("protocol.bad_value", path="payload.kind", expected="a business kind")


def payment_entry(chart: Chart, payment: CustomerPayment) -> JournalEntry | None:
    """The entry of a customer payment (see the module's docstring)."""
    on = business_date(chart.country, payment.received_at)
    kind = _TENDER_KIND.get(payment.tender, payment.tender)
    entry = post_customer_payment(
        chart,
        PaymentPosting(
            source_id=payment.id,
            number=payment.number,
            on=on,
            branch_id=payment.branch_id,
            partner_id=payment.customer_id,
            settled=payment.amount,
            booked_rate=booked_rate_of(payment),
            tenders=(TenderLine(kind, payment.amount, payment.rate),),
        ),
    )
    if entry is None or payment.stamp_duty.is_zero():
        return entry
    rate = Decimal(1) if payment.currency == chart.currency else payment.rate
    duty = EntryBuilder(chart, on, Journal.CASH, "payment", payment.id, payment.number)
    duty.add(R.CASH, Side.DEBIT, payment.stamp_duty, rate, payment.customer_id, memo="stamp duty")
    duty.add(R.STAMP_DUTY_PAYABLE, Side.CREDIT, payment.stamp_duty, rate)
    return replace(entry, lines=entry.lines + duty.build().lines)


def _payment(chart: Chart, doc: object, sent: object = None) -> JournalEntry | None:
    assert isinstance(doc, CustomerPayment)
    return payment_entry(chart, doc)


def _instrument(chart: Chart, doc: object, sent: object = None) -> JournalEntry | None:
    assert isinstance(doc, InstrumentEvent)
    payment = doc.payment
    if payment is None or payment.id != doc.payment_id:
        raise ValidationError(
            "receivables.bad_instrument_transition", tender="-", state="unknown", event=doc.kind
        )
    on = business_date(chart.country, doc.happened_at)
    if doc.kind == INSTRUMENT_DEPOSITED:
        return None
    if doc.kind == INSTRUMENT_BOUNCED:
        entry = payment_entry(chart, payment)
        return None if entry is None else reverse(entry, on, f"bounced {payment.number}")
    rate = Decimal(1) if payment.currency == chart.currency else payment.rate
    b = EntryBuilder(chart, on, Journal.CASH, doc.kind, doc.id, doc.number, doc.branch_id)
    b.add(R.BANK, Side.DEBIT, payment.amount, rate, payment.customer_id)
    b.add(R.CHEQUES_TO_CASH, Side.CREDIT, payment.amount, rate, payment.customer_id)
    return b.build_or_none()


def refund_entry(chart: Chart, refund: CustomerPayment) -> JournalEntry | None:
    """The entry of a refund of unallocated credit (see the module's docstring)."""
    on = business_date(chart.country, refund.received_at)
    rate = Decimal(1) if refund.currency == chart.currency else refund.rate
    paid_from = R.CASH if refund.tender == "cash" else R.BANK
    b = EntryBuilder(
        chart, on, Journal.CASH, CUSTOMER_REFUND, refund.id, refund.number, refund.branch_id
    )
    b.add(R.RECEIVABLE, Side.DEBIT, refund.amount, rate, refund.customer_id, memo="refund")
    b.add(paid_from, Side.CREDIT, refund.amount, rate, refund.customer_id)
    return b.build_or_none()


def _refund(chart: Chart, doc: object, sent: object = None) -> JournalEntry | None:
    assert isinstance(doc, CustomerPayment)
    return refund_entry(chart, doc)


BUSINESS_POSTING_RULES = {
    QUOTE: _business,
    SALES_ORDER: _business,
    DELIVERY_NOTE: _business,
    CUSTOMER_INVOICE: _business,
    CUSTOMER_CREDIT_NOTE: _business,
    CUSTOMER_PAYMENT: _payment,
    INSTRUMENT_CLEARED: _instrument,
    INSTRUMENT_BOUNCED: _instrument,
    INSTRUMENT_DEPOSITED: _instrument,
    CUSTOMER_REFUND: _refund,
    CREDIT_APPLICATION: lambda chart, doc, sent=None: None,  # no money moves
}


def cancellation_entry(chart: Chart, cancelled: BusinessDocument) -> JournalEntry | None:
    """The reversal of a cancelled invoice's entry, on the day it was cancelled (the same
    on the replica and the server: the entry's id is derived from the invoice's)."""
    if cancelled.status != "cancelled" or cancelled.cancelled_at is None:
        raise ValidationError(
            "protocol.bad_value", path="payload.status", expected="a cancelled document"
        )
    entry = _business(chart, replace(cancelled, status="final", cancelled_at=None))
    if entry is None:
        return None
    on = business_date(chart.country, cancelled.cancelled_at)
    return reverse(entry, on, f"cancellation of {cancelled.number}")
