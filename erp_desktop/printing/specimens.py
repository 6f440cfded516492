"""Specimen documents per country: for the printer set-up's test page, the previews in
docs/printing/ and the printing tests and benchmark."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from functools import partial

from erp_desktop.kernel.money import Money
from erp_desktop.kernel.tax import stamp_duty
from erp_desktop.printing.models import (
    InvoiceDocument,
    Party,
    PrintLine,
    ReceiptDocument,
    ReceiptLine,
    SessionReportDocument,
    SlipLine,
    StockSlipDocument,
    VatLine,
)

COMPANIES = {
    "DZ": (
        "DZD",
        Party(
            "Supérettes El Bahia SARL",
            "متاجر البهية",
            "12 rue Didouche Mourad, Alger",
            "12 شارع ديدوش مراد، الجزائر",
            "023 45 67 89",
            {
                "RC": "16/00-1234567B19",
                "NIF": "001916123456789",
                "NIS": "0919160123456",
                "AI": "16012345678",
            },
        ),
        Party(
            "Hôtel El Djazair",
            "فندق الجزائر",
            "24 avenue Souidani Boudjemaa, Alger",
            "24 شارع سويداني بوجمعة، الجزائر",
            legal_ids={"RC": "16/00-7654321B05", "NIF": "000516987654321"},
        ),
        (Decimal(19), Decimal(9)),
        "RIB BNA 001 00123 0300000123 45",
    ),
    "MA": (
        "MAD",
        Party(
            "Marjane Al Madina SARL",
            "مرجان المدينة",
            "45 boulevard Zerktouni, Casablanca",
            "45 شارع الزرقطوني، الدار البيضاء",
            "0522 45 67 89",
            {
                "ICE": "001525896000073",
                "IF": "40123456",
                "RC": "345678",
                "Patente": "35123456",
                "CNSS": "8765432",
            },
        ),
        Party(
            "Riad Fès Médina",
            "رياض فاس المدينة",
            "3 derb Sidi Ahmed, Fès",
            "3 درب سيدي أحمد، فاس",
            legal_ids={"ICE": "002233445000012"},
        ),
        (Decimal(20), Decimal(7)),
        "RIB 007 780 0001234567890123 45",
    ),
    "TN": (
        "TND",
        Party(
            "Magasins Carthage SA",
            "مغازات قرطاج",
            "8 avenue Habib Bourguiba, Tunis",
            "8 شارع الحبيب بورقيبة، تونس",
            "71 123 456",
            {"MF": "1234567/A/M/000", "RC": "B01234562019"},
        ),
        Party(
            "Hôtel Sidi Bou Said",
            "نزل سيدي بوسعيد",
            "Rue Sidi Chabaane, Sidi Bou Said",
            "نهج سيدي شعبان، سيدي بوسعيد",
            legal_ids={"MF": "7654321/B/P/000"},
        ),
        (Decimal(19), Decimal(7)),
        "RIB 08 006 0001234567890 12",
    ),
}
ITEMS = [
    ("P000101", "Huile de tournesol 5 L", "زيت عباد الشمس 5 ل", "pce"),
    ("P000102", "Café moulu 250 g", "قهوة مطحونة 250 غ", "pce"),
    ("P000103", "Semoule fine 10 kg", "سميد رقيق 10 كغ", "pce"),
    ("P000104", "Dattes Deglet Nour", "تمر دقلة نور", "kg"),
    ("P000105", "Savon de Marseille (lot de 6)", "صابون مرسيليا (6 قطع)", "pce"),
]
WHEN = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)


def specimen_invoice(
    country: str, lines: int = 5, kind: str = "invoice", stamp: bool = True
) -> InvoiceDocument:
    currency, seller, customer, (high, low), bank = COMPANIES[country]
    m = partial(Money.of, currency=currency)
    printed = []
    base = {high: Decimal(0), low: Decimal(0)}
    for i in range(lines):
        code, fr, ar, unit = ITEMS[i % len(ITEMS)]
        qty = Decimal(i % 4 + 1) if unit == "pce" else Decimal("2.5")
        price = Decimal(120 + 35 * (i % 7))
        discount = m(price * qty / 10) if i % 3 == 2 else m(0)
        amount = m(price * qty) - discount
        rate = high if i % 2 == 0 else low
        base[rate] += amount.amount
        printed.append(PrintLine(code, fr, ar, qty, unit, m(price), discount, rate, amount))
    vat = tuple(VatLine(r, m(b), m(b * r / 100)) for r, b in sorted(base.items()) if b)
    total_base = m(sum(base.values()))
    total_vat = sum((v.vat for v in vat), m(0))
    duty = m(0)
    if stamp and country == "DZ":
        duty = stamp_duty("DZ", WHEN.date(), total_base + total_vat, total_base + total_vat).duty
    if stamp and country == "TN":
        duty = m("1.000")
    return InvoiceDocument(
        kind=kind,
        number=f"{country}01-C1-2026-000123",
        issued_at=WHEN,
        country=country,
        currency=currency,
        seller=seller,
        customer=customer,
        lines=tuple(printed),
        vat=vat,
        total_base=total_base,
        total_vat=total_vat,
        stamp_duty=duty,
        total=total_base + total_vat + duty,
        payment_terms="30 jours fin de mois, par virement",
        payment_terms_ar="30 يوما نهاية الشهر، بالتحويل",
        bank_details=bank,
        original_number=f"{country}01-C1-2026-000099" if kind == "credit_note" else "",
    )


def specimen_receipt(country: str) -> ReceiptDocument:
    invoice = specimen_invoice(country, 4)
    currency = invoice.currency
    m = partial(Money.of, currency=currency)
    lines = tuple(
        ReceiptLine(
            f"{ln.description}",
            ln.quantity,
            ln.unit_price + m(ln.unit_price.amount * ln.vat_rate / 100),
            ln.amount + m(ln.amount.amount * ln.vat_rate / 100),
        )
        for ln in invoice.lines
    )
    total = sum((ln.amount for ln in lines), m(0)) + invoice.stamp_duty
    paid = m((total.amount / 1000).to_integral_value() * 1000 + 1000)
    return ReceiptDocument(
        number=invoice.number,
        issued_at=WHEN,
        country=country,
        shop=invoice.seller,
        register="C1",
        cashier="Amina",
        lines=lines,
        vat=invoice.vat,
        discount=m(0),
        stamp_duty=invoice.stamp_duty,
        rounding=m(0),
        total=total,
        payments=(("Espèces / نقدا", paid),),
        change=paid - total,
    )


def specimen_z_report(country: str) -> SessionReportDocument:
    currency, seller, _c, (high, low), _b = COMPANIES[country]
    m = partial(Money.of, currency=currency)
    return SessionReportDocument(
        kind="Z",
        number=42,
        shop=seller,
        register="C1",
        cashier="Amina",
        opened_at=WHEN,
        printed_at=WHEN.replace(hour=20),
        sales_count=187,
        returns_count=2,
        gross_sales=m("253400.50"),
        returns=m("3120"),
        discounts=m("1200"),
        stamp_duty=m("1734"),
        vat_by_rate=((str(high), m("28700.10")), (str(low), m("7320.40"))),
        by_tender=(("Espèces / نقدا", m("180230.50")), ("Carte / بطاقة", m("70050"))),
        opening_float=m(10000),
        expected_cash=m("190230.50"),
        counted_cash=m("189730.50"),
    )


def specimen_slip(kind: str = "transfer") -> StockSlipDocument:
    m = partial(Money.of, currency="DZD")
    return StockSlipDocument(
        kind=kind,
        number="ALG01-TO-2026-000007",
        issued_at=WHEN,
        company=COMPANIES["DZ"][1],
        origin="ALG01 Alger Centre" if kind == "transfer" else "Cevital Distribution",
        destination="ALG02 Oran" if kind == "transfer" else "ALG01 Alger Centre",
        lines=tuple(
            SlipLine(code, fr, ar, Decimal(12), unit, m(100 + i))
            for i, (code, fr, ar, unit) in enumerate(ITEMS)
        ),
        signed_by="Omar Ferhat",
    )
