"""The A4 invoice and credit note, bilingual French and Arabic.

French reads left to right and Arabic right to left on the same page: each block carries both
languages, Latin text on the left edge, Arabic on the right edge. ``primary="ar"`` mirrors the
line table (designation on the right, amounts on the left) for Arabic-first customers.
Drawn with the canvas API (not platypus) so an invoice renders in a few milliseconds.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from erp_desktop.kernel.amount_words import amount_in_words
from erp_desktop.kernel.money import Money
from erp_desktop.printing.bidi_text import ltr
from erp_desktop.printing.canvas_text import Writer
from erp_desktop.printing.fonts import register_fonts
from erp_desktop.printing.formatting import amount, quantity, rate
from erp_desktop.printing.legal import LEGAL_IDS
from erp_desktop.printing.marks import diagonal_mark
from erp_desktop.printing.models import InvoiceDocument, Party

WIDTH, HEIGHT = float(A4[0]), float(A4[1])
M = 36.0  # margin
ROWS_FIRST, ROWS_NEXT = 22, 38
TITLES = {
    "invoice": ("FACTURE", "فاتورة"),
    "credit_note": ("FACTURE D'AVOIR", "فاتورة إشعار دائن"),
    "global_invoice": ("FACTURE GLOBALE", "فاتورة إجمالية"),  # Tunisia: the day's tickets
}


@dataclass(frozen=True)
class Column:
    key: str
    fr: str
    ar: str
    width: float
    numeric: bool


COLUMNS = [
    Column("code", "Code", "الرمز", 60, False),
    Column("description", "Désignation", "التعيين", 183, False),
    Column("quantity", "Qté", "الكمية", 45, True),
    Column("unit_price", "P.U. HT", "س.و د.ر", 62, True),
    Column("discount", "Remise", "تخفيض", 52, True),
    Column("vat", "TVA", "ر.ق.م", 36, True),
    Column("amount", "Montant HT", "المبلغ د.ر", 85, True),
]


def render_invoice(doc: InvoiceDocument, primary: str = "fr") -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, pageCompression=1)
    c.setTitle(f"{TITLES[doc.kind][0]} {doc.number}")
    c.setAuthor(doc.seller.name)
    w = Writer(c)
    pages = _paginate(len(doc.lines))
    columns = list(reversed(COLUMNS)) if primary == "ar" else COLUMNS
    for page_no, (start, end) in enumerate(pages, start=1):
        y = _header(w, doc, page_no == 1)
        y = _table(w, doc, columns, start, end, y)
        if page_no == len(pages):
            _totals(w, doc, y)
        _footer(w, doc, page_no, len(pages))
        if doc.duplicate:
            diagonal_mark(c, WIDTH, HEIGHT, "DUPLICATA - نسخة", colors.grey)
        if doc.cancelled:
            diagonal_mark(c, WIDTH, HEIGHT * 0.7, "ANNULÉ - ملغاة", colors.red)
        c.showPage()
    c.save()
    return buffer.getvalue()


def _paginate(count: int) -> list[tuple[int, int]]:
    pages = [(0, min(count, ROWS_FIRST))]
    start = ROWS_FIRST
    while start < count:
        pages.append((start, min(count, start + ROWS_NEXT)))
        start += ROWS_NEXT
    return pages


def _party_ids(party: Party, country: str) -> tuple[str, str]:
    known = LEGAL_IDS.get(country, [])
    fr = "  ".join(f"{lab}: {party.legal_ids[k]}" for k, lab, _ in known if party.legal_ids.get(k))
    ar = "  ".join(
        f"{lab}: {ltr(party.legal_ids[k])}" for k, _, lab in known if party.legal_ids.get(k)
    )
    extra = [k for k in party.legal_ids if k not in {k for k, _, _ in known}]
    fr += "".join(f"  {k}: {party.legal_ids[k]}" for k in extra)
    return fr, ar


def _header(w: Writer, doc: InvoiceDocument, first: bool) -> float:
    c = w.c
    top = HEIGHT - M
    left_text = M
    if doc.logo_path and first:
        c.drawImage(
            ImageReader(doc.logo_path),
            M,
            top - 48,
            width=48,
            height=48,
            preserveAspectRatio=True,
            mask="auto",
        )
        left_text = M + 56
    s = doc.seller
    w.text(left_text, top - 12, s.name, 13, bold=True)
    w.text(WIDTH - M, top - 12, s.name_ar or s.name, 13, bold=True, align="right")
    w.text(left_text, top - 26, s.address, 8)
    w.text(WIDTH - M, top - 26, s.address_ar, 8, align="right")
    ids_fr, ids_ar = _party_ids(s, doc.country)
    w.text(left_text, top - 38, ids_fr, 7.5)
    w.text(WIDTH - M, top - 50, ids_ar, 7.5, align="right")
    if s.phone:
        w.text(left_text, top - 50, f"Tél. {s.phone}", 7.5)
    c.setStrokeColor(colors.HexColor("#1f4e79"))
    c.setLineWidth(1.2)
    c.line(M, top - 58, WIDTH - M, top - 58)
    title_fr, title_ar = TITLES[doc.kind]
    y = top - 80
    c.setFillColor(colors.HexColor("#1f4e79"))
    w.text(M, y, f"{title_fr} N° {doc.number}", 14, bold=True)
    w.text(WIDTH - M, y, title_ar, 14, bold=True, align="right")
    c.setFillColor(colors.black)
    day = doc.issued_at.strftime("%d/%m/%Y")
    w.text(M, y - 15, f"Date : {day}", 9)
    w.text(WIDTH - M, y - 15, f"الرقم: {ltr(doc.number)}   التاريخ: {ltr(day)}", 9, align="right")
    if doc.original_number:
        w.text(M, y - 27, f"Avoir sur la facture N° {doc.original_number}", 8.5)
        w.text(
            WIDTH - M, y - 27, f"بخصوص الفاتورة رقم {ltr(doc.original_number)}", 8.5, align="right"
        )
    if not first:
        return y - 40
    # customer box
    box_top = y - 36
    c.setStrokeColor(colors.HexColor("#9fb6cd"))
    c.setLineWidth(0.6)
    c.roundRect(M, box_top - 62, WIDTH - 2 * M, 62, 4)
    cu = doc.customer
    w.text(M + 8, box_top - 13, "Client", 8, bold=True)
    w.text(WIDTH - M - 8, box_top - 13, "الزبون", 8, bold=True, align="right")
    w.text(M + 8, box_top - 27, cu.name, 10, bold=True)
    w.text(WIDTH - M - 8, box_top - 27, cu.name_ar, 10, bold=True, align="right")
    w.text(M + 8, box_top - 40, cu.address, 8)
    w.text(WIDTH - M - 8, box_top - 40, cu.address_ar, 8, align="right")
    ids_fr, ids_ar = _party_ids(cu, doc.country)
    w.text(M + 8, box_top - 53, ids_fr, 7.5)
    w.text(WIDTH - M - 8, box_top - 53, ids_ar, 7.5, align="right")
    return box_top - 76


def _cell(doc: InvoiceDocument, key: str, index: int) -> str:
    line = doc.lines[index]
    return {
        "code": line.code,
        "description": line.description,
        "quantity": f"{quantity(line.quantity)} {line.unit}",
        "unit_price": amount(line.unit_price),
        "discount": amount(line.discount) if line.discount else "",
        "vat": rate(line.vat_rate),
        "amount": amount(line.amount),
    }[key]


def _table(
    w: Writer, doc: InvoiceDocument, columns: list[Column], start: int, end: int, y: float
) -> float:
    c = w.c
    c.setFillColor(colors.HexColor("#1f4e79"))
    c.rect(M, y - 24, WIDTH - 2 * M, 24, stroke=0, fill=1)
    c.setFillColor(colors.white)
    x = M
    for col in columns:
        w.text(x + col.width / 2, y - 10, col.fr, 7.5, bold=True, align="center")
        w.text(x + col.width / 2, y - 20, col.ar, 7.5, bold=True, align="center")
        x += col.width
    c.setFillColor(colors.black)
    y -= 24
    for i in range(start, end):
        line = doc.lines[i]
        height = 24 if line.description_ar else 14
        if (i - start) % 2:
            c.setFillColor(colors.HexColor("#eef3f8"))
            c.rect(M, y - height, WIDTH - 2 * M, height, stroke=0, fill=1)
            c.setFillColor(colors.black)
        x = M
        for col in columns:
            if col.key == "description":
                w.text(x + 3, y - 10, line.description[:48], 8)
                if line.description_ar:
                    w.text(x + col.width - 3, y - 20, line.description_ar[:48], 8, align="right")
            elif col.numeric:
                w.text(x + col.width - 3, y - 10, _cell(doc, col.key, i), 8, align="right")
            else:
                w.text(x + 3, y - 10, _cell(doc, col.key, i), 8)
            x += col.width
        y -= height
    c.setStrokeColor(colors.HexColor("#9fb6cd"))
    c.line(M, y, WIDTH - M, y)
    return y - 12


def _totals(w: Writer, doc: InvoiceDocument, y: float) -> None:
    c = w.c
    # VAT per rate (left) and totals (right)
    w.text(M, y, "TVA par taux", 8, bold=True)
    w.text(M + 230, y, "الرسم حسب النسبة", 8, bold=True, align="right")
    yy = y - 12
    for v in doc.vat:
        w.text(M, yy, f"{rate(v.rate)}  base {amount(v.base)}", 8)
        w.text(M + 230, yy, amount(v.vat), 8, align="right")
        yy -= 11
    rows: list[tuple[str, str, Money, bool]] = [
        ("Total HT", "المجموع دون رسم", doc.total_base, False),
        ("Total TVA", "مجموع الرسم على القيمة المضافة", doc.total_vat, False),
    ]
    if doc.stamp_duty:
        rows.append(("Droit de timbre", "حقوق الطابع", doc.stamp_duty, False))
    rows.append(("Total TTC", "المجموع مع كل الرسوم", doc.total, True))
    x0 = WIDTH - M - 250
    ty = y
    for fr, ar, value, strong in rows:
        if strong:
            c.setFillColor(colors.HexColor("#dce6f1"))
            c.rect(x0 - 4, ty - 5, 254, 16, stroke=0, fill=1)
            c.setFillColor(colors.black)
        w.text(x0, ty, fr, 8.5, bold=strong)
        w.text(x0 + 165, ty, ar, 7.5, bold=strong, align="right")
        shown = f"{amount(value)} {doc.currency}" if strong else amount(value)
        w.text(WIDTH - M, ty, shown, 9, bold=strong, align="right")
        ty -= 16
    y = min(yy, ty) - 10
    label = (
        "Arrêtée la présente facture à la somme de :"
        if doc.kind != "credit_note"
        else "Arrêté le présent avoir à la somme de :"
    )
    y = w.paragraph(
        M, WIDTH - M, y, f"{label} {amount_in_words(doc.total, 'fr')}.", 8.5, bold=False
    )
    y = w.paragraph(
        M, WIDTH - M, y - 2, f"أوقفت هذه الوثيقة على مبلغ: {amount_in_words(doc.total, 'ar')}.", 8.5
    )
    y -= 6
    if doc.payment_terms or doc.payment_terms_ar:
        w.text(M, y, f"Conditions de paiement : {doc.payment_terms}", 8)
        w.text(WIDTH - M, y - 11, f"شروط الدفع: {doc.payment_terms_ar}", 8, align="right")
        y -= 24
    if doc.bank_details:
        w.text(M, y, f"Coordonnées bancaires : {doc.bank_details}", 8)


def _footer(w: Writer, doc: InvoiceDocument, page: int, pages: int) -> None:
    w.c.setStrokeColor(colors.HexColor("#9fb6cd"))
    w.c.line(M, M + 14, WIDTH - M, M + 14)
    w.text(M, M, f"{doc.number} - page {page}/{pages}", 7)
    w.text(WIDTH - M, M, f"صفحة {ltr(f'{page}/{pages}')}", 7, align="right")
