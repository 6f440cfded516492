"""Printed documents from the app's records: the receipt of a sale or credit note.

A receipt line is printed tax included and before discounts, so that the lines less the
discount line make the total (the sale keeps each line after its discounts: the discount is
added back, in tax-included terms).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from uuid import UUID

from erp_desktop.app.records import CompanyInfo
from erp_desktop.app.till.sessions import SessionReport
from erp_desktop.kernel.documents import SaleDocument
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.tax.vat import HUNDRED, PriceMode
from erp_desktop.printing.models import (
    Party,
    ReceiptDocument,
    ReceiptLine,
    SessionReportDocument,
    VatLine,
)
from erp_desktop.printing.terms import both, term

TENDERS = ("cash", "card", "cheque", "transfer", "store_credit", "on_account", "points")


def tender_label(country: str, tender: str) -> str:
    """ "Espèces / نقدا": a means of payment in French and in the country's Arabic."""
    return both(country, f"means_{tender}") if tender in TENDERS else tender


TENDER_LABELS = {t: tender_label("DZ", t) for t in TENDERS}


def seller_of(company: CompanyInfo) -> Party:
    """The company as an invoice's seller, from the replica's company record: names,
    identifiers, legal form, capital, activity, address (décret exécutif 05-468 art. 3)."""
    capital = company.capital_minor
    return Party(
        company.name,
        company.name_ar,
        company.address,
        company.address_ar,
        company.phone,
        dict(company.legal_ids),
        company.legal_form,
        company.legal_form_ar,
        None if capital is None else Money.from_minor(capital, company.currency),
        company.activity,
        company.activity_ar,
    )


def shop_of(company: CompanyInfo) -> Party:
    """The company as the header of a till receipt (name, address, identifiers)."""
    return Party(company.name, company.name_ar, company.address, legal_ids=dict(company.legal_ids))


def receipt_of(
    sale: SaleDocument,
    company: CompanyInfo,
    register_code: str,
    cashier: str,
    duplicate: bool = False,
    names_ar: Mapping[UUID, str] | None = None,
    customer: tuple[str, str] = ("", ""),
    points: tuple[int, int | None] = (0, None),
) -> ReceiptDocument:
    """The receipt of ``sale``; ``names_ar`` (product id to Arabic name) puts each line's
    Arabic name under its French description. ``customer`` (name, Arabic name) is printed
    under the header; ``points`` (used on this ticket, the balance left) under the payments.
    What is left on account prints with its due date."""
    cur = sale.currency

    def m(minor: int) -> Money:
        return Money.from_minor(minor, cur)

    tax_excluded = sale.price_mode == PriceMode.TAX_EXCLUDED

    def gross(minor: int, vat_rate: Decimal) -> int:
        """A tax-excluded amount of a tax-excluded sale, tax included."""
        if not tax_excluded:
            return minor
        return Money.of(
            Money.from_minor(minor, cur).amount * (HUNDRED + vat_rate) / HUNDRED, cur
        ).to_minor()

    discounts = [gross(ln.discount.to_minor(), ln.vat_rate) for ln in sale.lines]
    lines = tuple(
        ReceiptLine(
            ln.description,
            ln.quantity,
            Money.of(
                ln.unit_price * ((HUNDRED + ln.vat_rate) / HUNDRED if tax_excluded else 1), cur
            ),
            m(ln.base.to_minor() + ln.vat.to_minor() + discount),
            (names_ar or {}).get(ln.product_id, ""),
        )
        for ln, discount in zip(sale.lines, discounts, strict=True)
    )
    rates: dict[Decimal, tuple[int, int]] = {}
    for ln in sale.lines:
        base, vat = rates.get(ln.vat_rate, (0, 0))
        rates[ln.vat_rate] = (base + ln.base.to_minor(), vat + ln.vat.to_minor())
    payments = tuple(
        (
            tender_label(company.country, p.tender)
            + ("" if p.currency == cur else f" ({p.currency})")
            + (_due(company.country, p.reference) if p.tender == "on_account" else ""),
            p.amount,
        )
        for p in sale.payments
    )
    return ReceiptDocument(
        number=sale.number,
        issued_at=sale.issued_at,
        country=company.country,
        shop=shop_of(company),
        register=register_code,
        cashier=cashier,
        lines=lines,
        vat=tuple(VatLine(r, m(b), m(v)) for r, (b, v) in sorted(rates.items())),
        discount=m(sum(discounts)),
        stamp_duty=sale.stamp_duty,
        rounding=sale.rounding,
        total=sale.total,
        payments=payments,
        change=sale.change,
        duplicate=duplicate,
        customer=customer[0],
        customer_ar=customer[1],
        points_used=points[0],
        points_balance=points[1],
    )


def _due(country: str, due_on: str) -> str:
    """ " (échéance 09/04/2026)": the due date of what is left on account."""
    try:
        shown = date.fromisoformat(due_on).strftime("%d/%m/%Y")
    except ValueError:
        return ""
    return f" ({term(country, 'due_on').fr} {shown})"


def session_report_of(
    report: SessionReport,
    company: CompanyInfo,
    register_code: str,
    cashier: str,
    opened_at: datetime,
    printed_at: datetime,
) -> SessionReportDocument:
    """The X (session still open) or Z (closed, numbered) report of a cash session."""
    return SessionReportDocument(
        kind="Z" if report.z_number is not None else "X",
        number=report.z_number,
        shop=shop_of(company),
        register=register_code,
        cashier=cashier,
        opened_at=opened_at,
        printed_at=printed_at,
        sales_count=report.sales_count,
        returns_count=report.returns_count,
        gross_sales=report.gross_sales,
        returns=report.returns,
        discounts=report.discounts,
        stamp_duty=report.stamp_duty,
        vat_by_rate=tuple(sorted(report.vat_by_rate.items())),
        by_tender=tuple(
            (tender_label(company.country, t), m) for t, m in sorted(report.by_tender.items())
        ),
        opening_float=report.opening_float,
        expected_cash=report.expected_cash,
        counted_cash=report.counted_cash,
        country=company.country,
    )
