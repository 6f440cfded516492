"""A till receipt prints each line's French name and, on its own line under it, its Arabic
name, shaped, right-aligned and in the text layer as logical Arabic (searchable, copyable)."""

from __future__ import annotations

import io
from uuid import UUID

import pdfplumber

from erp_desktop.kernel.tax.vat import PriceMode
from erp_desktop.printing.from_sales import receipt_of
from erp_desktop.printing.receipt import WIDTH, render_receipt
from tests.printing.poppler import pdftotext
from tests.printing.test_receipt_adds_up import _sale, printed_sum

OIL, DATES = UUID(int=1), UUID(int=2)  # the products of the sale's first two lines
NAMES_AR = {OIL: "زيت عباد الشمس 5 ل", DATES: "تمر دقلة نور"}


def text_lines(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        text = "\n".join(page.extract_text() or "" for page in document.pages)
    return [line.strip() for line in text.splitlines()]


def reading_order(line: str) -> str:
    """pdfplumber gives a right-to-left line in drawing order: the words reversed and each
    word's letters too (numbers excepted); this puts it back in reading order."""
    return " ".join(word if word.isdigit() else word[::-1] for word in line.split()[::-1])


def test_a_receipt_prints_the_arabic_name_on_its_own_line_under_the_french_one() -> None:
    sale, company = _sale(PriceMode.TAX_INCLUDED)
    pdf = render_receipt(receipt_of(sale, company, "C1", "Amina", names_ar=NAMES_AR))
    lines = text_lines(pdf)
    oil = lines.index("Huile 5 L")
    assert reading_order(lines[oil + 1]) == NAMES_AR[OIL]
    assert lines[oil + 2].startswith("3 x ")
    dates = lines.index("Dattes")
    assert reading_order(lines[dates + 1]) == NAMES_AR[DATES]
    milk = lines.index("Lait 1 L")  # no Arabic name: the French one alone
    assert lines[milk + 1].startswith("7 x ")
    assert "تمر دقلة نور" in pdftotext(pdf, "-layout")  # poppler reads it in logical order


def test_a_receipt_with_arabic_names_still_adds_up() -> None:
    sale, company = _sale(PriceMode.TAX_INCLUDED)
    doc = receipt_of(sale, company, "C1", "Amina", names_ar=NAMES_AR)
    added, total, _subtotal = printed_sum(render_receipt(doc))
    assert added == total == sale.total.amount


def test_a_long_arabic_name_wraps_onto_a_second_line_within_the_roll() -> None:
    sale, company = _sale(PriceMode.TAX_INCLUDED)
    long_name = "زيت عباد الشمس الممتاز المكرر من إنتاج محلي في قارورة بلاستيكية كبيرة"
    pdf = render_receipt(receipt_of(sale, company, "C1", "Amina", names_ar={OIL: long_name}))
    lines = text_lines(pdf)
    oil = lines.index("Huile 5 L")
    assert f"{reading_order(lines[oil + 1])} {reading_order(lines[oil + 2])}" == long_name
    assert lines[oil + 3].startswith("3 x ")
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        chars = document.pages[0].chars
    assert all(c["x0"] > 0 and c["x1"] < WIDTH for c in chars)  # nothing runs off the paper
