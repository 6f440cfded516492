"""The documents of a sale to a business customer, declared once: quote, sales order,
delivery note, invoice on account and credit note (one type, :class:`BusinessDocument`, by
kind), and the customer's payment with its allocations to invoices (:class:`CustomerPayment`).

As for till sales (kernel.documents.sale) every id is born with the document: its lines' ids
are new, a schedule line's and an allocation's are derived from the document's id and their
place. Totals come from kernel.sales.totals (VAT per rate, discounts), the invoice's stamp
duty from kernel.tax.stamp_duty (``StampDocument.INVOICE``; a credit note's from
``CREDIT_NOTE``), the due dates from kernel.invoicing.terms. Their kinds are their own
(``customer_invoice``, not the till's ``invoice``), so posting_of dispatches on them.
"""

# Each field is a dataclasses.field carrying its declaration (kernel.documents.fields).
# ruff: noqa: RUF009

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from erp_desktop.kernel.calendar import business_date
from erp_desktop.kernel.documents.fields import (
    Kind,
    children,
    declared,
    values_from,
    wire_child,
)
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.ids import derived_id, new_id
from erp_desktop.kernel.invoicing.terms import (
    PaymentTerms,
    check_due_date,
    check_terms,
    due_schedule,
)
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.quantity import Quantity, canonical
from erp_desktop.kernel.sales.refunds import LineFigures
from erp_desktop.kernel.sales.totals import Discount, SaleLineInput, compute_sale
from erp_desktop.kernel.tax.catalog import TaxCatalog
from erp_desktop.kernel.tax.stamp_duty import StampDocument, stamp_duty
from erp_desktop.kernel.tax.vat import PriceMode

QUOTE = "quote"
SALES_ORDER = "sales_order"
DELIVERY_NOTE = "delivery_note"
CUSTOMER_INVOICE = "customer_invoice"
CUSTOMER_CREDIT_NOTE = "customer_credit_note"
CUSTOMER_PAYMENT = "customer_payment"
BUSINESS_KINDS = (QUOTE, SALES_ORDER, DELIVERY_NOTE, CUSTOMER_INVOICE, CUSTOMER_CREDIT_NOTE)
GOODS, SERVICE = "goods", "service"
# The tenders a customer pays an invoice with; cheques and traites are held until they clear.
PAYMENT_TENDERS = ("cash", "card", "cheque", "traite", "transfer")
INSTRUMENTS = ("cheque", "traite")


@dataclass(frozen=True, slots=True)
class BusinessLine:
    id: UUID = declared(Kind.UUID)
    position: int = declared(Kind.INT, wire=False)
    product_id: UUID | None = declared(Kind.UUID, optional=True)  # None: a service line
    nature: str = declared(Kind.STR, length=10)  # goods or service
    description: str = declared(Kind.STR, length=300)
    quantity: Quantity = declared(Kind.QUANTITY)
    unit_price: Decimal = declared(Kind.DECIMAL)
    vat_rate: Decimal = declared(Kind.DECIMAL, check="percent")
    discount: Money = declared(Kind.MONEY)
    base: Money = declared(Kind.MONEY)
    vat: Money = declared(Kind.MONEY)
    unit_cost: Decimal = declared(Kind.DECIMAL)  # company currency, 0 for a service
    # the order line a delivery or an invoice line follows; the invoice line a credit takes back
    source_line_id: UUID | None = declared(Kind.UUID, optional=True, default=None)
    # the discount typed on the line as a percent (None: typed as an amount, or none); the
    # screen and the PDF show it, ``discount`` is its amount (taken before VAT)
    discount_percent: Decimal | None = declared(
        Kind.DECIMAL, optional=True, check="percent", default=None
    )
    # the product's Arabic name beside ``description`` (its Latin-script name), as the
    # catalog had it when the document was issued: another site prints it as issued
    name_ar: str = declared(Kind.STR, length=300, default="")

    def __post_init__(self) -> None:
        object.__setattr__(self, "quantity", canonical(self.quantity))

    @property
    def figures(self) -> LineFigures:
        return LineFigures(self.base.to_minor(), self.vat.to_minor(), self.discount.to_minor())

    @property
    def gross(self) -> Money:
        return self.base + self.vat


