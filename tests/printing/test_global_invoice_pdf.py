"""The A4 of Tunisia's daily global invoice read back with pdftotext (NFKC for Arabic)."""

import subprocess
import unicodedata
from datetime import UTC, date, datetime
from decimal import Decimal
from uuid import uuid4

from erp_desktop.app.records import BranchInfo, CompanyInfo
from erp_desktop.kernel.hash_chain import genesis
from erp_desktop.kernel.invoicing.global_invoice import TicketFigures, compose
from erp_desktop.printing.from_global_invoice import global_invoice_document
from erp_desktop.printing.invoice import render_invoice

COMPANY = CompanyInfo(
    uuid4(),
    "Magasin El Medina SARL",
    "متجر المدينة",
    "TN",
    "TND",
    {"MF": "1234567/A/M/000", "RC": "B0123452026"},
)
BRANCH = BranchInfo(uuid4(), "TUN01", "Tunis Médina", "تونس المدينة")


def text_of(pdf: bytes) -> str:
    raw = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()
    return unicodedata.normalize("NFKC", raw).replace("\u202f", " ")


def arabic_in(word: str, text: str) -> bool:
    return word in text or word[::-1] in text


def invoice():  # type: ignore[no-untyped-def]
    def t(seq: int, reg: str, rate: int, base: int, vat: int, kind: str = "receipt"):  # type: ignore[no-untyped-def]
        return TicketFigures(
            f"TUN01-{reg}-2026-{seq:06d}", kind, "TND", ((Decimal(rate), base, vat),)
        )

    return compose(
        invoice_id=uuid4(),
        number="TUN01-GF-2026-000007",
        branch_id=BRANCH.id,
        country="TN",
        day=date(2026, 3, 10),
        issued_at=datetime(2026, 3, 10, 19, 30, tzinfo=UTC),
        issued_by=uuid4(),
        currency="TND",
        tickets=[
            t(1, "C1", 19, 10_000, 1_900),
            t(2, "C1", 7, 20_000, 1_400),
            t(3, "C1", 19, 2_000, 380, "credit_note"),
            t(41, "C2", 19, 5_000, 950),
        ],
        previous_hash=genesis("TUN01-GF-2026"),
    )


def test_the_global_invoice_pdf_shows_the_seller_the_tickets_the_rates_and_one_duty() -> None:
    inv = invoice()
    text = text_of(render_invoice(global_invoice_document(inv, COMPANY, BRANCH)))
    assert "FACTURE GLOBALE" in text and arabic_in("إجمالية", text)
    assert "TUN01-GF-2026-000007" in text and "10/03/2026" in text
    assert "1234567/A/M/000" in text and "B0123452026" in text
    assert "C1 n° 000001 à 000003" in text and "C2 n° 000041 à 000041" in text
    for base, vat, ttc in (("20,000", "1,400", "21,400"), ("13,000", "2,470", "15,470")):
        assert base in text and vat in text and ttc in text
    assert "Droit de timbre" in text and "1,000" in text
    assert "37,870 TND" in text  # 36.870 of net takings and the 1.000 duty
    assert "Arrêtée la présente facture" in text
    assert arabic_in("الطابع", text) and arabic_in("دينار", text)
