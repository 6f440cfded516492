"""Specimen documents per country: for the printer set-up's test page, the previews in
docs/printing/ and the printing tests and benchmark."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from functools import partial
from uuid import UUID

from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales.totals import Discount, SaleLineInput, compute_sale
from erp_desktop.kernel.tax import stamp_duty
from erp_desktop.kernel.tax.stamp_duty import StampDocument
from erp_desktop.printing.models import (
    InvoiceDocument,
    Party,
    PrintLine,
    ReceiptDocument,
    ReceiptLine,
    SessionReportDocument,
    Settlement,
    SlipLine,
    StockSlipDocument,
    VatLine,
    stamp_duty_due,
)
from erp_desktop.printing.terms import both

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
            "SARL",
            "ش.ذ.م.م",
            Money.of(10_000_000, "DZD"),
            "Commerce de détail en libre-service",
            "تجارة التجزئة بالخدمة الذاتية",
        ),
        Party(
            "Hôtel El Djazair",
            "فندق الجزائر",
            "24 avenue Souidani Boudjemaa, Alger",
            "24 شارع سويداني بوجمعة، الجزائر",
            legal_ids={
                "RC": "16/00-7654321B05",
                "NIF": "000516987654321",
                "NIS": "0005160987654",
                "AI": "16054321876",
            },
            legal_form="SPA",
            legal_form_ar="ش.ذ.أ",
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
            "SARL",
            "ش.ذ.م.م",
            Money.of(5_000_000, "MAD"),
            "Commerce de détail (grande surface)",
            "تجارة التقسيط (مساحة كبرى)",
        ),
        Party(
            "Riad Fès Médina",
            "رياض فاس المدينة",
            "3 derb Sidi Ahmed, Fès",
            "3 درب سيدي أحمد، فاس",
            legal_ids={"ICE": "002233445000012", "IF": "40987654", "RC": "58123"},
            legal_form="SARL",
            legal_form_ar="ش.ذ.م.م",
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
            "SA",
            "ش.خ.إ",
            Money.of(20_000_000, "TND"),
            "Commerce de détail (grande surface)",
            "تجارة التفصيل (مساحة كبرى)",
        ),
        Party(
            "Hôtel Sidi Bou Said",
            "نزل سيدي بوسعيد",
            "Rue Sidi Chabaane, Sidi Bou Said",
            "نهج سيدي شعبان، سيدي بوسعيد",
            legal_ids={"MF": "7654321/B/P/000", "RC": "B09876542015"},
            legal_form="SARL",
            legal_form_ar="ش.ذ.م.م",
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


def _settled_on(means: str) -> date:
    """Cash and card are paid at the sale; cheques and transfers at 30 days end of month."""
    if means in ("cash", "card"):
        return WHEN.date()
    in_30 = WHEN.date() + timedelta(days=30)
    next_month = in_30.replace(day=28) + timedelta(days=4)
    return next_month - timedelta(days=next_month.day)


TERMS = {
    "cash": ("Comptant", "نقدا عند التسليم"),
    "card": ("Comptant", "نقدا عند التسليم"),
    "cheque": ("30 jours fin de mois", "30 يوما نهاية الشهر"),
    "transfer": ("30 jours fin de mois", "30 يوما نهاية الشهر"),
}


def specimen_invoice(
    country: str, lines: int = 5, kind: str = "invoice", means: str = "transfer"
) -> InvoiceDocument:
    """A specimen invoice settled entirely by ``means``: its stamp duty follows from it and
    from the kind (Algeria and Morocco: none unless paid in cash, none on a credit note;
    Tunisia: the fixed duty on an invoice and on a credit note alike)."""
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
    due = total_base + total_vat
    on = _settled_on(means)
    document = StampDocument.CREDIT_NOTE if kind == "credit_note" else StampDocument.INVOICE
    duty = stamp_duty_due(country, WHEN.date(), due, (Settlement(means, due, on),), document)
    terms_fr, terms_ar = TERMS.get(means, ("", ""))
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
        total=due + duty,
        payment_terms=terms_fr,
        payment_terms_ar=terms_ar,
        bank_details=bank,
        original_number=f"{country}01-C1-2026-000099" if kind == "credit_note" else "",
        settlements=(Settlement(means, due + duty, on),),
    )


def specimen_receipt(country: str) -> ReceiptDocument:
    """A till receipt with a line discount and a 5 % ticket discount, paid in cash."""
    currency, seller, _customer, (high, low), _bank = COMPANIES[country]
    m = partial(Money.of, currency=currency)
    inputs = [
        SaleLineInput(
            UUID(int=i + 1),
            Decimal(i % 3 + 1),
            Decimal(150 + 45 * i),
            high if i % 2 == 0 else low,
            fr,
            Discount(percent=Decimal(10)) if i == 2 else None,
        )
        for i, (_code, fr, _ar, _unit) in enumerate(ITEMS[:4])
    ]
    totals = compute_sale(inputs, currency, document_discount=Discount(percent=Decimal(5)))
    lines = tuple(
        ReceiptLine(
            inp.description, lt.quantity, m(lt.unit_price), lt.amount_before_discount, item[2]
        )
        for inp, lt, item in zip(inputs, totals.lines, ITEMS[:4], strict=True)
    )
    duty = stamp_duty(
        country, WHEN.date(), totals.gross, totals.gross, document=StampDocument.TICKET
    ).duty
    total = totals.gross + duty
    paid = m((total.amount / 1000).to_integral_value() * 1000 + 1000)
    return ReceiptDocument(
        number=f"{country}01-C1-2026-000123",
        issued_at=WHEN,
        country=country,
        shop=seller,
        register="C1",
        cashier="Amina",
        lines=lines,
        vat=tuple(VatLine(r.rate, r.base, r.vat) for r in totals.by_rate),
        discount=totals.discount,
        stamp_duty=duty,
        rounding=m(0),
        total=total,
        payments=((both(country, "means_cash"), paid),),
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
        by_tender=(
            (both(country, "means_cash"), m("180230.50")),
            (both(country, "means_card"), m("70050")),
        ),
        opening_float=m(10000),
        expected_cash=m("190230.50"),
        counted_cash=m("189730.50"),
        country=country,
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


def specimen_global_invoice() -> InvoiceDocument:
    """Tunisia's daily global invoice of a branch's tickets on two registers, with a same-day
    return netted, and its one stamp duty (the preview of `from_global_invoice`)."""
    from erp_desktop.app.records import BranchInfo, CompanyInfo
    from erp_desktop.kernel.hash_chain import genesis
    from erp_desktop.kernel.invoicing.global_invoice import TicketFigures, compose
    from erp_desktop.printing.from_global_invoice import global_invoice_document

    company = CompanyInfo(
        UUID(int=1),
        "Magasins Carthage SA",
        "مغازات قرطاج",
        "TN",
        "TND",
        {"MF": "1234567/A/M/000", "RC": "B01234562019"},
    )
    branch = BranchInfo(UUID(int=2), "TN01", "Tunis Médina", "تونس المدينة")

    def ticket(seq: int, register: str, rate: int, base: int, vat: int, kind: str = "receipt"):  # type: ignore[no-untyped-def]
        number = f"TN01-{register}-2026-{seq:06d}"
        return TicketFigures(number, kind, "TND", ((Decimal(rate), base, vat),))

    invoice = compose(
        invoice_id=UUID(int=3),
        number="TN01-GF-2026-000069",
        branch_id=branch.id,
        country="TN",
        day=WHEN.date(),
        issued_at=WHEN.replace(hour=20),
        issued_by=UUID(int=4),
        currency="TND",
        tickets=[
            ticket(4101, "C1", 19, 1_254_300, 238_317),
            ticket(4102, "C1", 7, 845_150, 59_161),
            ticket(4103, "C1", 19, 12_500, 2_375, "credit_note"),
            ticket(877, "C2", 19, 2_310_000, 438_900),
            ticket(878, "C2", 13, 99_000, 12_870),
        ],
        previous_hash=genesis("TN01-GF-2026"),
    )
    return global_invoice_document(invoice, company, branch)
