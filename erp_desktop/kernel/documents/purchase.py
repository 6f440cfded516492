"""The documents of purchasing, declared once: the purchase order, the receipt of goods
(against an order or not), the supplier's invoice and the payment to a supplier.

As for the business documents (kernel.documents.business), every id is born with the
document (a line's is new, an allocation's derived from the payment's id and its place);
totals come from kernel.sales.totals (tax excluded, VAT per rate), a supplier invoice's due
dates from kernel.invoicing.terms. Their kinds are their own, so posting_of dispatches on
them (kernel.documents.purchase_posting). What a receipt, an invoice or a payment checks
before it is made lives in kernel.purchasing (receiving, matching, payables).
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
from erp_desktop.kernel.documents.business import Allocation, DueLine, schedule_of
from erp_desktop.kernel.documents.fields import (
    Kind,
    children,
    declared,
    values_from,
    wire_child,
)
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.ids import derived_id, new_id
from erp_desktop.kernel.invoicing.terms import PaymentTerms
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.quantity import Quantity, canonical
from erp_desktop.kernel.sales.totals import SaleLineInput, compute_sale
from erp_desktop.kernel.tax.vat import PriceMode

PURCHASE_ORDER = "purchase_order"
PURCHASE_RECEIPT = "purchase_receipt"
SUPPLIER_INVOICE = "supplier_invoice"
SUPPLIER_PAYMENT = "supplier_payment"
PURCHASE_KINDS = (PURCHASE_ORDER, PURCHASE_RECEIPT, SUPPLIER_INVOICE, SUPPLIER_PAYMENT)
# What a supplier invoice line bills: the goods, or a cost of bringing them in (an import's
# freight, customs duties, transit agent), which goes into the goods' cost.
GOODS, FREIGHT, CUSTOMS, TRANSIT = "goods", "freight", "customs", "transit"
LANDED_COSTS = (FREIGHT, CUSTOMS, TRANSIT)
SUPPLIER_TENDERS = ("transfer", "cheque", "traite", "cash")
# A supplier invoice's match: as matched, blocked for payment, or accepted despite problems.
MATCHED, BLOCKED, ACCEPTED = "matched", "blocked", "accepted"


@dataclass(frozen=True, slots=True)
class PurchaseLine:
    id: UUID = declared(Kind.UUID)
    position: int = declared(Kind.INT, wire=False)
    product_id: UUID = declared(Kind.UUID)
    reference: str = declared(Kind.STR, length=60)  # the supplier's reference
    description: str = declared(Kind.STR, length=300)
    quantity: Quantity = declared(Kind.QUANTITY)
    unit_price: Decimal = declared(Kind.DECIMAL)  # tax excluded, the order's currency
    vat_rate: Decimal = declared(Kind.DECIMAL, check="percent")
    base: Money = declared(Kind.MONEY)
    vat: Money = declared(Kind.MONEY)

    def __post_init__(self) -> None:
        object.__setattr__(self, "quantity", canonical(self.quantity))


@dataclass(frozen=True, slots=True)
class PurchaseOrder:
    id: UUID = declared(Kind.UUID)
    kind: str = declared(Kind.STR, length=20)  # purchase_order
    number: str = declared(Kind.STR, check="number", length=40)
    status: str = declared(Kind.STR, length=20)  # kernel.purchasing.orders.ORDER_STATUSES
    branch_id: UUID = declared(Kind.UUID, wire=False)  # the site that raised it
    for_branch_id: UUID = declared(Kind.UUID)  # the branch the goods go to (central buying)
    supplier_id: UUID = declared(Kind.UUID)
    issued_at: datetime = declared(Kind.DATETIME)
    expected_on: str = declared(Kind.STR, length=10)  # ISO date
    currency: str = declared(Kind.STR, check="currency", length=3)
    rate: Decimal = declared(Kind.RATE)  # company currency per unit of the order's
    base: Money = declared(Kind.MONEY)
    vat: Money = declared(Kind.MONEY)
    total: Money = declared(Kind.MONEY)
    terms: str = declared(Kind.STR, length=60)  # PaymentTerms.code
    approved_by: UUID | None = declared(Kind.UUID, optional=True, default=None)
    lines: tuple[PurchaseLine, ...] = children(PurchaseLine)

    def issued_on(self, country: str) -> date:
        return business_date(country, self.issued_at)

    def line(self, line_id: UUID) -> PurchaseLine | None:
        return next((ln for ln in self.lines if ln.id == line_id), None)


@dataclass(frozen=True, slots=True)
class PurchaseLineInput:
    product_id: UUID
    quantity: Decimal
    unit_price: Decimal  # tax excluded, the order's currency
    vat_rate: Decimal
    reference: str = ""
    description: str = ""


def _priced(
    doc_id: UUID, lines: Sequence[PurchaseLineInput], currency: str
) -> tuple[tuple[PurchaseLine, ...], Money, Money]:
    for index, ln in enumerate(lines, start=1):
        if ln.quantity <= 0 or ln.unit_price < 0:
            raise ValidationError(
                "payables.invalid_line",
                line=index,
                quantity=str(ln.quantity),
                price=str(ln.unit_price),
            )
    totals = compute_sale(
        [
            SaleLineInput(ln.product_id, ln.quantity, ln.unit_price, ln.vat_rate, ln.description)
            for ln in lines
        ],
        currency,
        PriceMode.TAX_EXCLUDED,
    )
    made = tuple(
        PurchaseLine(
            id=new_id(),
            position=i,
            product_id=ln.product_id,
            reference=ln.reference,
            description=ln.description,
            quantity=ln.quantity,
            unit_price=ln.unit_price,
            vat_rate=t.vat_rate,
            base=t.base,
            vat=t.vat,
        )
        for i, (ln, t) in enumerate(zip(lines, totals.lines, strict=True), start=1)
    )
    return made, totals.base, totals.vat


def purchase_order(
    *,
    number: str,
    branch_id: UUID,
    supplier_id: UUID,
    issued_at: datetime,
    expected_on: date,
    currency: str,
    lines: Sequence[PurchaseLineInput],
    terms: PaymentTerms,
    rate: Decimal = Decimal(1),
    for_branch_id: UUID | None = None,
    approved_by: UUID | None = None,
    document_id: UUID | None = None,
) -> PurchaseOrder:
    """An open order with its totals (tax excluded prices, VAT per rate by the kernel's
    rules). Whether it needs a manager's approval is kernel.purchasing.orders'."""
    if not lines:
        raise ValidationError("payables.empty_document", kind=PURCHASE_ORDER)
    doc_id = document_id or new_id()
    made, base, vat = _priced(doc_id, lines, currency)
    return PurchaseOrder(
        id=doc_id,
        kind=PURCHASE_ORDER,
        number=number,
        status="open",
        branch_id=branch_id,
        for_branch_id=for_branch_id or branch_id,
        supplier_id=supplier_id,
        issued_at=issued_at,
        expected_on=expected_on.isoformat(),
        currency=currency,
        rate=rate,
        base=base,
        vat=vat,
        total=base + vat,
        terms=terms.code,
        approved_by=approved_by,
        lines=made,
    )


@dataclass(frozen=True, slots=True)
class ReceiptLine:
    id: UUID = declared(Kind.UUID)
    position: int = declared(Kind.INT, wire=False)
    order_line_id: UUID | None = declared(Kind.UUID, optional=True)  # None: not on an order
    product_id: UUID = declared(Kind.UUID)
    quantity: Quantity = declared(Kind.QUANTITY)
    unit_cost: Decimal = declared(Kind.DECIMAL)  # company currency, the price it enters at
    vat_rate: Decimal = declared(Kind.DECIMAL, check="percent")
    # the ordered product this one replaces, when a manager accepted a substitution
    substitute_for: UUID | None = declared(Kind.UUID, optional=True, default=None)

    def __post_init__(self) -> None:
        object.__setattr__(self, "quantity", canonical(self.quantity))

    @property
    def value(self) -> Decimal:
        return self.unit_cost * self.quantity


@dataclass(frozen=True, slots=True)
class PurchaseReceipt:
    """Goods received from a supplier, at the branch that counted them."""

    id: UUID = declared(Kind.UUID)
    kind: str = declared(Kind.STR, length=20)  # purchase_receipt
    number: str = declared(Kind.STR, check="number", length=40)
    status: str = declared(Kind.STR, length=20)  # final
    branch_id: UUID = declared(Kind.UUID, wire=False)
    supplier_id: UUID = declared(Kind.UUID)
    order_id: UUID | None = declared(Kind.UUID, optional=True)  # None: a market purchase
    issued_at: datetime = declared(Kind.DATETIME)
    accepted_by: UUID | None = declared(Kind.UUID, optional=True, default=None)  # a manager
    lines: tuple[ReceiptLine, ...] = children(ReceiptLine)

    def value(self) -> Decimal:
        """The goods at the cost they enter stock at (company currency)."""
        return sum((ln.value for ln in self.lines), Decimal(0))


@dataclass(frozen=True, slots=True)
class InvoiceLine:
    id: UUID = declared(Kind.UUID)
    position: int = declared(Kind.INT, wire=False)
    nature: str = declared(Kind.STR, length=10)  # goods or one of LANDED_COSTS
    product_id: UUID | None = declared(Kind.UUID, optional=True)
    order_line_id: UUID | None = declared(Kind.UUID, optional=True)
    description: str = declared(Kind.STR, length=300)
    quantity: Quantity = declared(Kind.QUANTITY)
    unit_price: Decimal = declared(Kind.DECIMAL)  # tax excluded, the invoice's currency
    vat_rate: Decimal = declared(Kind.DECIMAL, check="percent")
    base: Money = declared(Kind.MONEY)
    vat: Money = declared(Kind.MONEY)
    # goods: what the received quantity invoiced here was booked at on receipt (company
    # currency): "invoices not yet received" is cleared by that, the rest is a difference
    received_cost: Decimal = declared(Kind.DECIMAL, default=Decimal(0))

    def __post_init__(self) -> None:
        object.__setattr__(self, "quantity", canonical(self.quantity))


@dataclass(frozen=True, slots=True)
class SupplierInvoice:
    id: UUID = declared(Kind.UUID)
    kind: str = declared(Kind.STR, length=20)  # supplier_invoice
    number: str = declared(Kind.STR, check="number", length=40)  # ours
    supplier_number: str = declared(Kind.STR, length=40)  # the supplier's own number
    status: str = declared(Kind.STR, length=20)  # final, cancelled
    branch_id: UUID = declared(Kind.UUID, wire=False)
    supplier_id: UUID = declared(Kind.UUID)
    order_id: UUID | None = declared(Kind.UUID, optional=True)
    issued_at: datetime = declared(Kind.DATETIME)
    currency: str = declared(Kind.STR, check="currency", length=3)
    rate: Decimal = declared(Kind.RATE)  # the invoice's rate
    base: Money = declared(Kind.MONEY)
    vat: Money = declared(Kind.MONEY)
    stamp_duty: Money = declared(Kind.MONEY)  # what the supplier billed (Tunisia)
    total: Money = declared(Kind.MONEY)
    terms: str = declared(Kind.STR, length=60)
    match: str = declared(Kind.STR, length=20)  # matched, blocked, accepted
    accepted_by: UUID | None = declared(Kind.UUID, optional=True, default=None)
    acceptance_reason: str = declared(Kind.STR, length=300, default="")
    # off an order: the receipt it bills (its branch's average cost takes the difference)
    receipt_id: UUID | None = declared(Kind.UUID, optional=True, default=None)
    lines: tuple[InvoiceLine, ...] = children(InvoiceLine)
    schedule: tuple[DueLine, ...] = children(DueLine)

    def issued_on(self, country: str) -> date:
        return business_date(country, self.issued_at)

    @property
    def payable(self) -> bool:
        return self.status != "cancelled" and self.match in (MATCHED, ACCEPTED)


@dataclass(frozen=True, slots=True)
class InvoiceLineInput:
    quantity: Decimal
    unit_price: Decimal  # tax excluded, the invoice's currency
    vat_rate: Decimal
    nature: str = GOODS
    product_id: UUID | None = None
    order_line_id: UUID | None = None
    description: str = ""
    received_cost: Decimal = Decimal(0)  # company currency per unit (goods received)


def supplier_invoice(
    *,
    number: str,
    supplier_number: str,
    country: str,
    branch_id: UUID,
    supplier_id: UUID,
    issued_at: datetime,
    currency: str,
    lines: Sequence[InvoiceLineInput],
    terms: PaymentTerms,
    match: str,
    rate: Decimal = Decimal(1),
    stamp_duty: Money | None = None,
    order_id: UUID | None = None,
    receipt_id: UUID | None = None,
    document_id: UUID | None = None,
) -> SupplierInvoice:
    """A supplier's invoice as entered, with its totals and due dates. ``match`` is the
    three-way match's verdict (kernel.purchasing.matching) on it."""
    if not lines:
        raise ValidationError("payables.empty_document", kind=SUPPLIER_INVOICE)
    if not supplier_number.strip():
        raise ValidationError("payables.missing_supplier_number", invoice=number)
    if match not in (MATCHED, BLOCKED):
        raise ValidationError("protocol.bad_value", path="match", expected="matched or blocked")
    for index, ln in enumerate(lines, start=1):
        bad_nature = ln.nature != GOODS and ln.nature not in LANDED_COSTS
        if bad_nature or (ln.nature == GOODS and ln.product_id is None) or ln.quantity <= 0:
            raise ValidationError(
                "payables.invalid_line",
                line=index,
                quantity=str(ln.quantity),
                price=str(ln.unit_price),
            )
    doc_id = document_id or new_id()
    totals = compute_sale(
        [
            SaleLineInput(
                ln.product_id or derived_id("landed_cost", doc_id, i),
                ln.quantity,
                ln.unit_price,
                ln.vat_rate,
                ln.description,
            )
            for i, ln in enumerate(lines)
        ],
        currency,
        PriceMode.TAX_EXCLUDED,
    )
    made = tuple(
        InvoiceLine(
            id=new_id(),
            position=i,
            nature=ln.nature,
            product_id=ln.product_id,
            order_line_id=ln.order_line_id,
            description=ln.description,
            quantity=ln.quantity,
            unit_price=ln.unit_price,
            vat_rate=t.vat_rate,
            base=t.base,
            vat=t.vat,
            received_cost=ln.received_cost if ln.nature == GOODS else Decimal(0),
        )
        for i, (ln, t) in enumerate(zip(lines, totals.lines, strict=True), start=1)
    )
    duty = stamp_duty or Money.zero(currency)
    total = totals.base + totals.vat + duty
    on = business_date(country, issued_at)
    return SupplierInvoice(
        id=doc_id,
        kind=SUPPLIER_INVOICE,
        number=number,
        supplier_number=supplier_number.strip(),
        status="final",
        branch_id=branch_id,
        supplier_id=supplier_id,
        order_id=order_id,
        issued_at=issued_at,
        currency=currency,
        rate=rate,
        base=totals.base,
        vat=totals.vat,
        stamp_duty=duty,
        total=total,
        terms=terms.code,
        match=match,
        receipt_id=None if order_id is not None else receipt_id,
        lines=made,
        schedule=schedule_of(doc_id, terms, on, total),
    )


