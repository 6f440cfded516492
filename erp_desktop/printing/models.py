"""What each printed document shows, as plain values; the app maps its documents onto these.

An invoice carries how and when it is settled (décret exécutif 05-468, art. 3; CGI Maroc
art. 145-III): each means of payment with its amount and date. Algerian stamp duty is due
only on the part settled in cash, so the duty printed is computed from those settlements by
the kernel (``stamp_duty_due``), never typed in: an invoice paid by transfer bears none.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from erp_desktop.kernel.money import Money
from erp_desktop.kernel.tax import stamp_duty
from erp_desktop.kernel.tax.stamp_duty import StampDocument

MEANS = ("cash", "card", "cheque", "transfer", "store_credit")


@dataclass(frozen=True, slots=True)
class Party:
    name: str
    name_ar: str = ""
    address: str = ""
    address_ar: str = ""
    phone: str = ""
    legal_ids: dict[str, str] = field(default_factory=dict)
    legal_form: str = ""  # "SARL", "SA", "EURL", ...
    legal_form_ar: str = ""
    capital: Money | None = None  # share capital, for companies that have one
    activity: str = ""  # nature of the activity
    activity_ar: str = ""


@dataclass(frozen=True, slots=True)
class Settlement:
    """One means of payment of an invoice, its amount and the date it is (to be) paid."""

    means: str  # one of MEANS
    amount: Money
    on: date

    def __post_init__(self) -> None:
        if self.means not in MEANS:
            raise ValueError(f"unknown means of payment {self.means!r}")


def cash_part(settlements: Iterable[Settlement], currency: str) -> Money:
    return sum((s.amount for s in settlements if s.means == "cash"), Money.zero(currency))


def stamp_duty_due(
    country: str,
    on: date,
    due: Money,
    settlements: Iterable[Settlement],
    document: StampDocument = StampDocument.INVOICE,
) -> Money:
    """The stamp duty of an invoice (or credit note) whose total before duty is ``due``, from
    the part of it settled in cash (the kernel's rules and data: Algeria's and Morocco's duty
    on cash, on invoices only; Tunisia's fixed duty, on invoices and credit notes)."""
    cash = cash_part(settlements, due.currency)
    return stamp_duty(country, on, due, min(cash, due), document=document).duty


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
    discount_percent: Decimal | None = None  # the line's discount as typed, when a percent


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
    settlements: tuple[Settlement, ...] = ()
    # what it follows, in each language ("Commande N° ..."): an order's quote, a delivery's
    # or an invoice's order (a credit note names its invoice in original_number)
    reference: str = ""
    reference_ar: str = ""
    due_dates: tuple[tuple[date, Money], ...] = ()  # an invoice's schedule


@dataclass(frozen=True, slots=True)
class ReceiptLine:
    description: str
    quantity: Decimal
    unit_price: Money  # tax included
    amount: Money  # tax included, before the discounts (the receipt's discount line)
    description_ar: str = ""  # the product's Arabic name, printed on its own line


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
    discount: Money  # every discount of the ticket, tax included
    stamp_duty: Money
    rounding: Money
    total: Money  # = subtotal - discount + stamp_duty + rounding
    payments: tuple[tuple[str, Money], ...]  # label, amount
    change: Money
    footer: str = "Merci de votre visite"
    footer_ar: str = "شكرا لزيارتكم"
    duplicate: bool = False
    customer: str = ""  # the ticket's customer (a sale on account names who owes it)
    customer_ar: str = ""
    points_used: int = 0  # loyalty points spent on the ticket
    points_balance: int | None = None  # what the customer holds after it (None: no account)

    @property
    def subtotal(self) -> Money:
        return sum((ln.amount for ln in self.lines), Money.zero(self.total.currency))


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
    country: str = "DZ"  # whose words the report prints


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
