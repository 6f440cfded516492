"""Plain records the storage port returns to use cases (no SQL types leak into the app)."""

from __future__ import annotations

from dataclasses import dataclass, field
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
class SaleLineInfo:
    id: UUID
    position: int
    product_id: UUID
    description: str
    quantity: Decimal
    unit_price: Decimal
    vat_rate: Decimal
    discount_minor: int
    base_minor: int
    vat_minor: int
    unit_cost: Decimal
    returned: Decimal = Decimal(0)  # already returned by earlier credit notes
    returned_line_id: UUID | None = None  # on a credit note: the line of the original sale
    # what earlier credit notes already refunded of this line (minor units)
    refunded_base_minor: int = 0
    refunded_vat_minor: int = 0
    refunded_discount_minor: int = 0


@dataclass(frozen=True, slots=True)
class PaymentInfo:
    tender: str
    amount_minor: int
    currency: str
    rate: Decimal
    reference: str


@dataclass(frozen=True, slots=True)
class SaleInfo:
    id: UUID
    kind: str
    number: str
    series: str
    sequence: int
    status: str
    register_id: UUID
    session_id: UUID | None
    branch_id: UUID
    customer_id: UUID | None
    cashier_id: UUID
    original_id: UUID | None
    issued_at: datetime
    currency: str
    rate: Decimal
    price_mode: str  # "tax_included", "tax_excluded" or "mixed" (lines of both modes)
    base_minor: int
    vat_minor: int
    discount_minor: int
    stamp_duty_minor: int
    rounding_minor: int
    total_minor: int
    change_minor: int
    cost: Decimal
    previous_hash: str
    hash: str
    approved_by: UUID | None = None  # the manager who approved a discount above the limit
    lines: tuple[SaleLineInfo, ...] = ()
    payments: tuple[PaymentInfo, ...] = ()


@dataclass(frozen=True, slots=True)
class StockLineInfo:
    product_id: UUID
    quantity: Decimal
    unit_cost: Decimal
    expected: Decimal | None = None
    vat_rate: Decimal = Decimal(0)


@dataclass(frozen=True, slots=True)
class StockDocumentInfo:
    id: UUID
    kind: str
    number: str
    status: str
    branch_id: UUID
    warehouse_id: UUID
    counterpart_branch_id: UUID | None
    related_id: UUID | None
    supplier_id: UUID | None
    currency: str
    rate: Decimal
    reason: str
    issued_at: datetime
    lines: tuple[StockLineInfo, ...] = field(default=())


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