@dataclass(frozen=True, slots=True)
class DueLine:
    """One date the invoice (or part of it) falls due."""

    id: UUID = declared(Kind.UUID)
    due_on: str = declared(Kind.STR, length=10)  # ISO date
    amount: Money = declared(Kind.MONEY)


@dataclass(frozen=True, slots=True)
class BusinessDocument:
    id: UUID = declared(Kind.UUID)
    kind: str = declared(Kind.STR, length=20)  # one of BUSINESS_KINDS
    number: str = declared(Kind.STR, check="number", length=40)
    status: str = declared(Kind.STR, length=20)  # final, cancelled
    branch_id: UUID = declared(Kind.UUID, wire=False)
    customer_id: UUID = declared(Kind.UUID)
    issued_at: datetime = declared(Kind.DATETIME)
    currency: str = declared(Kind.STR, check="currency", length=3)
    rate: Decimal = declared(Kind.RATE)  # company currency per unit of the document's
    price_mode: str = declared(Kind.STR, wire=False, length=20)
    base: Money = declared(Kind.MONEY)
    vat: Money = declared(Kind.MONEY)
    stamp_duty: Money = declared(Kind.MONEY)
    total: Money = declared(Kind.MONEY)
    terms: str = declared(Kind.STR, length=60)  # PaymentTerms.code
    # the quote of an order, the order of a delivery or invoice, the invoice of a credit note
    related_id: UUID | None = declared(Kind.UUID, optional=True, default=None)
    # the till ticket an invoice was asked for at the counter: it bills what the ticket sold
    # and was paid, so it posts nothing of its own (the ticket posted the sale)
    ticket_id: UUID | None = declared(Kind.UUID, optional=True, default=None)
    # when it was cancelled (status "cancelled"): the day its entry is reversed on
    cancelled_at: datetime | None = declared(Kind.DATETIME, optional=True, default=None)
    lines: tuple[BusinessLine, ...] = children(BusinessLine)
    schedule: tuple[DueLine, ...] = children(DueLine)

    def issued_on(self, country: str) -> date:
        return business_date(country, self.issued_at)

    @property
    def cost(self) -> Decimal:
        return sum((ln.unit_cost * ln.quantity for ln in self.lines), Decimal(0))

    def revenue_by_rate(self) -> tuple[tuple[Decimal, Money, Money], ...]:
        """(VAT rate, base, VAT) summed over the lines, by increasing rate."""
        zero = Money.zero(self.currency)
        by_rate: dict[Decimal, tuple[Money, Money]] = {}
        for ln in self.lines:
            base, vat = by_rate.get(ln.vat_rate, (zero, zero))
            by_rate[ln.vat_rate] = (base + ln.base, vat + ln.vat)
        return tuple((r, b, v) for r, (b, v) in sorted(by_rate.items()))


@dataclass(frozen=True, slots=True)
class BusinessLineInput:
    quantity: Decimal
    unit_price: Decimal  # document currency, in the document's price mode
    vat_rate: Decimal
    product_id: UUID | None = None
    nature: str = GOODS
    description: str = ""
    unit_cost: Decimal = Decimal(0)
    source_line_id: UUID | None = None
    discount: Discount | None = None  # the line's own, beside the customer's (in the price)
    name_ar: str = ""
    # the percent the source line was typed with, when this line takes its share of the
    # source's discount as an amount (a partial delivery or invoice): what is shown
    typed_percent: Decimal | None = None


def _stamp_document(kind: str) -> StampDocument | None:
    if kind == CUSTOMER_INVOICE:
        return StampDocument.INVOICE
    if kind == CUSTOMER_CREDIT_NOTE:
        return StampDocument.CREDIT_NOTE
    return None