@dataclass(frozen=True, slots=True)
class SupplierPayment:
    """What the company paid a supplier, by one tender, and which invoices it settles.

    ``amount`` is what it settles of the invoices (their currency), ``withholding`` the part
    of it kept back and owed to the State instead (Tunisia's retenue à la source), so the
    supplier receives ``amount - withholding``. ``stamp_duty`` is the duty a cash payment
    bears where the law asks (kernel.tax.stamp_duty), borne by the company on top."""

    id: UUID = declared(Kind.UUID)
    kind: str = declared(Kind.STR, length=20)  # supplier_payment
    number: str = declared(Kind.STR, check="number", length=40)
    branch_id: UUID = declared(Kind.UUID, wire=False)
    supplier_id: UUID = declared(Kind.UUID)
    paid_at: datetime = declared(Kind.DATETIME)
    tender: str = declared(Kind.STR, length=20)  # one of SUPPLIER_TENDERS
    amount: Money = declared(Kind.MONEY)
    currency: str = declared(Kind.STR, check="currency", length=3)
    rate: Decimal = declared(Kind.RATE)  # company currency per unit, the day it was paid
    withholding: Money = declared(Kind.MONEY)
    stamp_duty: Money = declared(Kind.MONEY)
    reference: str = declared(Kind.STR, length=100)
    instrument_number: str = declared(Kind.STR, length=40)
    instrument_due: str = declared(Kind.STR, length=10)  # a traite's due date (ISO)
    allocations: tuple[Allocation, ...] = children(Allocation)

    @property
    def allocated(self) -> Money:
        return sum((a.amount for a in self.allocations), Money.zero(self.currency))

    @property
    def paid_out(self) -> Money:
        """What leaves the company's bank or till for the supplier."""
        return self.amount - self.withholding


