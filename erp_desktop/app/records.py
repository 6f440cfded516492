"""Plain records the storage port returns to use cases (no SQL types leak into the app).

Business documents (sales, credit notes, stock documents) are not here: they are the
kernel's own values (kernel.documents), declared once and used by every layer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any
from uuid import UUID


@dataclass(frozen=True, slots=True)
class CompanyInfo:
    id: UUID
    name: str
    name_ar: str
    country: str
    currency: str
    legal_ids: dict[str, str]
    legal_form: str = ""
    legal_form_ar: str = ""
    capital_minor: int | None = None  # share capital, in the company currency
    activity: str = ""
    activity_ar: str = ""
    address: str = ""
    address_ar: str = ""
    phone: str = ""


@dataclass(frozen=True, slots=True)
class BranchInfo:
    id: UUID
    code: str
    name: str
    name_ar: str
    kind: str = "branch"  # or "head_office" (kernel.ownership.SiteKind)


@dataclass(frozen=True, slots=True)
class RegisterInfo:
    id: UUID
    branch_id: UUID
    branch_code: str
    code: str
    cash_step_minor: int


@dataclass(frozen=True, slots=True)
class UserInfo:
    id: UUID
    username: str
    full_name: str
    password_hash: str
    pin_hash: str | None
    branch_id: UUID | None
    active: bool
    failed_attempts: int
    locked_until: datetime | None
    roles: frozenset[str]
    language: str = "fr"


@dataclass(frozen=True, slots=True)
class ProductInfo:
    id: UUID
    sku: str
    name: str
    name_ar: str
    unit: str
    price_minor: int
    currency: str
    price_mode: str
    tax_class: str
    reorder_point: Decimal
    barcodes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class StockRow:
    """One line of the warehouse's stock list: a product and its level in one warehouse."""

    product_id: UUID
    sku: str
    name: str
    name_ar: str
    unit: str
    price_minor: int
    currency: str
    quantity: Decimal
    reorder_point: Decimal
    reserved: Decimal = Decimal(0)  # what open sales orders still have to deliver

    @property
    def available(self) -> Decimal:
        """On hand less what open sales orders reserve."""
        return self.quantity - self.reserved

    @property
    def low(self) -> bool:
        return self.reorder_point > 0 and self.quantity <= self.reorder_point


@dataclass(frozen=True, slots=True)
class StockPosition:
    quantity: Decimal
    average_cost: Decimal


@dataclass(frozen=True, slots=True)
class SessionInfo:
    id: UUID
    register_id: UUID
    status: str
    opened_by: UUID
    opened_at: datetime
    currency: str
    opening_float_minor: int
    closed_at: datetime | None = None
    expected_cash_minor: int | None = None
    counted_cash_minor: int | None = None
    z_number: int | None = None
    z_report: dict[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class CustomerInfo:
    id: UUID
    name: str
    name_ar: str
    phone: str
    email: str
    tax_id: str
    store_credit_minor: int
    currency: str
    field_clocks: dict[str, str]
    # a business customer's (kernel.partners.customers.BUSINESS_FIELDS), all text
    legal_ids: str = ""  # canonical JSON {kind: value}
    billing_address: str = ""
    delivery_address: str = ""
    terms: str = ""  # PaymentTerms.code, "" when none was agreed
    credit_limit: str = ""  # decimal, account currency; "" = no limit
    limit_blocks: str = ""  # "1": passing the limit blocks (else it warns)
    discount_percent: str = ""  # decimal, "" = none
    account_currency: str = ""  # "" = the company's

    @property
    def discount(self) -> Decimal:
        return Decimal(self.discount_percent or 0)

    @property
    def is_business(self) -> bool:
        return bool(self.legal_ids not in ("", "{}") or self.terms or self.credit_limit)


@dataclass(frozen=True, slots=True)
class SaleActivity:
    """One finalized sale or credit note, as the dashboard counts it."""

    issued_at: datetime
    kind: str  # receipt, invoice, credit_note
    total_minor: int  # positive; a credit note's refund is its total
    cashier: str
    payments: tuple[tuple[str, int], ...]  # tender, company-currency minor units (net of change)


@dataclass(frozen=True, slots=True)
class SessionSummary:
    register: str
    cashier: str
    status: str
    opened_at: datetime
    closed_at: datetime | None
    expected_cash_minor: int | None
    counted_cash_minor: int | None


@dataclass(frozen=True, slots=True)
class LowStockAlert:
    """A product that fell to or under its reorder point, as the low-stock handler kept it."""

    id: UUID
    product_id: UUID
    sku: str
    name: str
    name_ar: str
    warehouse_id: UUID
    level: Decimal
    reorder_point: Decimal
    raised_at: datetime


@dataclass(frozen=True, slots=True)
class PurchaseHistory:
    """What a customer bought here so far (kept by the purchase-history handler)."""

    customer_id: UUID
    purchases: int
    spent_minor: int
    currency: str
    first_purchase_at: datetime
    last_purchase_at: datetime


# -- receivables (issue 13) ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HeldInstrument:
    """A cheque or traite received and not yet cleared nor bounced."""

    payment_id: UUID
    number: str  # the payment's
    customer_id: UUID
    customer: str
    tender: str  # cheque, traite
    bank: str
    instrument_number: str
    due_on: str  # ISO date
    amount_minor: int
    currency: str
    state: str  # in_hand, deposited


@dataclass(frozen=True, slots=True)
class AgedRow:
    """What one customer owes in one currency, by age bucket (minor units, BUCKETS order)."""

    customer_id: UUID
    customer: str
    currency: str
    buckets: tuple[int, int, int, int, int]
    customer_ar: str = ""  # the customer's name in Arabic

    @property
    def total(self) -> int:
        return sum(self.buckets)


@dataclass(frozen=True, slots=True)
class StatementRow:
    """One movement on a customer's account: debit raises what they owe, credit lowers it."""

    at: datetime
    kind: str  # customer_invoice, customer_credit_note, customer_payment, customer_refund, instrument_bounced
    number: str
    currency: str
    debit_minor: int
    credit_minor: int
    due_on: str = ""  # an invoice's first due date


@dataclass(frozen=True, slots=True)
class OverdueItem:
    """One invoice (or the overdue part of it) past its due date, for a reminder."""

    customer_id: UUID
    customer: str
    invoice_id: UUID
    number: str
    due_on: str  # ISO date of its earliest overdue instalment
    days_overdue: int
    overdue_minor: int  # what is past due on it
    currency: str
    customer_ar: str = ""


@dataclass(frozen=True, slots=True)
class CategoryInfo:
    """A tab of the touch till's product grid (head office's categories)."""

    id: UUID
    name: str
    name_ar: str
    position: int


@dataclass(frozen=True, slots=True)
class ProductTile:
    """A button of the touch till's grid: the product and its small picture, if any."""

    product: ProductInfo
    thumbnail: bytes | None = None
    media_type: str = ""
    shelf_price_minor: int = 0  # tax included, as on the shelf label (the use case sets it)
