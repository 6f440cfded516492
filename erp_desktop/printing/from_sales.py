"""Printed documents from the app's records: the receipt of a sale or credit note."""

from __future__ import annotations

from decimal import Decimal

from erp_desktop.app.records import CompanyInfo, SaleInfo
from erp_desktop.kernel.money import Money
from erp_desktop.printing.models import Party, ReceiptDocument, ReceiptLine, VatLine

TENDER_LABELS = {
    "cash": "Espèces / نقدا",
    "card": "Carte / بطاقة",
    "cheque": "Chèque / شيك",
    "transfer": "Virement / تحويل",
    "store_credit": "Avoir / رصيد",
}


def receipt_of(
    sale: SaleInfo, company: CompanyInfo, register_code: str, cashier: str, duplicate: bool = False
) -> ReceiptDocument:
    cur = sale.currency

    def m(minor: int) -> Money:
        return Money.from_minor(minor, cur)

    lines = tuple(
        ReceiptLine(
            ln.description,
            ln.quantity,
            Money.of(ln.unit_price, cur),
            m(ln.base_minor + ln.vat_minor),
        )
        for ln in sale.lines
    )
    rates: dict[Decimal, tuple[int, int]] = {}
    for ln in sale.lines:
        base, vat = rates.get(ln.vat_rate, (0, 0))
        rates[ln.vat_rate] = (base + ln.base_minor, vat + ln.vat_minor)
    payments = tuple(
        (
            TENDER_LABELS.get(p.tender, p.tender)
            + ("" if p.currency == cur else f" ({p.currency})"),
            Money.from_minor(p.amount_minor, p.currency),
        )
        for p in sale.payments
    )
    return ReceiptDocument(
        number=sale.number,
        issued_at=sale.issued_at,
        country=company.country,
        shop=Party(company.name, company.name_ar, legal_ids=company.legal_ids),
        register=register_code,
        cashier=cashier,
        lines=lines,
        vat=tuple(VatLine(r, m(b), m(v)) for r, (b, v) in sorted(rates.items())),
        discount=m(sale.discount_minor),
        stamp_duty=m(sale.stamp_duty_minor),
        rounding=m(sale.rounding_minor),
        total=m(sale.total_minor),
        payments=payments,
        change=m(sale.change_minor),
        duplicate=duplicate,
    )
