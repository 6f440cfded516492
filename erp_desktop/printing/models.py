"""What each printed document shows, as plain values; the app maps its documents onto these."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from erp_desktop.kernel.money import Money


@dataclass(frozen=True, slots=True)
class Party:
    name: str
    name_ar: str = ""
    address: str = ""
    address_ar: str = ""
    phone: str = ""
    legal_ids: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class PrintLine:
    code: str
    description: str
    description_ar: str
    quantity: Decimal
    unit: str
    unit_price: Money  # tax excluded on invoices
    discount: Money
    vat_rate: Decimal
    amount: Money  # tax excluded, after discount


@dataclass(frozen=True, slots=True)
class VatLine:
    rate: Decimal
    base: Money
    vat: Money


@dataclass(frozen=True, slots=True)
class InvoiceDocument:
    kind: str  # "invoice" or "credit_note"
    number: str
    issued_at: datetime
    country: str
    currency: str
    seller: Party
    customer: Party
    lines: tuple[PrintLine, ...]
    vat: tuple[VatLine, ...]
    total_base: Money
    total_vat: Money
    stamp_duty: Money
    total: Money
    payment_terms: str = ""
    payment_terms_ar: str = ""
    bank_details: str = ""
    original_number: str = ""  # credit notes: the invoice they correct
    duplicate: bool = False
    cancelled: bool = False
    logo_path: str | None = None


@dataclass(frozen=True, slots=True)
class ReceiptLine:
    description: str
    quantity: Decimal
    unit_price: Money
    amount: Money  # tax included


@dataclass(frozen=True, slots=True)
class ReceiptDocument:
    number: str
    issued_at: datetime
    country: str
    shop: Party
    register: str
    cashier: str
    lines: tuple[ReceiptLine, ...]
    vat: tuple[VatLine, ...]
    discount: Money
    stamp_duty: Money
    rounding: Money
    total: Money
    payments: tuple[tuple[str, Money], ...]  # label, amount
    change: Money
    footer: str = "Merci de votre visite"
    footer_ar: str = "شكرا لزيارتكم"
    duplicate: bool = False


@dataclass(frozen=True, slots=True)
class SessionReportDocument:
    kind: str  # "X" or "Z"
    number: int | None
    shop: Party
    register: str
    cashier: str
    opened_at: datetime
    printed_at: datetime
    sales_count: int
    returns_count: int
    gross_sales: Money
    returns: Money
    discounts: Money
    stamp_duty: Money
    vat_by_rate: tuple[tuple[str, Money], ...]
    by_tender: tuple[tuple[str, Money], ...]
    opening_float: Money
    expected_cash: Money
    counted_cash: Money | None


@dataclass(frozen=True, slots=True)
class SlipLine:
    code: str
    description: str
    description_ar: str
    quantity: Decimal
    unit: str
    unit_cost: Money | None = None


@dataclass(frozen=True, slots=True)
class StockSlipDocument:
    kind: str  # "transfer" or "goods_receipt"
    number: str
    issued_at: datetime
    company: Party
    origin: str  # branch or supplier
    destination: str
    lines: tuple[SlipLine, ...]
    signed_by: str = ""
