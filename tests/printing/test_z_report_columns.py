"""The Z report keeps counts and amounts apart: read back, "187" and "253 400,50" are two
values, never the amount "187 253 400,50", even at the largest counts and amounts."""

import itertools
import re
from dataclasses import replace

import pytest

from erp_desktop.kernel.money import Money
from erp_desktop.printing.models import SessionReportDocument
from erp_desktop.printing.receipt import WIDTH, render_session_report
from erp_desktop.printing.specimens import specimen_z_report
from tests.printing.poppler import pdftotext, words


def _biggest(country: str) -> SessionReportDocument:
    doc = specimen_z_report(country)
    big = {"DZ": "99999999.99", "MA": "99999999.99", "TN": "99999999.999"}[country]
    m = Money.of(big, doc.gross_sales.currency)
    return replace(
        doc,
        sales_count=99999,
        returns_count=99999,
        gross_sales=m,
        returns=m,
        discounts=m,
        stamp_duty=m,
        expected_cash=m,
        counted_cash=-m,
        vat_by_rate=tuple((rate, m) for rate, _ in doc.vat_by_rate),
        by_tender=tuple((label, m) for label, _ in doc.by_tender),
    )


def test_the_sales_count_and_amount_read_back_as_two_values() -> None:
    doc = specimen_z_report("DZ")
    text = pdftotext(render_session_report(doc), "-layout")
    sales = next(line for line in text.splitlines() if line.startswith("Ventes"))
    assert re.search(r"\b187 {2,}253[ \u202f]400,00\b", sales) is None
    assert re.search(r"\b187 {2,}253[ \u202f]400,50$", sales)


@pytest.mark.parametrize("country", ["DZ", "MA", "TN"])
def test_columns_never_touch_at_the_largest_values(country: str) -> None:
    pdf = render_session_report(_biggest(country))
    found = words(pdf)
    by_line: dict[float, list[tuple[str, float, float]]] = {}
    for text, left, right, base in found:
        by_line.setdefault(round(base, 1), []).append((text, left, right))
        assert right <= WIDTH - 4, f"{text!r} runs off the 80 mm roll"
    counts = 0
    for line in by_line.values():
        line.sort(key=lambda w: w[1])
        for (text, _left, right), (after, next_left, _r) in itertools.pairwise(line):
            if text == "99999":  # a count: the amount after it stands clear of it
                counts += 1
                assert after.startswith("99"), after
                assert next_left - right >= 12
            # nothing on the line overlaps anything else
            assert next_left >= right
    assert counts == 2
    layout = pdftotext(pdf, "-layout")
    assert len(re.findall(r"\b99999 {2,}99[ \u202f]999[ \u202f]999,", layout)) == 2
