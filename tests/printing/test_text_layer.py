"""The Arabic on a printed document can be searched and copied, and still looks right."""

import io

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from erp_desktop.printing.canvas_text import Writer
from erp_desktop.printing.fonts import register_fonts
from erp_desktop.printing.invoice import render_invoice
from erp_desktop.printing.specimens import specimen_invoice
from tests.printing.poppler import ink_runs, pdftotext, render


def _one_word(word: str) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=(200, 40))
    Writer(c).text(190, 12, word, 20, align="right")
    c.showPage()
    c.save()
    return buffer.getvalue()


@pytest.mark.parametrize("primary", ["fr", "ar"])
def test_an_arabic_invoice_copies_as_logical_arabic(primary: str) -> None:
    doc = specimen_invoice("DZ", 5)
    text = pdftotext(render_invoice(doc, primary))
    # Plain letters in reading order, as typed: no presentation forms, nothing reversed.
    assert not any(0xFB50 <= ord(ch) <= 0xFEFF for ch in text)
    for word in ("فاتورة", "الزبون", "فندق الجزائر", "زيت عباد الشمس", "الرسم على القيمة المضافة"):
        assert word in text
        assert word[::-1] not in text
    assert "ألفان" in text  # the amount in words, with its hamza, searchable


def test_lam_alef_copies_as_lam_then_alef() -> None:
    text = pdftotext(_one_word("السلام"))
    assert "السلام" in text


def test_pypdf_reads_the_arabic_in_reading_order_too() -> None:
    page = PdfReader(io.BytesIO(render_invoice(specimen_invoice("TN", 3)))).pages[0]
    text = page.extract_text()
    assert "فاتورة" in text and "الحريف" in text


def test_arabic_is_still_drawn_joined_and_right_to_left() -> None:
    # "الزبون" joins as four blocks: ال, ز, بو, ن; letters drawn one by one would make six,
    # and letters joined in the wrong direction would not meet.
    assert ink_runs(render(_one_word("الزبون"))) == 4
    assert ink_runs(render(_one_word("ا ل ز ب و ن"))) == 6
