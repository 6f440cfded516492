"""No two words of a printed document are drawn over each other: French on the left and
Arabic on the right share a line only when they fit, else they stack."""

import itertools

import pytest

from erp_desktop.printing.invoice import render_invoice
from erp_desktop.printing.receipt import render_receipt, render_session_report
from erp_desktop.printing.slips import render_stock_slip
from erp_desktop.printing.specimens import (
    specimen_invoice,
    specimen_receipt,
    specimen_slip,
    specimen_z_report,
)
from tests.printing.poppler import page_words

DOCUMENTS = {
    **{
        f"invoice-{c}-{p}": (
            lambda c=c, p=p: render_invoice(specimen_invoice(c, 8, means="cash"), p)
        )
        for c in ("DZ", "MA", "TN")
        for p in ("fr", "ar")
    },
    **{
        f"receipt-{c}": (lambda c=c: render_receipt(specimen_receipt(c)))
        for c in ("DZ", "MA", "TN")
    },
    **{
        f"z-{c}": (lambda c=c: render_session_report(specimen_z_report(c)))
        for c in ("DZ", "MA", "TN")
    },
    "transfer-slip": lambda: render_stock_slip(specimen_slip("transfer")),
    "goods-receipt-slip": lambda: render_stock_slip(specimen_slip("goods_receipt")),
}


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_no_two_words_overlap(name: str) -> None:
    for page in page_words(DOCUMENTS[name]()):
        lines: dict[float, list[tuple[str, float, float]]] = {}
        for text, left, right, bottom in page:
            lines.setdefault(round(bottom), []).append((text, left, right))
        for words in lines.values():
            words.sort(key=lambda w: w[1])
            for (text, _left, right), (after, next_left, _r) in itertools.pairwise(words):
                assert next_left >= right - 0.5, f"{text!r} and {after!r} overlap"
