"""The A4 purchase order, bilingual French and Arabic (issue 14), as the supplier receives
it: who orders (the company, its identifiers), from whom (the supplier, its identifiers),
where to deliver (the branch) and by when, each line with the supplier's reference, both
names of the product, quantity, unit price and amount tax excluded, the VAT per rate and
the totals in the order's currency, the payment terms; a draft is marked as such.

French on the left edge, Arabic on the right edge of the same lines (``Writer.both``).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from erp_desktop.app.purchasing.order_sheet import OrderSheet
from erp_desktop.kernel.documents.purchase import PurchaseLine
from erp_desktop.kernel.money import Money
from erp_desktop.printing.bidi_text import ltr
from erp_desktop.printing.canvas_text import Writer
from erp_desktop.printing.fonts import register_fonts
from erp_desktop.printing.formatting import amount, quantity, rate
from erp_desktop.printing.marks import diagonal_mark

WIDTH, HEIGHT = float(A4[0]), float(A4[1])
M = 36.0
ROW = 26.0  # a line's height (two text lines: French, then Arabic)
BOTTOM = M + 14  # nothing below: the page's footer
TERMS = {
    "cash": ("Comptant", "نقدًا"),
    "net": ("{days} jours", "{days} يومًا"),
    "eom": ("{days} jours fin de mois", "{days} يومًا نهاية الشهر"),
}


def _terms(code: str) -> tuple[str, str]:
    kind, _, days = code.partition(":")
    fr, ar = TERMS.get(kind, (code, code))
    return fr.format(days=days), ar.format(days=days)


def _ids(ids: dict[str, str] | tuple[tuple[str, str], ...]) -> str:
    pairs = ids.items() if isinstance(ids, dict) else ids
    return "  ".join(f"{k.upper()} {v}" for k, v in pairs)


def render_purchase_order(sheet: OrderSheet) -> bytes:
    register_fonts()
    order = sheet.order
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, pageCompression=1)
    c.setTitle(f"Bon de commande {order.number}")
    c.setAuthor(sheet.company.name)
    w = Writer(c)
    chunks = _pages(sheet)
    for page, chunk in enumerate(chunks, start=1):
        y = _header(w, sheet)
        y = _table(w, sheet, chunk, y)
        if page == len(chunks):
            _totals(w, sheet, y)
        w.text(M, M, f"{order.number} - page {page}/{len(chunks)}", 7)
        w.text(WIDTH - M, M, f"{ltr(order.number)} - صفحة {page}/{len(chunks)}", 7, align="right")
        if order.status == "draft":
            diagonal_mark(c, WIDTH, HEIGHT, "BROUILLON - مسودة", colors.grey)
        if order.status == "cancelled":
            diagonal_mark(c, WIDTH, HEIGHT * 0.7, "ANNULÉ - ملغى", colors.red)
        c.showPage()
    c.save()
    return buffer.getvalue()


def _pages(sheet: OrderSheet) -> list[Sequence[PurchaseLine]]:
    """The lines of each page: as many as fit between the header (measured on a scratch
    canvas) and the footer; the totals and the signature on a page of their own when the
    last lines leave no room for them (26 lines a page ran over the footer until
    December 2026)."""
    top = _header(Writer(Canvas(io.BytesIO(), pagesize=A4)), sheet) - 24
    per_page = max(1, int((top - BOTTOM) // ROW))
    lines = sheet.order.lines
    chunks: list[Sequence[PurchaseLine]] = [
        lines[i : i + per_page] for i in range(0, len(lines), per_page)
    ] or [()]
    rates = len({line.vat_rate for line in lines})
    totals = 16 + 13 * (2 + rates) + 40 + 70
    if top - ROW * len(chunks[-1]) - totals < BOTTOM:
        chunks.append(())
    return chunks


def _header(w: Writer, sheet: OrderSheet) -> float:
    order, company, supplier = sheet.order, sheet.company, sheet.supplier
    left, right = M, WIDTH - M
    y = HEIGHT - M - 12
    w.text(left, y, company.name, 12, bold=True)
    w.text(right, y, company.name_ar, 12, bold=True, align="right")
    y -= 13
    w.text(left, y, _ids(company.legal_ids), 7)
    y -= 26
    y = w.both(
        left,
        right,
        y,
        f"BON DE COMMANDE N° {order.number}",
        f"طلبية شراء رقم {ltr(order.number)}",
        13,
        bold=True,
        leading=16,
    )
    issued = order.issued_at.strftime("%d/%m/%Y")
    expected = "/".join(reversed(order.expected_on.split("-")))
    y = w.both(left, right, y - 4, f"Date : {issued}", f"التاريخ: {ltr(issued)}", 9)
    y = w.both(
        left, right, y, f"Livraison prévue le : {expected}", f"التسليم المتوقع: {ltr(expected)}", 9
    )
    branch = sheet.deliver_to
    y = w.both(
        left,
        right,
        y,
        f"Livrer à : {branch.name} ({branch.code})",
        f"يُسلَّم إلى: {branch.name_ar} ({ltr(branch.code)})",
        9,
    )
    y -= 8
    w.text(left, y, "Fournisseur", 9, bold=True)
    w.text(right, y, "المورد", 9, bold=True, align="right")
    y -= 12
    y = w.both(left, right, y, f"{supplier.name} ({supplier.code})", supplier.name_ar, 10)
    if supplier.legal_ids:
        w.text(left, y, _ids(supplier.legal_ids), 8)
        y -= 11
    fr_terms, ar_terms = _terms(order.terms)
    y = w.both(
        left,
        right,
        y,
        f"Conditions de paiement : {fr_terms}   Devise : {order.currency}",
        f"شروط الدفع: {ar_terms}   العملة: {ltr(order.currency)}",
        8,
    )
    return y - 8


COLUMNS = (  # French over Arabic; x of the right edge (numbers) or the left edge (texts)
    ("Réf.", "المرجع", M + 3, False),
    ("Désignation", "التعيين", M + 88, False),
    ("Qté", "الكمية", WIDTH - M - 190, True),
    ("P.U. HT", "سعر الوحدة", WIDTH - M - 120, True),
    ("TVA", "الرسم", WIDTH - M - 75, True),
    ("Montant HT", "المبلغ", WIDTH - M - 3, True),
)


def _table(w: Writer, sheet: OrderSheet, chunk: Sequence[PurchaseLine], y: float) -> float:
    c = w.c
    y = w.column_heads(M, WIDTH - M, y, "#1f4e79", COLUMNS)
    currency = sheet.order.currency
    for line in chunk:
        product = sheet.products.get(line.product_id)
        name = product.name if product else line.description
        name_ar = product.name_ar if product else ""
        unit = product.unit if product else ""
        w.text(M + 3, y - 11, line.reference[:18], 8)
        w.text(M + 88, y - 11, name[:42], 8)
        w.text(WIDTH - M - 200, y - 22, name_ar[:40], 8, align="right")
        w.text(WIDTH - M - 190, y - 11, f"{quantity(line.quantity)} {unit}", 8, align="right")
        w.text(
            WIDTH - M - 120, y - 11, amount(Money.of(line.unit_price, currency)), 8, align="right"
        )
        w.text(WIDTH - M - 75, y - 11, rate(line.vat_rate), 8, align="right")
        w.text(WIDTH - M - 3, y - 11, amount(line.base), 8, align="right")
        c.setStrokeColor(colors.lightgrey)
        c.line(M, y - ROW, WIDTH - M, y - ROW)
        c.setStrokeColor(colors.black)
        y -= ROW
    return y


def _totals(w: Writer, sheet: OrderSheet, y: float) -> None:
    order = sheet.order
    left, right = WIDTH / 2, WIDTH - M
    y -= 16
    rates: dict[Decimal, Money] = {}
    for line in order.lines:
        rates[line.vat_rate] = rates.get(line.vat_rate, Money.zero(order.currency)) + line.vat
    rows = [("Total HT", "المجموع دون رسوم", order.base)]
    rows += [(f"TVA {rate(r)}", f"ر.ق.م {rate(r)}", v) for r, v in sorted(rates.items())]
    rows.append(("Total TTC", "المجموع مع الرسوم", order.total))
    for fr, ar, value in rows:
        bold = fr == "Total TTC"
        w.text(left, y, fr, 9, bold=bold)
        w.text(right, y, f"{amount(value)} {order.currency}", 9, bold=bold, align="right")
        w.text(right - 120, y, ar, 9, bold=bold, align="right")
        y -= 13
    if order.approved_by is not None:
        w.text(M, y - 10, "Approuvé par un responsable / وافق عليه مسؤول", 8)
    y -= 40
    w.text(M, y, "Signature et cachet / الإمضاء والختم", 9, bold=True)
    w.c.rect(M, y - 60, WIDTH / 2 - M - 10, 50)