PurchaseDocuments = PurchaseOrder | PurchaseReceipt | SupplierInvoice | SupplierPayment
PURCHASE_ENTITIES: dict[type, str] = {
    PurchaseOrder: "purchase_order",
    PurchaseReceipt: "purchase_receipt",
    SupplierInvoice: "supplier_invoice",
    SupplierPayment: "supplier_payment",
}


def order_from_payload(payload: Mapping[str, Any], branch_id: UUID) -> PurchaseOrder:
    currency = payload["currency"]
    return PurchaseOrder(
        **values_from(PurchaseOrder, payload, currency, wire=True),
        branch_id=branch_id,
        lines=tuple(
            PurchaseLine(**values_from(PurchaseLine, ln, currency, wire=True), position=i)
            for i, ln in enumerate(payload["lines"], start=1)
        ),
    )


def receipt_from_payload(payload: Mapping[str, Any], branch_id: UUID) -> PurchaseReceipt:
    return PurchaseReceipt(
        **values_from(PurchaseReceipt, payload, "", wire=True),
        branch_id=branch_id,
        lines=tuple(
            ReceiptLine(**values_from(ReceiptLine, ln, "", wire=True), position=i)
            for i, ln in enumerate(payload["lines"], start=1)
        ),
    )


def invoice_from_payload(payload: Mapping[str, Any], branch_id: UUID) -> SupplierInvoice:
    currency = payload["currency"]
    return SupplierInvoice(
        **values_from(SupplierInvoice, payload, currency, wire=True),
        branch_id=branch_id,
        lines=tuple(
            InvoiceLine(**values_from(InvoiceLine, ln, currency, wire=True), position=i)
            for i, ln in enumerate(payload["lines"], start=1)
        ),
        schedule=tuple(
            DueLine(**values_from(DueLine, d, currency, wire=True)) for d in payload["schedule"]
        ),
    )


def supplier_payment_from_payload(payload: Mapping[str, Any], branch_id: UUID) -> SupplierPayment:
    currency = payload["currency"]
    return SupplierPayment(
        **values_from(SupplierPayment, payload, currency, wire=True, make_child=wire_child),
        branch_id=branch_id,
    )


# For the sync to come: what kernel.documents.wire.document_from_payload will read.
PURCHASE_FROM_PAYLOAD: dict[str, Callable[[Mapping[str, Any], UUID], PurchaseDocuments]] = {
    "purchase_order": order_from_payload,
    "purchase_receipt": receipt_from_payload,
    "supplier_invoice": invoice_from_payload,
    "supplier_payment": supplier_payment_from_payload,
}