def document_stamp_duty(
    kind: str, country: str, on: date, gross: Money, catalog: TaxCatalog | None = None
) -> Money:
    """The stamp duty a business document bears when issued: Tunisia's fixed duty per invoice
    and per credit note. A duty on cash payments (Algeria, Morocco) is not borne by an
    invoice on account but by the cash part of each payment (see kernel.invoicing.payments)."""
    document = _stamp_document(kind)
    if document is None:
        return Money.zero(gross.currency)
    rule = stamp_duty(
        country, on, abs(gross), Money.zero(gross.currency), catalog, document=document
    )
    return Money.zero(gross.currency) if rule.on_cash else rule.duty


def schedule_of(
    document_id: UUID, terms: PaymentTerms, issued_on: date, total: Money
) -> tuple[DueLine, ...]:
    """The invoice's due dates and amounts, each refused if before the invoice date."""
    rows = []
    for index, due in enumerate(due_schedule(terms, issued_on, total)):
        check_due_date(issued_on, due.due_on)
        rows.append(
            DueLine(derived_id("due_line", document_id, index), due.due_on.isoformat(), due.amount)
        )
    return tuple(rows)


def business_document(
    kind: str,
    *,
    number: str,
    country: str,
    branch_id: UUID,
    customer_id: UUID,
    issued_at: datetime,
    currency: str,
    lines: Sequence[BusinessLineInput],
    terms: PaymentTerms,
    rate: Decimal = Decimal(1),
    price_mode: PriceMode = PriceMode.TAX_EXCLUDED,
    discount: Discount | None = None,
    related_id: UUID | None = None,
    document_id: UUID | None = None,
    catalog: TaxCatalog | None = None,
    ticket_id: UUID | None = None,
) -> BusinessDocument:
    """A quote, order, delivery note or invoice with its totals, stamp duty and (an invoice)
    its due dates. Credit notes are made from their invoice (kernel.invoicing.credit_notes)."""
    if kind not in BUSINESS_KINDS or kind == CUSTOMER_CREDIT_NOTE:
        raise ValidationError("protocol.bad_value", path="kind", expected="a business kind")
    for index, ln in enumerate(lines, start=1):
        if ln.nature not in (GOODS, SERVICE) or (ln.nature == GOODS and ln.product_id is None):
            raise ValidationError(
                "sales.invalid_line",
                line=index,
                quantity=str(ln.quantity),
                price=str(ln.unit_price),
            )
    doc_id = document_id or new_id()
    totals = compute_sale(
        [
            SaleLineInput(
                ln.product_id or derived_id("service", doc_id, i),
                ln.quantity,
                ln.unit_price,
                ln.vat_rate,
                ln.description,
                ln.discount,
            )
            for i, ln in enumerate(lines)
        ],
        currency,
        price_mode,
        discount,
    )
    made = tuple(
        BusinessLine(
            id=new_id(),
            position=i,
            product_id=ln.product_id,
            nature=ln.nature,
            description=ln.description,
            quantity=ln.quantity,
            unit_price=ln.unit_price,
            vat_rate=t.vat_rate,
            discount=t.line_discount + t.document_discount,
            base=t.base,
            vat=t.vat,
            unit_cost=ln.unit_cost if ln.nature == GOODS else Decimal(0),
            source_line_id=ln.source_line_id,
            discount_percent=ln.discount.percent
            if ln.discount is not None and ln.discount.percent is not None
            else ln.typed_percent,
            name_ar=ln.name_ar,
        )
        for i, (ln, t) in enumerate(zip(lines, totals.lines, strict=True), start=1)
    )
    on = business_date(country, issued_at)
    duty = document_stamp_duty(kind, country, on, totals.gross, catalog)
    total = totals.gross + duty
    schedule: tuple[DueLine, ...] = ()
    if kind == CUSTOMER_INVOICE:
        check_terms(country, on, terms)  # the law's cap on payment delays, where there is one
        schedule = schedule_of(doc_id, terms, on, total)
    return BusinessDocument(
        id=doc_id,
        kind=kind,
        number=number,
        status="final",
        branch_id=branch_id,
        customer_id=customer_id,
        issued_at=issued_at,
        currency=currency,
        rate=rate,
        price_mode=totals.document_mode,
        base=totals.base,
        vat=totals.vat,
        stamp_duty=duty,
        total=total,
        terms=terms.code,
        related_id=related_id,
        ticket_id=ticket_id,
        lines=made,
        schedule=schedule,
    )


