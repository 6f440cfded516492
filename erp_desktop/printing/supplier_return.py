"""The A4 supplier return, bilingual French and Arabic (issue 14): a "bon de retour" while
the goods were not invoiced, an "avoir fournisseur / note de débit" once they were. It
shows who sends the goods back (the company, its identifiers), to whom (the supplier),
from which branch, against which receipt and invoice, why, and each line with both names
of the product, the quantity, the unit price and amount tax excluded, then the VAT per
rate and the totals in the return's currency.

French on the left edge, Arabic on the right edge of the same lines (``Writer.both``);
the layout and helpers are the purchase order's (printing/purchase_order.py).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from erp_desktop.app.purchasing.return_sheet import ReturnSheet
from erp_desktop.kernel.documents.supplier_return import ReturnLine
from erp_desktop.kernel.money import Money
from erp_desktop.printing.bidi_text import ltr
from erp_desktop.printing.canvas_text import Writer
from erp_desktop.printing.fonts import register_fonts
from erp_desktop.printing.formatting import amount, quantity, rate
from erp_desktop.printing.purchase_order import _ids

WIDTH, HEIGHT = float(A4[0]), float(A4[1])
M = 36.0
ROWS = 26


def _titles(sheet: ReturnSheet) -> tuple[str, str]:
    number = sheet.sent_back.number
    if sheet.sent_back.invoice_id is None:
        return f"BON DE RETOUR FOURNISSEUR N° {number}", f"وصل إرجاع إلى المورد رقم {ltr(number)}"
    return (
        f"AVOIR FOURNISSEUR (NOTE DE DÉBIT) N° {number}",
        f"إشعار مدين للمورد رقم {ltr(number)}",
    )


def render_supplier_return(sheet: ReturnSheet) -> bytes:
    register_fonts()
    sent_back = sheet.sent_back
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, pageCompression=1)
    c.setTitle(_titles(sheet)[0])
    c.setAuthor(sheet.company.name)
    w = Writer(c)
    lines = sent_back.lines
    chunks = [lines[i : i + ROWS] for i in range(0, len(lines), ROWS)] or [()]
    for page, chunk in enumerate(chunks, start=1):
        y = _header(w, sheet)
        y = _table(w, sheet, chunk, y)
        if page == len(chunks):
            _totals(w, sheet, y)
        w.text(M, M, f"{sent_back.number} - page {page}/{len(chunks)}", 7)
        w.text(
            WIDTH - M, M, f"{ltr(sent_back.number)} - صفحة {page}/{len(chunks)}", 7, align="right"
        )
        c.showPage()
    c.save()
    return buffer.getvalue()


def _header(w: Writer, sheet: ReturnSheet) -> float:
    sent_back, company, supplier = sheet.sent_back, sheet.company, sheet.supplier
    left, right = M, WIDTH - M
    y = HEIGHT - M - 12
    w.text(left, y, company.name, 12, bold=True)
    w.text(right, y, company.name_ar, 12, bold=True, align="right")
    y -= 13
    w.text(left, y, _ids(company.legal_ids), 7)
    y -= 26
    fr, ar = _titles(sheet)
    y = w.both(left, right, y, fr, ar, 13, bold=True, leading=16)
    issued = sent_back.issued_at.strftime("%d/%m/%Y")
    y = w.both(left, right, y - 4, f"Date : {issued}", f"التاريخ: {ltr(issued)}", 9)
    branch = sheet.sent_from
    y = w.both(
        left,
        right,
        y,
        f"Expédié de : {branch.name} ({branch.code})",
        f"أُرسل من: {branch.name_ar} ({ltr(branch.code)})",
        9,
    )
    y = w.both(
        left,
        right,
        y,
        f"Réception : {sheet.receipt_number}",
        f"الاستلام: {ltr(sheet.receipt_number)}",
        9,
    )
    if sheet.invoice_number:
        y = w.both(
            left,
            right,
            y,
            f"Facture : {sheet.invoice_number} (fournisseur : {sheet.supplier_invoice_number})",
            f"الفاتورة: {ltr(sheet.invoice_number)} (المورد: {ltr(sheet.supplier_invoice_number)})",
            9,
        )
    if sent_back.reason:
        y = w.both(left, right, y, f"Motif : {sent_back.reason}", f"السبب: {sent_back.reason}", 9)
    y -= 8
    w.text(left, y, "Fournisseur", 9, bold=True)
    w.text(right, y, "المورد", 9, bold=True, align="right")
    y -= 12
    y = w.both(left, right, y, f"{supplier.name} ({supplier.code})", supplier.name_ar, 10)
    if supplier.legal_ids:
        w.text(left, y, _ids(supplier.legal_ids), 8)
        y -= 11
    y = w.both(
        left, right, y, f"Devise : {sent_back.currency}", f"العملة: {ltr(sent_back.currency)}", 8
    )
    return y - 8


COLUMNS = (  # French over Arabic; x of the right edge (numbers) or the left edge (texts)
    ("Désignation", "التعيين", M + 3, False),
    ("Qté", "الكمية", WIDTH - M - 190, True),
    ("P.U. HT", "سعر الوحدة", WIDTH - M - 120, True),
    ("TVA", "الرسم", WIDTH - M - 75, True),
    ("Montant HT", "المبلغ", WIDTH - M - 3, True),
)


def _table(w: Writer, sheet: ReturnSheet, chunk: Sequence[ReturnLine], y: float) -> float:
    c = w.c
    y = w.column_heads(M, WIDTH - M, y, "#7a1f1f", COLUMNS)
    currency = sheet.sent_back.currency
    for line in chunk:
        product = sheet.products.get(line.product_id)
        name = product.name if product else str(line.product_id)
        name_ar = product.name_ar if product else ""
        unit = product.unit if product else ""
        w.text(M + 3, y - 11, name[:60], 8)
        w.text(WIDTH - M - 200, y - 22, name_ar[:40], 8, align="right")
        w.text(WIDTH - M - 190, y - 11, f"{quantity(line.quantity)} {unit}", 8, align="right")
        w.text(
            WIDTH - M - 120, y - 11, amount(Money.of(line.unit_price, currency)), 8, align="right"
        )
        w.text(WIDTH - M - 75, y - 11, rate(line.vat_rate), 8, align="right")
        w.text(WIDTH - M - 3, y - 11, amount(line.base), 8, align="right")
        c.setStrokeColor(colors.lightgrey)
        c.line(M, y - 26, WIDTH - M, y - 26)
        c.setStrokeColor(colors.black)
        y -= 26
    return y


def _totals(w: Writer, sheet: ReturnSheet, y: float) -> None:
    sent_back = sheet.sent_back
    left, right = WIDTH / 2, WIDTH - M
    y -= 16
    rates: dict[Decimal, Money] = {}
    for line in sent_back.lines:
        rates[line.vat_rate] = rates.get(line.vat_rate, Money.zero(sent_back.currency)) + line.vat
    rows = [("Total HT", "المجموع دون رسوم", sent_back.base)]
    if sent_back.invoice_id is not None:
        rows += [(f"TVA {rate(r)}", f"ر.ق.م {rate(r)}", v) for r, v in sorted(rates.items())]
    rows.append(("Total TTC", "المجموع مع الرسوم", sent_back.total))
    for fr, ar, value in rows:
        bold = fr == "Total TTC"
        w.text(left, y, fr, 9, bold=bold)
        w.text(right, y, f"{amount(value)} {sent_back.currency}", 9, bold=bold, align="right")
        w.text(right - 120, y, ar, 9, bold=bold, align="right")
        y -= 13
    y -= 40
    w.text(M, y, "Signature et cachet / الإمضاء والختم", 9, bold=True)
    w.c.rect(M, y - 60, WIDTH / 2 - M - 10, 50)
