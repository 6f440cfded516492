"""Tunisia's daily global invoice of ticket sales ("facture globale"), and its posting.

A VAT-registered Tunisian retailer gives consumers till tickets, not invoices; Code de la TVA
art. 18-II requires an invoice for every operation, and for the ticket sales of a day it is
met by one global invoice that sums them per VAT rate. The fixed stamp duty on invoices
(Code des droits d'enregistrement et de timbre, 1.000 TND since décret-loi n° 2022-79, LF 2023)
is due once on that invoice, never per ticket, and no customer pays it: the retailer bears it.

What the invoice covers: the branch's finalized tickets of its business day and the till
returns of that same day, netted per rate, so that its VAT is the VAT the tickets and returns
of the day already posted, and the accountant can tie the invoice to the ledger. The tickets
and returns posted their revenue and VAT themselves: the invoice posts only its stamp duty,
as an expense of the company against the duty payable.

Its fields are declared once, here: the wire payload, the replica's row and the server's row
are all derived from :func:`payload_of` (schema ``global_invoice`` in kernel.protocol).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.hash_chain import chain_hash
from erp_desktop.kernel.ledger.accounts import AccountRole as R
from erp_desktop.kernel.ledger.accounts import Chart
from erp_desktop.kernel.ledger.journal import EntryBuilder, Journal, JournalEntry, Side
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.numbering import format_number, parse_number
from erp_desktop.kernel.tax.catalog import TaxCatalog
from erp_desktop.kernel.tax.stamp_duty import StampDocument, stamp_duty

COUNTRIES = frozenset({"TN"})  # where the law asks for it
SERIES_CODE = "GF"  # the register part of the number: ``TUN01-GF-2026-000001``
SOURCE_TYPE = "global_invoice"


@dataclass(frozen=True, slots=True)
class TicketFigures:
    """A finalized ticket (``receipt``) or till return (``credit_note``), as summed here."""

    number: str
    kind: str
    currency: str
    by_rate: tuple[tuple[Decimal, int, int], ...]  # (VAT rate, base minor, VAT minor), positive


@dataclass(frozen=True, slots=True)
class RateTotal:
    vat_rate: Decimal
    base: Money  # tax excluded, net of the day's returns
    vat: Money

    @property
    def ttc(self) -> Money:
        return self.base + self.vat


@dataclass(frozen=True, slots=True)
class TicketRange:
    """The tickets and returns of one register series that the invoice covers."""

    series: str
    first: str
    last: str
    count: int


@dataclass(frozen=True, slots=True)
class GlobalInvoice:
    id: UUID
    number: str
    branch_id: UUID
    day: date  # the business day covered (the branch's wall calendar)
    issued_at: datetime
    issued_by: UUID
    currency: str
    ticket_count: int
    return_count: int
    ranges: tuple[TicketRange, ...]
    rates: tuple[RateTotal, ...]
    sales_ttc: Money  # the tickets, before returns
    returns_ttc: Money  # the day's till returns
    stamp_duty: Money
    previous_hash: str
    hash: str = ""

    @property
    def kind(self) -> str:
        """Its kind among documents (kernel.documents: its posting rule, its entity)."""
        return "global_invoice"

    @property
    def series(self) -> str:
        return parse_number(self.number).series

    @property
    def sequence(self) -> int:
        return parse_number(self.number).sequence

    @property
    def first_ticket(self) -> str:
        return min(r.first for r in self.ranges)

    @property
    def last_ticket(self) -> str:
        return max(r.last for r in self.ranges)

    @property
    def total_base(self) -> Money:
        return sum((r.base for r in self.rates), Money.zero(self.currency))

    @property
    def total_vat(self) -> Money:
        return sum((r.vat for r in self.rates), Money.zero(self.currency))

    @property
    def total_ttc(self) -> Money:
        return self.total_base + self.total_vat

    @property
    def total(self) -> Money:
        """What the invoice states as due: the day's net takings and its stamp duty."""
        return self.total_ttc + self.stamp_duty


