"""Printed documents read back: amounts, legal identifiers, totals and amounts in words."""

import io
import unicodedata
from dataclasses import replace
from decimal import Decimal

import pdfplumber
import pytest
from pypdf import PdfReader

from erp_desktop.kernel.amount_words import amount_in_words
from erp_desktop.kernel.money import Money
from erp_desktop.printing.escpos_raster import PRINTER_DOTS, print_raster, receipt_image
from erp_desktop.printing.formatting import amount
from erp_desktop.printing.invoice import render_invoice
from erp_desktop.printing.legal import LEGAL_IDS
from erp_desktop.printing.receipt import render_receipt, render_session_report
from erp_desktop.printing.slips import render_stock_slip
from erp_desktop.printing.specimens import (
    specimen_invoice,
    specimen_receipt,
    specimen_slip,
    specimen_z_report,
)


def text_of(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        raw = "\n".join(page.extract_text() or "" for page in doc.pages)
    return unicodedata.normalize("NFKC", raw).replace("\u202f", " ")


def arabic_in(word: str, text: str) -> bool:
    """Arabic comes out of the PDF in visual order: look for the word either way."""
    return word in text or word[::-1] in text


@pytest.mark.parametrize("country", ["DZ", "MA", "TN"])
@pytest.mark.parametrize("primary", ["fr", "ar"])
def test_an_invoice_shows_the_law_and_the_numbers(country: str, primary: str) -> None:
    doc = specimen_invoice(country, 6)
    text = text_of(render_invoice(doc, primary))
    for key, _fr, _ar in LEGAL_IDS[country]:
        assert doc.seller.legal_ids[key] in text
    assert doc.number in text
    for vat in doc.vat:
        assert amount(vat.vat).replace("\u202f", " ") in text
    assert amount(doc.total).replace("\u202f", " ") in text
    assert amount_in_words(doc.total, "fr").split()[0] in text
    assert arabic_in({"DZD": "دينار", "MAD": "درهم", "TND": "دينار"}[doc.currency], text)
    assert arabic_in("فاتورة", text)


def test_a_cash_invoice_in_algeria_shows_its_stamp_duty() -> None:
    # The specimen this test used to take was settled "par virement": Algeria's stamp duty
    # is due only on what is paid in cash (Code du timbre art. 100-I), so that invoice bore
    # none. The specimen now says how it is settled; this test takes one paid in cash.
    doc = specimen_invoice("DZ", 5, means="cash")
    assert doc.stamp_duty.amount > 0
    text = text_of(render_invoice(doc))
    assert "Droit de timbre" in text and amount(doc.stamp_duty).replace("\u202f", " ") in text
    assert "Espèces" in text


def test_amounts_in_words() -> None:
    da = Money.of("1234.50", "DZD")
    assert (
        amount_in_words(da, "fr")
        == "mille deux cent trente-quatre dinars algériens et cinquante centimes"
    )
    assert amount_in_words(da, "ar") == "ألف ومائتان وأربعة وثلاثون دينارا جزائريا وخمسون سنتيما"
    assert amount_in_words(Money.of("80", "MAD"), "fr") == "quatre-vingts dirhams"
    assert amount_in_words(Money.of("71", "MAD"), "fr") == "soixante et onze dirhams"
    assert (
        amount_in_words(Money.of("21.001", "TND"), "fr")
        == "vingt et un dinars tunisiens et un millime"
    )
    assert amount_in_words(Money.of("2", "DZD"), "ar") == "ديناران جزائريان"
    assert amount_in_words(Money.of("5000", "DZD"), "ar") == "خمسة آلاف دينار جزائري"
    assert amount_in_words(Money.of("1000000", "DZD"), "fr") == "un million de dinars algériens"


def test_a_long_invoice_runs_over_pages_with_the_header_repeated() -> None:
    pdf = render_invoice(specimen_invoice("DZ", 70))
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 3
    assert "page 3/3" in reader.pages[2].extract_text()
    assert "Désignation" in reader.pages[1].extract_text()


def test_reprints_and_cancelled_documents_are_marked() -> None:
    credit = replace(specimen_invoice("DZ", 2, kind="credit_note"), duplicate=True, cancelled=True)
    pdf = render_invoice(credit)
    marks = (
        PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    )  # pypdf reads the rotated stamps whole
    assert "DUPLICATA" in marks and "ANNULÉ" in marks
    text = text_of(pdf)
    assert "FACTURE D'AVOIR" in text and credit.original_number in text


def test_the_arabic_and_latin_fonts_are_embedded() -> None:
    reader = PdfReader(io.BytesIO(render_invoice(specimen_invoice("TN", 2))))
    fonts = [f.get_object() for f in reader.pages[0]["/Resources"]["/Font"].values()]
    embedded = [f for f in fonts if f["/Subtype"] == "/TrueType"]
    assert len(embedded) >= 2
    assert all("/FontFile2" in f["/FontDescriptor"].get_object() for f in embedded)


@pytest.mark.parametrize("country", ["DZ", "MA", "TN"])
def test_a_receipt_is_80_mm_wide_and_totals_right(country: str) -> None:
    doc = specimen_receipt(country)
    pdf = render_receipt(doc)
    reader = PdfReader(io.BytesIO(pdf))
    width_mm = float(reader.pages[0].mediabox.width) / 72 * 25.4
    assert round(width_mm) == 80
    text = text_of(pdf)
    assert amount(doc.total).replace("\u202f", " ") in text
    assert amount(doc.change).replace("\u202f", " ") in text
    assert doc.number in text


def test_the_z_report_shows_the_cash_difference() -> None:
    doc = specimen_z_report("DZ")
    text = text_of(render_session_report(doc))
    assert "RAPPORT Z N° 42" in text
    assert "-500,00" in text


def test_slips_list_every_line_and_leave_room_to_sign() -> None:
    doc = specimen_slip("transfer")
    text = text_of(render_stock_slip(doc))
    assert all(line.code in text for line in doc.lines)
    assert "Reçu par" in text and "ALG02 Oran" in text


def test_thermal_printers_get_the_receipt_as_a_raster_image() -> None:
    pdf = render_receipt(specimen_receipt("DZ"))
    image = receipt_image(pdf)
    assert image.width == PRINTER_DOTS and image.mode == "1"
    sent = print_raster(pdf)
    assert b"\x1dv0" in sent  # GS v 0: raster bit image
    width_bytes = int.from_bytes(
        sent[sent.index(b"\x1dv0") + 4 : sent.index(b"\x1dv0") + 6], "little"
    )
    assert width_bytes == PRINTER_DOTS // 8
    assert sent.rstrip().endswith(b"\x1dVA\x00") or b"\x1dV" in sent[-8:]


def test_a_quantity_with_decimals_prints_with_a_comma() -> None:
    doc = specimen_invoice("DZ", 4)
    assert any(ln.quantity == Decimal("2.5") for ln in doc.lines)
    assert "2,5 kg" in text_of(render_invoice(doc))