@dataclass(frozen=True, slots=True)
class Allocation:
    """The part of a payment that settles one invoice (in the invoice's currency)."""

    id: UUID = declared(Kind.UUID)
    invoice_id: UUID = declared(Kind.UUID)
    amount: Money = declared(Kind.MONEY)
    booked_rate: Decimal = declared(Kind.RATE)  # the invoice's rate


@dataclass(frozen=True, slots=True)
class CustomerPayment:
    """What a customer paid against their account, by one tender, and where it went.

    ``amount`` is in the currency of the invoices it settles; ``rate`` converts it into the
    company's currency on the day it was received. What is not allocated stays on the
    account as the customer's credit. ``stamp_duty`` is the duty on its cash part (Algeria,
    Morocco), paid on top of ``amount``.
    """

    id: UUID = declared(Kind.UUID)
    kind: str = declared(Kind.STR, length=20)  # customer_payment
    number: str = declared(Kind.STR, check="number", length=40)
    branch_id: UUID = declared(Kind.UUID, wire=False)
    customer_id: UUID = declared(Kind.UUID)
    received_at: datetime = declared(Kind.DATETIME)
    tender: str = declared(Kind.STR, length=20)  # one of PAYMENT_TENDERS
    amount: Money = declared(Kind.MONEY)
    currency: str = declared(Kind.STR, check="currency", length=3)
    rate: Decimal = declared(Kind.RATE)
    stamp_duty: Money = declared(Kind.MONEY)
    reference: str = declared(Kind.STR, length=100)  # card terminal or transfer reference
    bank: str = declared(Kind.STR, length=100)  # a cheque's or traite's bank
    instrument_number: str = declared(Kind.STR, length=40)
    instrument_due: str = declared(Kind.STR, length=10)  # ISO date, a post-dated instrument
    allocations: tuple[Allocation, ...] = children(Allocation)

    @property
    def allocated(self) -> Money:
        return sum((a.amount for a in self.allocations), Money.zero(self.currency))

    @property
    def unallocated(self) -> Money:
        return self.amount - self.allocated


def allocations_of(
    payment_id: UUID, parts: Sequence[tuple[UUID, Money, Decimal]]
) -> tuple[Allocation, ...]:
    """(invoice id, amount, its booked rate) as the payment's allocations, ids born from it."""
    return tuple(
        Allocation(derived_id("allocation", payment_id, i), invoice, amount, booked)
        for i, (invoice, amount, booked) in enumerate(parts)
    )


@dataclass(frozen=True, slots=True)
class InstrumentEvent:
    """A held cheque or traite cleared or bounced at the bank (its payment's fate).

    ``payment`` is the payment it concerns, loaded beside it (never stored with it)."""

    id: UUID = declared(Kind.UUID)
    kind: str = declared(Kind.STR, length=20)  # instrument_cleared, instrument_bounced
    number: str = declared(Kind.STR, length=40)
    branch_id: UUID = declared(Kind.UUID, wire=False)
    payment_id: UUID = declared(Kind.UUID)
    happened_at: datetime = declared(Kind.DATETIME)
    payment: CustomerPayment | None = None


# What kernel.documents.wire adds to its Document union and its entities.
BusinessDocuments = BusinessDocument | CustomerPayment | InstrumentEvent
BUSINESS_ENTITIES: dict[type, str] = {
    BusinessDocument: "business_document",
    CustomerPayment: "customer_payment",
    InstrumentEvent: "instrument_event",
}