def series_of(branch_code: str, year: int) -> str:
    return f"{branch_code}-{SERIES_CODE}-{year:04d}"


def number_of(branch_code: str, year: int, sequence: int) -> str:
    return format_number(branch_code, SERIES_CODE, year, sequence)


def compose(
    *,
    invoice_id: UUID,
    number: str,
    branch_id: UUID,
    country: str,
    day: date,
    issued_at: datetime,
    issued_by: UUID,
    currency: str,
    tickets: Iterable[TicketFigures],
    previous_hash: str,
    catalog: TaxCatalog | None = None,
) -> GlobalInvoice:
    """The global invoice of ``tickets`` (the day's tickets and returns of one branch), with
    its stamp duty from the tax rules in force on ``day``, sealed into its chain."""
    if country not in COUNTRIES:
        raise ValidationError("invoicing.global_invoice_not_applicable", country=country)
    tickets = sorted(tickets, key=lambda t: t.number)
    sales = [t for t in tickets if t.kind == "receipt"]
    if not sales:
        raise ValidationError("invoicing.no_ticket_sales", day=day.isoformat())
    per_rate: dict[Decimal, tuple[int, int]] = {}
    sales_minor = returns_minor = 0
    ranges: dict[str, list[str]] = {}
    for t in tickets:
        if t.currency != currency:
            raise ValidationError("money.currency_mismatch", left=t.currency, right=currency)
        sign = -1 if t.kind == "credit_note" else 1
        for rate, base, vat in t.by_rate:
            b, v = per_rate.get(rate, (0, 0))
            per_rate[rate] = (b + sign * base, v + sign * vat)
            if sign > 0:
                sales_minor += base + vat
            else:
                returns_minor += base + vat
        ranges.setdefault(parse_number(t.number).series, []).append(t.number)
    rates = tuple(
        RateTotal(r, Money.from_minor(b, currency), Money.from_minor(v, currency))
        for r, (b, v) in sorted(per_rate.items())
        if b or v
    )
    net = sum((r.ttc for r in rates), Money.zero(currency))
    if net.is_negative() or net.is_zero():
        raise ValidationError("invoicing.no_ticket_sales", day=day.isoformat())
    duty = stamp_duty(country, day, net, net, catalog, document=StampDocument.INVOICE).duty
    invoice = GlobalInvoice(
        id=invoice_id,
        number=number,
        branch_id=branch_id,
        day=day,
        issued_at=issued_at.astimezone(UTC),  # as stored and sent: the hash must not move
        issued_by=issued_by,
        currency=currency,
        ticket_count=len(sales),
        return_count=len(tickets) - len(sales),
        ranges=tuple(
            TicketRange(series, numbers[0], numbers[-1], len(numbers))
            for series, numbers in sorted(ranges.items())
        ),
        rates=rates,
        sales_ttc=Money.from_minor(sales_minor, currency),
        returns_ttc=Money.from_minor(returns_minor, currency),
        stamp_duty=duty,
        previous_hash=previous_hash,
    )
    return seal(invoice)


def payload_of(invoice: GlobalInvoice) -> dict[str, Any]:
    """The invoice as the outbox carries it (schema ``global_invoice``), JSON-ready."""
    return {
        "id": str(invoice.id),
        "number": invoice.number,
        "branch_id": str(invoice.branch_id),
        "business_date": invoice.day.isoformat(),
        "issued_at": invoice.issued_at.isoformat(),
        "issued_by": str(invoice.issued_by),
        "currency": invoice.currency,
        "ticket_count": invoice.ticket_count,
        "return_count": invoice.return_count,
        "sales_ttc_minor": invoice.sales_ttc.to_minor(),
        "returns_ttc_minor": invoice.returns_ttc.to_minor(),
        "base_minor": invoice.total_base.to_minor(),
        "vat_minor": invoice.total_vat.to_minor(),
        "stamp_duty_minor": invoice.stamp_duty.to_minor(),
        "total_minor": invoice.total.to_minor(),
        "previous_hash": invoice.previous_hash,
        "hash": invoice.hash,
        "ranges": [
            {"series": r.series, "first": r.first, "last": r.last, "count": r.count}
            for r in invoice.ranges
        ],
        "rates": [
            {
                "vat_rate": str(r.vat_rate),
                "base_minor": r.base.to_minor(),
                "vat_minor": r.vat.to_minor(),
            }
            for r in invoice.rates
        ],
    }


