"""What each posting rule needs to know about a document, and nothing more."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from uuid import UUID

from erp_desktop.kernel.money import Money


@dataclass(frozen=True, slots=True)
class RevenueLine:
    vat_rate: Decimal
    base: Money  # tax excluded, document currency
    vat: Money


@dataclass(frozen=True, slots=True)
class TenderLine:
    """A payment or refund; ``rate`` converts its currency into the company currency."""

    kind: str  # cash, card, cheque, transfer, store_credit
    amount: Money
    rate: Decimal = Decimal(1)


@dataclass(frozen=True, slots=True)
class SalePosting:
    """A POS receipt (paid by tenders) or a credit invoice (``on_credit`` to the receivable).

    For a return, the same shape with the refunded amounts, all positive.
    """

    source_type: str  # "receipt", "invoice", "credit_note"
    source_id: UUID
    number: str
    on: date
    branch_id: UUID | None
    partner_id: UUID | None
    currency: str
    rate: Decimal  # company currency per unit of the document currency
    revenue: tuple[RevenueLine, ...]
    stamp_duty: Money
    cash_rounding: Money  # added to what the customer pays (may be negative)
    tenders: tuple[TenderLine, ...]
    change_given: Money  # cash given back, document currency
    on_credit: Money  # left on the customer's account
    cost: Money  # cost of the goods at weighted average cost, company currency


@dataclass(frozen=True, slots=True)
class PaymentPosting:
    """A customer paying (part of) an invoice booked at ``booked_rate``."""

    source_id: UUID
    number: str
    on: date
    branch_id: UUID | None
    partner_id: UUID | None
    settled: Money  # receivable settled, in the invoice currency
    booked_rate: Decimal
    tenders: tuple[TenderLine, ...]  # at today's rate


@dataclass(frozen=True, slots=True)
class GoodsReceiptPosting:
    source_id: UUID
    number: str
    on: date
    branch_id: UUID | None
    supplier_id: UUID | None
    currency: str
    rate: Decimal
    cost: Money  # goods at landed cost, document currency
    vat: tuple[RevenueLine, ...]  # deductible VAT per rate
    payable: Money  # owed to the supplier, document currency


@dataclass(frozen=True, slots=True)
class StockValuePosting:
    """A stock adjustment or count variance: signed value change, company currency."""

    source_type: str  # "adjustment" or "count"
    source_id: UUID
    number: str
    on: date
    branch_id: UUID | None
    value_change: Money


@dataclass(frozen=True, slots=True)
class TransferOutPosting:
    source_id: UUID
    number: str
    on: date
    branch_id: UUID | None
    value: Money  # at cost, company currency


@dataclass(frozen=True, slots=True)
class TransferInPosting:
    source_id: UUID
    number: str
    on: date
    branch_id: UUID | None
    sent_value: Money  # what left the other branch, at its cost
    received_value: Money  # what arrived, at the same unit costs


@dataclass(frozen=True, slots=True)
class CashCountPosting:
    """Closing a cash session: counted minus expected cash."""

    source_id: UUID
    number: str
    on: date
    branch_id: UUID | None
    difference: Money  # positive: more cash than expected
