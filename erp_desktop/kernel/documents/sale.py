"""The sales document: a till receipt (or invoice) and the credit note that returns goods of
one, with their lines and payments, declared once.

One type serves both: a credit note is a sales document of kind ``credit_note`` whose
amounts are what it refunds (all positive) and whose lines name the sold line they take
back. Every id is born with the document: the lines' new ids, and each payment's id derived
from the document's id and its place (so the replica stores the id the server receives).
The replica stores every declared field; the wire carries those marked ``wire``; the server
rebuilds the document from its payload (:func:`sale_from_payload`) and so posts, hashes and
totals it with the very functions the replica used.
"""

# Each field is a dataclasses.field carrying its declaration (kernel.documents.fields).
# ruff: noqa: RUF009

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from erp_desktop.kernel.documents.fields import Kind, children, declared, values_from
from erp_desktop.kernel.hash_chain import chain_hash, document_inconsistencies
from erp_desktop.kernel.ids import derived_id
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.numbering import parse_number
from erp_desktop.kernel.quantity import Quantity, canonical
from erp_desktop.kernel.sales.refunds import LineFigures

SALE_KINDS = ("receipt", "invoice", "credit_note")
NOTHING_REFUNDED = LineFigures(0, 0, 0)


@dataclass(frozen=True, slots=True)
class SaleLine:
    id: UUID = declared(Kind.UUID)
    position: int = declared(Kind.INT, wire=False)
    product_id: UUID = declared(Kind.UUID)
    description: str = declared(Kind.STR, wire=False, length=300)
    quantity: Quantity = declared(Kind.QUANTITY)
    unit_price: Decimal = declared(Kind.DECIMAL)
    vat_rate: Decimal = declared(Kind.DECIMAL, check="percent")
    discount: Money = declared(Kind.MONEY)  # line and ticket discount, document currency
    base: Money = declared(Kind.MONEY)  # tax excluded
    vat: Money = declared(Kind.MONEY)
    unit_cost: Decimal = declared(Kind.DECIMAL)  # weighted average cost, company currency
    returned_line_id: UUID | None = declared(Kind.UUID, optional=True, default=None)
    # Not part of the document: what earlier credit notes already took back of this line,
    # filled in when the replica reads a sale for a return.
    returned: Quantity = Decimal(0)
    refunded: LineFigures = NOTHING_REFUNDED

    def __post_init__(self) -> None:
        # The form it reads back in (storage, the server), so both hash the same text.
        object.__setattr__(self, "quantity", canonical(self.quantity))

    @property
    def figures(self) -> LineFigures:
        return LineFigures(self.base.to_minor(), self.vat.to_minor(), self.discount.to_minor())

    @property
    def cost(self) -> Decimal:
        return self.unit_cost * self.quantity


@dataclass(frozen=True, slots=True)
class SalePayment:
    """A tender paid (or, on a credit note, refunded); ``rate`` converts its currency into
    the document's."""

    id: UUID = declared(Kind.UUID)
    tender: str = declared(Kind.STR, length=20)
    amount: Money = declared(Kind.MONEY)
    currency: str = declared(Kind.STR, check="currency", length=3)
    rate: Decimal = declared(Kind.RATE)
    reference: str = declared(Kind.STR, length=100)

    @staticmethod
    def of(
        document_id: UUID, index: int, tender: str, amount: Money, rate: Decimal, reference: str
    ) -> SalePayment:
        """The ``index``-th payment of a document, with its id born from the document's."""
        return SalePayment(
            derived_id("sale_payment", document_id, index),
            tender,
            amount,
            amount.currency,
            rate,
            reference,
        )


def payments_of(
    document_id: UUID, tenders: Iterable[tuple[str, Money, Decimal, str]]
) -> tuple[SalePayment, ...]:
    """(tender, amount, rate, reference) in paying order, as the document's payments."""
    return tuple(SalePayment.of(document_id, i, *tender) for i, tender in enumerate(tenders))


