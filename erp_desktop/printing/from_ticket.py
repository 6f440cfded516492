"""The A4 invoice of a till ticket, for the invoice renderer: the stored sale's lines with
their prices before VAT, the VAT per rate, the stamp duty the ticket bore, and how it was
settled (cash net of the change given back). The customer box names the ticket's customer
with their tax identifier, or the name the cashier typed when the customer asked.

A tax-included ticket line becomes an invoice line before VAT: its base is the checkout's
(never recomputed), its discount brought before VAT, its unit price the base plus that
discount over the quantity."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from uuid import UUID

from erp_desktop.app.records import CompanyInfo, CustomerInfo
from erp_desktop.kernel.documents import SaleDocument
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.tax.vat import PriceMode
from erp_desktop.printing.bidi_text import ltr
from erp_desktop.printing.formatting import amount
from erp_desktop.printing.from_sales import seller_of
from erp_desktop.printing.models import (
    MEANS,
    InvoiceDocument,
    Party,
    PrintLine,
    Settlement,
    VatLine,
)

HUNDRED = Decimal(100)
TAX_ID = {"DZ": "NIF", "MA": "ICE", "TN": "MF"}  # the customer's identifier on an invoice


def customer_party(country: str, customer: CustomerInfo | None, named: str = "") -> Party:
    if customer is None:
        return Party(named or "Client au comptant", named or "زبون نقدا")
    ids = {TAX_ID.get(country, "NIF"): customer.tax_id} if customer.tax_id else {}
    return Party(
        customer.name, customer.name_ar or customer.name, phone=customer.phone, legal_ids=ids
    )


def _settlements(sale: SaleDocument, invoiced: Money) -> tuple[Settlement, ...]:
    """How the invoice was settled: each tender but cash as paid, and cash for the rest of
    the invoice's total (what was handed over, less the change and the cash rounding: the
    rounding is said in the terms, the invoice's total is its lines' and its duty's)."""
    cur, day = sale.currency, sale.issued_at.date()
    paid: dict[str, Money] = {}
    for p in sale.payments:
        means = p.tender if p.tender in MEANS else "cash"
        if means == "cash":
            continue
        local = p.amount if p.currency == cur else Money.of(p.amount.amount * p.rate, cur)
        paid[means] = paid.get(means, Money.zero(cur)) + local
    rest = invoiced - sum(paid.values(), Money.zero(cur))
    if rest.amount > 0:
        paid["cash"] = rest
    return tuple(Settlement(m, a, day) for m, a in paid.items() if a.amount > 0)


def _terms(sale: SaleDocument) -> tuple[str, str]:
    fr = f"Ticket de caisse N° {sale.number}, réglé à la caisse"
    ar = "تذكرة الصندوق، مسددة في الصندوق"
    if not sale.rounding.is_zero():
        shown = amount(sale.rounding)
        fr += f" ; arrondi de caisse {shown} {sale.currency}"
        ar += f"؛ تقريب الصندوق {ltr(shown)}"
    return fr, ar


def ticket_invoice_of(
    sale: SaleDocument,
    company: CompanyInfo,
    customer: CustomerInfo | None,
    names_ar: Mapping[UUID, str],
    units: Mapping[UUID, str],
    named: str = "",
    duplicate: bool = False,
) -> InvoiceDocument:
    cur = sale.currency
    tax_included = sale.price_mode != PriceMode.TAX_EXCLUDED
    lines = []
    for ln in sale.lines:
        discount = ln.discount
        if tax_included and not discount.is_zero():
            discount = Money.of(discount.amount * HUNDRED / (HUNDRED + ln.vat_rate), cur)
        before = ln.base + discount
        lines.append(
            PrintLine(
                code="",
                description=ln.description,
                description_ar=names_ar.get(ln.product_id, ""),
                quantity=ln.quantity,
                unit=units.get(ln.product_id, ""),
                unit_price=Money.of(before.amount / ln.quantity, cur),
                discount=discount,
                vat_rate=ln.vat_rate,
                amount=ln.base,
            )
        )
    rates: dict[Decimal, tuple[Money, Money]] = {}
    for ln in sale.lines:
        base, vat = rates.get(ln.vat_rate, (Money.zero(cur), Money.zero(cur)))
        rates[ln.vat_rate] = (base + ln.base, vat + ln.vat)
    total_base = sum((ln.base for ln in sale.lines), Money.zero(cur))
    total_vat = sum((ln.vat for ln in sale.lines), Money.zero(cur))
    total = total_base + total_vat + sale.stamp_duty
    terms, terms_ar = _terms(sale)
    return InvoiceDocument(
        kind="invoice",
        number=sale.number,
        issued_at=sale.issued_at,
        country=company.country,
        currency=cur,
        seller=seller_of(company),
        customer=customer_party(company.country, customer, named),
        lines=tuple(lines),
        vat=tuple(VatLine(r, b, v) for r, (b, v) in sorted(rates.items())),
        total_base=total_base,
        total_vat=total_vat,
        stamp_duty=sale.stamp_duty,
        total=total,
        payment_terms=terms,
        payment_terms_ar=terms_ar,
        duplicate=duplicate,
        settlements=_settlements(sale, total),
    )