def chained_fields(payload: Mapping[str, Any]) -> dict[str, Any]:
    """What the hash chain protects: every field but the chain's own two."""
    return {k: v for k, v in payload.items() if k not in ("previous_hash", "hash")}


def seal(invoice: GlobalInvoice) -> GlobalInvoice:
    return replace(
        invoice, hash=chain_hash(invoice.previous_hash, chained_fields(payload_of(invoice)))
    )


def from_payload(p: Mapping[str, Any]) -> GlobalInvoice:
    """The invoice a validated ``global_invoice`` payload describes; refuses figures that do
    not add up (the totals are derived from the rates, never taken on trust)."""
    currency = p["currency"]

    def m(minor: int) -> Money:
        return Money.from_minor(minor, currency)

    invoice = GlobalInvoice(
        id=UUID(p["id"]),
        number=p["number"],
        branch_id=UUID(p["branch_id"]),
        day=date.fromisoformat(p["business_date"]),
        issued_at=datetime.fromisoformat(p["issued_at"]),
        issued_by=UUID(p["issued_by"]),
        currency=currency,
        ticket_count=p["ticket_count"],
        return_count=p["return_count"],
        ranges=tuple(
            TicketRange(r["series"], r["first"], r["last"], r["count"]) for r in p["ranges"]
        ),
        rates=tuple(
            RateTotal(Decimal(r["vat_rate"]), m(r["base_minor"]), m(r["vat_minor"]))
            for r in p["rates"]
        ),
        sales_ttc=m(p["sales_ttc_minor"]),
        returns_ttc=m(p["returns_ttc_minor"]),
        stamp_duty=m(p["stamp_duty_minor"]),
        previous_hash=p["previous_hash"],
        hash=p["hash"],
    )
    checks = {
        "base_minor": invoice.total_base.to_minor(),
        "vat_minor": invoice.total_vat.to_minor(),
        "total_minor": invoice.total.to_minor(),
        "sales_ttc_minor": (invoice.total_ttc + invoice.returns_ttc).to_minor(),
        "ranges": invoice.ticket_count + invoice.return_count,
    }
    stated = {**p, "ranges": sum(r.count for r in invoice.ranges)}
    for field, value in checks.items():
        if stated[field] != value:
            raise ValidationError(
                "invoicing.global_invoice_mismatch", number=invoice.number, field=field
            )
    if not invoice.ranges or invoice.stamp_duty.is_negative():
        raise ValidationError(
            "invoicing.global_invoice_mismatch", number=invoice.number, field="ranges"
        )
    return invoice


def post_global_invoice(chart: Chart, invoice: GlobalInvoice) -> JournalEntry | None:
    """The stamp duty the retailer bears: expense against the duty payable. The revenue and
    VAT of the tickets were posted by each ticket and are not posted again."""
    rate = Decimal(1)
    if invoice.currency != chart.currency:
        raise ValidationError(
            "money.currency_mismatch", left=invoice.currency, right=chart.currency
        )
    b = EntryBuilder(
        chart,
        invoice.day,
        Journal.SALES,
        SOURCE_TYPE,
        invoice.id,
        invoice.number,
        invoice.branch_id,
        memo=f"{invoice.number} {invoice.day.isoformat()}",
    )
    b.add(R.STAMP_DUTY_EXPENSE, Side.DEBIT, invoice.stamp_duty, rate, memo="stamp duty")
    b.add(R.STAMP_DUTY_PAYABLE, Side.CREDIT, invoice.stamp_duty, rate, memo="stamp duty")
    return b.build_or_none()
