"""The bilingual purchase order read back with pdftotext (NFKC for the Arabic), and looked
at as an image: who orders, from whom, where to deliver, each line, the totals (issue 14)."""

from __future__ import annotations

import io
import unicodedata
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader

from erp_desktop.app.purchasing.order_sheet import order_sheet
from erp_desktop.app.purchasing.orders import (
    OrderDraft,
    OrderLineDraft,
    save_draft_order,
    send_order,
)
from erp_desktop.printing.purchase_order import render_purchase_order
from tests.builders import build_branch
from tests.desktop.purchasing.helpers import give_supplier
from tests.printing.poppler import pdftotext


def test_a_sent_order_prints_both_languages_its_lines_and_its_totals(tmp_path: Path) -> None:
    branch = build_branch(tmp_path)
    supplier = give_supplier(branch, "F001", {0: "380.00", 9: "612.50"})
    buyer = branch.actor("manager")
    draft, _ = save_draft_order(
        branch.deps,
        buyer,
        OrderDraft(
            supplier.id,
            [
                OrderLineDraft(branch.products[0], Decimal(12)),
                OrderLineDraft(branch.products[9], Decimal("7.5")),
            ],
        ),
    )
    draft_pdf = render_purchase_order(order_sheet(branch.deps, buyer, draft.id))
    assert "BROUILLON" in _pypdf_text(draft_pdf)
    send_order(branch.deps, buyer, draft.id)
    pdf = render_purchase_order(order_sheet(branch.deps, buyer, draft.id))
    text = unicodedata.normalize("NFKC", pdftotext(pdf, "-layout"))
    branch.replica.close()
    assert "BROUILLON" not in _pypdf_text(pdf)
    assert "BON DE COMMANDE N° ALG01-PO-2026-000001" in text
    assert "Fournisseur F001" in text and "REF-F001-0" in text
    assert "Café moulu 250 g" in text and "Dattes Deglet Nour" in text
    # 12 x 380 = 4,560 at 19 %; 7.5 kg x 612.50 = 4,593.75 at 9 %
    assert "4 560,00" in text and "4 593,75" in text
    assert "9 153,75 DZD" in text  # tax excluded
    assert "866,40 DZD" in text and "413,44 DZD" in text
    assert "10 433,59 DZD" in text  # tax included
    for arabic in ("طلبية شراء", "المورد", "تمر دقلة نور", "المجموع مع الرسوم"):
        assert unicodedata.normalize("NFKC", arabic) in text or _reversed_in(arabic, text)


def _reversed_in(arabic: str, text: str) -> bool:
    """pdftotext may give an Arabic run in visual order: its words reversed."""
    words = unicodedata.normalize("NFKC", arabic).split()
    return " ".join(reversed(words)) in text


def _pypdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def test_a_long_order_runs_over_pages_and_never_writes_over_the_footer(tmp_path: Path) -> None:
    """30 lines: as many a page as fit above the footer (26 ran a line over it and one
    below it, December 2026), the totals and the signature on the last page."""
    from dataclasses import replace

    from tests.printing.poppler import page_words

    branch = build_branch(tmp_path)
    supplier = give_supplier(branch, "F001", {0: "380.00", 9: "612.50"})
    buyer = branch.actor("manager")
    draft, _ = save_draft_order(
        branch.deps,
        buyer,
        OrderDraft(supplier.id, [OrderLineDraft(branch.products[0], Decimal(12))]),
    )
    sheet = order_sheet(branch.deps, buyer, draft.id)
    branch.replica.close()
    long = replace(sheet, order=replace(sheet.order, lines=sheet.order.lines * 30))
    pages = page_words(render_purchase_order(long))
    assert len(pages) == 2
    # points from the top: the lines end above 792, the footer's own words sit at 807.5
    for page in pages:
        assert all(w[3] <= 842 - 36 - 14 or w[3] >= 842 - 36 for w in page)
        assert all(w[3] <= 842 - 30 for w in page)  # and nothing below the footer
    last = " ".join(w[0] for w in pages[-1])
    assert "TTC" in last and "Signature" in last
    assert sum(w[0] == "REF-F001-0" for page in pages for w in page) == 30