def business_from_payload(payload: Mapping[str, Any], branch_id: UUID) -> BusinessDocument:
    """The document a 'business_document' payload describes, as the server knows it."""
    currency = payload["currency"]
    lines = tuple(
        BusinessLine(**values_from(BusinessLine, ln, currency, wire=True), position=position)
        for position, ln in enumerate(payload["lines"], start=1)
    )
    schedule = tuple(
        DueLine(**values_from(DueLine, d, currency, wire=True)) for d in payload["schedule"]
    )
    return BusinessDocument(
        **values_from(BusinessDocument, payload, currency, wire=True),
        branch_id=branch_id,
        price_mode="",
        lines=lines,
        schedule=schedule,
    )


def payment_from_payload(payload: Mapping[str, Any], branch_id: UUID) -> CustomerPayment:
    """The payment a 'customer_payment' payload describes, as the server knows it."""
    currency = payload["currency"]
    return CustomerPayment(
        **values_from(CustomerPayment, payload, currency, wire=True, make_child=wire_child),
        branch_id=branch_id,
    )


def instrument_from_payload(payload: Mapping[str, Any], branch_id: UUID) -> InstrumentEvent:
    """The cheque or traite event an 'instrument_event' payload describes, without its
    payment: the caller loads it beside the event (``dataclasses.replace(event, payment=)``)."""
    return InstrumentEvent(
        **values_from(InstrumentEvent, payload, "", wire=True), branch_id=branch_id
    )


# What kernel.documents.wire.document_from_payload reads (an instrument event is rebuilt
# with its payment loaded beside it, by the caller).
BUSINESS_FROM_PAYLOAD: dict[str, Callable[[Mapping[str, Any], UUID], BusinessDocuments]] = {
    "business_document": business_from_payload,
    "customer_payment": payment_from_payload,
    "instrument_event": instrument_from_payload,
}


def check_business_figures(doc: BusinessDocument) -> None:
    """Refuses a document whose totals are not its lines' (``business.document_mismatch``
    {number, field}): base and VAT the sum of the lines', the total base + VAT + stamp
    duty, an invoice's due amounts its total. What the server checks of a pushed one."""
    zero = Money.zero(doc.currency)
    sums = {
        "base": (sum((ln.base for ln in doc.lines), zero), doc.base),
        "vat": (sum((ln.vat for ln in doc.lines), zero), doc.vat),
        "total": (doc.base + doc.vat + doc.stamp_duty, doc.total),
    }
    if doc.kind == CUSTOMER_INVOICE and doc.ticket_id is None:  # a ticket's was paid
        sums["schedule"] = (sum((d.amount for d in doc.schedule), zero), doc.total)
    for name, (summed, stated) in sums.items():
        if summed != stated:
            raise ValidationError("business.document_mismatch", number=doc.number, field=name)
    if doc.kind not in BUSINESS_KINDS or doc.status not in ("final", "cancelled"):
        raise ValidationError("business.document_mismatch", number=doc.number, field="kind")


# -- receivables (issue 13): the kinds a payment takes, and its booked rate ------------------
# Kept here, with the payment itself, so that kernel.invoicing.payments and the posting rules
# both read them without importing each other.

CUSTOMER_REFUND = "customer_refund"  # unallocated credit paid back
# Credit left on the account (an over-payment) settling invoices issued since: it moves no
# money and posts nothing, the receivable having been credited when the money came.
CREDIT_APPLICATION = "credit_application"


def booked_rate_of(payment: CustomerPayment) -> Decimal:
    """The rate at which what the payment settles was booked: each allocation at its
    invoice's rate, the unallocated credit at the payment's own, weighted by amount."""
    if payment.amount.is_zero():
        return payment.rate
    company = (
        sum((a.amount.amount * a.booked_rate for a in payment.allocations), Decimal(0))
        + payment.unallocated.amount * payment.rate
    )
    return company / payment.amount.amount