@dataclass(frozen=True, slots=True)
class SaleDocument:
    id: UUID = declared(Kind.UUID)
    kind: str = declared(Kind.STR, length=20)  # receipt, invoice, credit_note
    number: str = declared(Kind.STR, check="number", length=40)
    series: str = declared(Kind.STR, wire=False, length=40)
    sequence: int = declared(Kind.INT, wire=False)
    status: str = declared(Kind.STR, wire=False, length=10)  # final (immutable), cancelled
    register_id: UUID = declared(Kind.UUID)
    session_id: UUID | None = declared(Kind.UUID, optional=True)
    branch_id: UUID = declared(Kind.UUID, wire=False)
    customer_id: UUID | None = declared(Kind.UUID, optional=True)
    issued_at: datetime = declared(Kind.DATETIME)  # timezone-aware
    currency: str = declared(Kind.STR, check="currency", length=3)
    rate: Decimal = declared(Kind.RATE)  # company currency per unit of the document's
    # "tax_included", "tax_excluded" or "mixed" (lines of both modes)
    price_mode: str = declared(Kind.STR, wire=False, length=20)
    base: Money = declared(Kind.MONEY)
    vat: Money = declared(Kind.MONEY)
    discount: Money = declared(Kind.MONEY, wire=False)
    stamp_duty: Money = declared(Kind.MONEY)
    rounding: Money = declared(Kind.MONEY)  # cash rounding, added to what is paid
    total: Money = declared(Kind.MONEY)
    change: Money = declared(Kind.MONEY)  # cash given back
    cost: Decimal = declared(Kind.DECIMAL, wire=False)  # company currency, at average cost
    original_id: UUID | None = declared(Kind.UUID, optional=True)  # a credit note's receipt
    previous_hash: str = declared(Kind.STR, length=64)
    hash: str = declared(Kind.STR, length=64)
    cashier_id: UUID = declared(Kind.UUID)
    approved_by: UUID | None = declared(Kind.UUID, optional=True, wire=False, default=None)
    lines: tuple[SaleLine, ...] = children(SaleLine)
    payments: tuple[SalePayment, ...] = children(SalePayment)

    @property
    def refund(self) -> bool:
        return self.kind == "credit_note"

    @property
    def on_account(self) -> Money:
        """What the ticket left on its customer's account: its ``on_account`` payments (one
        per due date, the date in their reference), the receivable it posts."""
        return sum(
            (p.amount for p in self.payments if p.tender == "on_account"),
            Money.zero(self.currency),
        )

    @property
    def gross(self) -> Money:
        """Base plus VAT: what the goods cost before stamp duty and cash rounding."""
        return self.base + self.vat

    def revenue_by_rate(self) -> tuple[tuple[Decimal, Money, Money], ...]:
        """(VAT rate, base, VAT) summed over the lines, by increasing rate."""
        zero = Money.zero(self.currency)
        by_rate: dict[Decimal, tuple[Money, Money]] = {}
        for ln in self.lines:
            base, vat = by_rate.get(ln.vat_rate, (zero, zero))
            by_rate[ln.vat_rate] = (base + ln.base, vat + ln.vat)
        return tuple((r, b, v) for r, (b, v) in sorted(by_rate.items()))

    def lines_cost(self) -> Money:
        """The goods at their unit costs (company currency, as the replica costed them)."""
        return Money.of(sum((ln.cost for ln in self.lines), Decimal(0)), self.currency)

    def inconsistencies(self) -> list[str]:
        """The document-level figures that disagree with its lines and total."""
        return document_inconsistencies(
            self.base.to_minor(),
            self.vat.to_minor(),
            self.stamp_duty.to_minor(),
            self.rounding.to_minor(),
            self.total.to_minor(),
            ((ln.base.to_minor(), ln.vat.to_minor()) for ln in self.lines),
        )


def chain_fields(sale: SaleDocument) -> dict[str, Any]:
    """The fields of a finalized sales document that its series' hash chain protects."""
    return {
        "number": sale.number,
        "kind": sale.kind,
        "issued_at": sale.issued_at.isoformat(),
        "currency": sale.currency,
        "total_minor": sale.total.to_minor(),
        "stamp_duty_minor": sale.stamp_duty.to_minor(),
        "customer_id": sale.customer_id,
        "original_id": sale.original_id,
        "lines": [
            {
                "product_id": ln.product_id,
                "quantity": ln.quantity,
                "unit_price": ln.unit_price,
                "base_minor": ln.base.to_minor(),
                "vat_minor": ln.vat.to_minor(),
                "returned_line_id": ln.returned_line_id,
            }
            for ln in sale.lines
        ],
        "payments": [
            {
                "tender": p.tender,
                "amount_minor": p.amount.to_minor(),
                "currency": p.currency,
                "rate": p.rate,
            }
            for p in sale.payments
        ],
    }


def sale_hash(sale: SaleDocument) -> str:
    """The document's link in its chain: over its previous hash and its chained fields."""
    return chain_hash(sale.previous_hash, chain_fields(sale))


def sale_from_payload(payload: Mapping[str, Any], branch_id: UUID) -> SaleDocument:
    """The document a validated 'sale' payload describes, as the server knows it: the
    replica's own fields (series, discount, cost...) are rebuilt from what it carries."""
    currency = payload["currency"]
    lines = tuple(
        SaleLine(
            **values_from(SaleLine, ln, currency, wire=True),
            position=position,
            description="",
        )
        for position, ln in enumerate(payload["lines"], start=1)
    )
    payments = tuple(
        SalePayment(**values_from(SalePayment, p, currency, wire=True)) for p in payload["payments"]
    )
    number = parse_number(payload["number"])
    zero = Money.zero(currency)
    return SaleDocument(
        **values_from(SaleDocument, payload, currency, wire=True),
        series=number.series,
        sequence=number.sequence,
        status="final",
        branch_id=branch_id,
        price_mode="",
        discount=sum((ln.discount for ln in lines), zero),
        cost=sum((ln.cost for ln in lines), Decimal(0)),
        lines=lines,
        payments=payments,
    )
