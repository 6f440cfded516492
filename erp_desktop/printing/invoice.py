"""The A4 invoice and credit note, bilingual French and Arabic.

French reads left to right and Arabic right to left on the same page: each block carries both
languages, Latin text on the left edge, Arabic on the right edge. ``primary="ar"`` mirrors the
line table (designation on the right, amounts on the left) for Arabic-first customers.
Drawn with the canvas API (not platypus) so an invoice renders in a few milliseconds.

What it shows is what the law asks of an invoice (décret exécutif 05-468 art. 3 in Algeria,
CGI art. 145-III in Morocco, Code de la TVA art. 18 in Tunisia): the seller's name, legal
form, capital, activity, address and identifiers; the buyer's name, legal form, address and
identifiers; number and date; each line's designation, quantity, unit price and total tax
excluded; each tax by nature and rate; the total tax included in figures and in words; how
and when it is settled. The Arabic words are each country's own (``terms``).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, replace

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
from erp_desktop.printing.legal import LEGAL_IDS, require_mentions
from erp_desktop.printing.marks import diagonal_mark
from erp_desktop.printing.models import InvoiceDocument, Party, Settlement
from erp_desktop.printing.terms import term

WIDTH, HEIGHT = float(A4[0]), float(A4[1])
M = 36.0  # margin
ROW_TWO_LINES, ROW_ONE_LINE = 20.0, 13.0  # a line with an Arabic designation, without
TABLE_HEAD = 24.0
BOTTOM = M + 22  # the footer's rule and page number sit below
TITLES = {
    kind: (term("DZ", kind).fr, term("DZ", kind).ar)
    for kind in ("invoice", "credit_note", "global_invoice")
}
# "Arrêtée la présente facture à la somme de", per kind of document
CLOSING = {
    "credit_note": "Arrêté le présent avoir à la somme de :",
    "quote": "Arrêté le présent devis à la somme de :",
    "sales_order": "Arrêté le présent bon de commande à la somme de :",
    "delivery_note": "Arrêté le présent bon de livraison à la somme de :",
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
_TERM_OF_COLUMN = {
    "code": "code",
    "description": "designation",
    "quantity": "quantity",
    "unit_price": "unit_price_ht",
    "discount": "discount",
    "vat": "vat_short",
    "amount": "amount_ht",
}


def columns_for(country: str) -> list[Column]:
    """The line table's columns headed in the country's words."""
    return [
        replace(col, fr=t.fr, ar=t.ar)
        for col in COLUMNS
        for t in [term(country, _TERM_OF_COLUMN[col.key])]
    ]


def render_invoice(doc: InvoiceDocument, primary: str = "fr") -> bytes:
    """The PDF of ``doc``; ``invoicing.missing_mentions`` if its seller lacks a mention the
    law requires (an invoice without them is no invoice)."""
    require_mentions(doc.country, doc.seller)
    register_fonts()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, pageCompression=1)
    c.setTitle(f"{term(doc.country, doc.kind).fr} {doc.number}")
    c.setAuthor(doc.seller.name)
    w = Writer(c)
    pages = _paginate(doc)
    own = columns_for(doc.country)
    columns = list(reversed(own)) if primary == "ar" else own
    for page_no, (start, end) in enumerate(pages, start=1):
        y = _header(w, doc, page_no == 1)
        if end > start or page_no == 1:
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


def _row_height(doc: InvoiceDocument, index: int) -> float:
    return ROW_TWO_LINES if doc.lines[index].description_ar else ROW_ONE_LINE


def _paginate(doc: InvoiceDocument) -> list[tuple[int, int]]:
    """The lines on each page: as many as fit above the footer, measured by laying the
    header and the totals out on a scratch canvas; the totals go on a page of their own
    when the last lines leave no room for them."""
    register_fonts()
    scratch = Writer(Canvas(io.BytesIO(), pagesize=A4))
    first_top = _header(scratch, doc, True) - TABLE_HEAD
    next_top = _header(scratch, doc, False) - TABLE_HEAD
    totals = HEIGHT - _totals(scratch, doc, HEIGHT)
    pages: list[tuple[int, int]] = []
    start, y = 0, first_top
    for i in range(len(doc.lines)):
        if y - _row_height(doc, i) < BOTTOM:
            pages.append((start, i))
            start, y = i, next_top
        y -= _row_height(doc, i)
    pages.append((start, len(doc.lines)))
    if y - 12 - totals < BOTTOM:
        pages.append((len(doc.lines), len(doc.lines)))
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


def _legal_form(party: Party, currency: str) -> tuple[str, str]:
    """ "SARL au capital de 10 000 000,00 DZD - Commerce de détail", and in Arabic."""
    fr = [party.legal_form] if party.legal_form else []
    ar = [party.legal_form_ar] if party.legal_form_ar else []
    if party.capital is not None:
        capital = term("DZ", "capital")
        fr.append(f"{capital.fr} {amount(party.capital)} {currency}")
        ar.append(f"{capital.ar} {ltr(f'{amount(party.capital)} {currency}')}")
    fr_text = " ".join(fr)
    ar_text = " ".join(ar)
    if party.activity:
        fr_text = f"{fr_text} - {party.activity}" if fr_text else party.activity
    if party.activity_ar:
        ar_text = f"{ar_text} - {party.activity_ar}" if ar_text else party.activity_ar
    return fr_text, ar_text


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
    form_fr, form_ar = _legal_form(s, doc.currency)
    y = w.both(left_text, WIDTH - M, top - 24, form_fr, form_ar, 7.5, leading=10.5)
    y = w.both(left_text, WIDTH - M, y, s.address, s.address_ar, 8, leading=10.5)
    ids_fr, ids_ar = _party_ids(s, doc.country)
    phone = f"Tél. {s.phone}" if s.phone else ""
    y = w.both(left_text, WIDTH - M, y, ids_fr, "", 7.5, leading=10.5)
    y = w.both(left_text, WIDTH - M, y, phone, ids_ar, 7.5, leading=10.5)
    rule_y = min(y + 4, top - 64)
    c.setStrokeColor(colors.HexColor("#1f4e79"))
    c.setLineWidth(1.2)
    c.line(M, rule_y, WIDTH - M, rule_y)
    top = rule_y + 64  # what follows keeps its place below the rule
    title = term(doc.country, doc.kind)
    y = top - 85
    c.setFillColor(colors.HexColor("#1f4e79"))
    w.text(M, y, f"{title.fr} N° {doc.number}", 14, bold=True)
    w.text(WIDTH - M, y, title.ar, 14, bold=True, align="right")
    c.setFillColor(colors.black)
    day = doc.issued_at.strftime("%d/%m/%Y")
    w.text(M, y - 15, f"Date : {day}", 9)
    w.text(WIDTH - M, y - 15, f"الرقم: {ltr(doc.number)}   التاريخ: {ltr(day)}", 9, align="right")
    if doc.original_number:
        w.text(M, y - 27, f"Avoir sur la facture N° {doc.original_number}", 8.5)
        w.text(
            WIDTH - M, y - 27, f"بخصوص الفاتورة رقم {ltr(doc.original_number)}", 8.5, align="right"
        )
    elif doc.reference or doc.reference_ar:
        w.text(M, y - 27, doc.reference, 8.5)
        w.text(WIDTH - M, y - 27, doc.reference_ar, 8.5, align="right")
    if not first:
        return y - 40
    # customer box
    box_top = y - 36
    box = 74
    c.setStrokeColor(colors.HexColor("#9fb6cd"))
    c.setLineWidth(0.6)
    c.roundRect(M, box_top - box, WIDTH - 2 * M, box, 4)
    cu = doc.customer
    customer = term(doc.country, "customer")
    left, right = M + 8, WIDTH - M - 8
    w.both(left, right, box_top - 13, customer.fr, customer.ar, 8, bold=True)
    name_fr = f"{cu.name} - {cu.legal_form}" if cu.legal_form else cu.name
    name_ar = f"{cu.name_ar} - {cu.legal_form_ar}" if cu.legal_form_ar else cu.name_ar
    w.both(left, right, box_top - 27, name_fr, name_ar, 10, bold=True)
    w.both(left, right, box_top - 40, cu.address, cu.address_ar, 8)
    ids_fr, ids_ar = _party_ids(cu, doc.country)
    w.text(left, box_top - 53, ids_fr, 7.5)
    w.text(right, box_top - 65, ids_ar, 7.5, align="right")
    return box_top - box - 14


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
        height = _row_height(doc, i)
        if (i - start) % 2:
            c.setFillColor(colors.HexColor("#eef3f8"))
            c.rect(M, y - height, WIDTH - 2 * M, height, stroke=0, fill=1)
            c.setFillColor(colors.black)
        x = M
        # two names: the row's first line a point higher, the Arabic name clear of the
        # French one's descenders (a "g" touched it with baselines at 10 and 17.5)
        first = 9.0 if line.description_ar else 10.0
        for col in columns:
            if col.key == "description":
                w.text(x + 3, y - first, line.description[:48], 8)
                if line.description_ar:
                    w.text(
                        x + col.width - 3, y - 18.2, line.description_ar[:48], 7.5, align="right"
                    )
            elif col.numeric:
                w.text(x + col.width - 3, y - first, _cell(doc, col.key, i), 8, align="right")
                if col.key == "discount" and line.discount and line.discount_percent:
                    # the percent typed on the line, under its amount
                    w.text(
                        x + col.width - 3,
                        y - 18.2,
                        rate(line.discount_percent),
                        7,
                        align="right",
                    )
            else:
                w.text(x + 3, y - first, _cell(doc, col.key, i), 8)
            x += col.width
        y -= height
    c.setStrokeColor(colors.HexColor("#9fb6cd"))
    c.line(M, y, WIDTH - M, y)
    return y - 12


def _settlement(doc: InvoiceDocument, paid: Settlement) -> tuple[str, str]:
    means = term(doc.country, f"means_{paid.means}")
    on = term(doc.country, "settlement_on")
    day = paid.on.strftime("%d/%m/%Y")
    figure = f"{amount(paid.amount)} {doc.currency}"
    return f"{means.fr} {figure} {on.fr} {day}", f"{means.ar} {ltr(figure)} {on.ar} {ltr(day)}"


def _totals(w: Writer, doc: InvoiceDocument, y: float) -> float:
    """The totals block from ``y`` down; returns the y below it."""
    c = w.c
    country = doc.country
    # VAT per rate (left) and totals (right)
    by_rate = term(country, "vat_by_rate")
    vat_short = term(country, "vat_short")
    yy = w.both(M, M + 230, y, by_rate.fr, by_rate.ar, 8, bold=True, leading=12)
    for v in doc.vat:
        w.text(M, yy, f"{vat_short.fr} {rate(v.rate)}  base {amount(v.base)}", 8)
        w.text(M + 230, yy, amount(v.vat), 8, align="right")
        yy -= 11
    rows: list[tuple[str, Money, bool]] = [
        ("total_ht", doc.total_base, False),
        ("total_vat", doc.total_vat, False),
    ]
    if doc.stamp_duty:
        rows.append(("stamp_duty", doc.stamp_duty, False))
    rows.append(("total_ttc", doc.total, True))
    x0 = WIDTH - M - 250
    ty = y
    for key, value, strong in rows:
        words = term(country, key)
        if strong:
            c.setFillColor(colors.HexColor("#dce6f1"))
            c.rect(x0 - 4, ty - 5, 254, 16, stroke=0, fill=1)
            c.setFillColor(colors.black)
        w.text(x0, ty, words.fr, 8.5, bold=strong)
        w.text(x0 + 165, ty, words.ar, 7.5, bold=strong, align="right")
        shown = f"{amount(value)} {doc.currency}" if strong else amount(value)
        w.text(WIDTH - M, ty, shown, 9, bold=strong, align="right")
        ty -= 16
    y = min(yy, ty) - 10
    label = CLOSING.get(doc.kind, "Arrêtée la présente facture à la somme de :")
    y = w.paragraph(
        M, WIDTH - M, y, f"{label} {amount_in_words(doc.total, 'fr')}.", 8.5, bold=False
    )
    y = w.paragraph(
        M, WIDTH - M, y - 2, f"أوقفت هذه الوثيقة على مبلغ: {amount_in_words(doc.total, 'ar')}.", 8.5
    )
    y -= 6
    if doc.settlements:
        settlement = term(country, "settlement")
        parts = [_settlement(doc, paid) for paid in doc.settlements]
        fr = " ; ".join(p[0] for p in parts)
        ar = " ؛ ".join(p[1] for p in parts)
        w.text(M, y, f"{settlement.fr} : {fr}", 8, bold=True)
        w.text(WIDTH - M, y - 11, f"{settlement.ar}: {ar}", 8, bold=True, align="right")
        y -= 24
    if doc.payment_terms or doc.payment_terms_ar:
        terms = term(country, "payment_terms")
        w.text(M, y, f"{terms.fr} : {doc.payment_terms}", 8)
        w.text(WIDTH - M, y - 11, f"{terms.ar}: {doc.payment_terms_ar}", 8, align="right")
        y -= 24
    if doc.due_dates:
        dues = term(country, "due_dates")
        parts = [(d.strftime("%d/%m/%Y"), f"{amount(m)} {doc.currency}") for d, m in doc.due_dates]
        fr = " ; ".join(f"{day} : {figure}" for day, figure in parts)
        ar = " ؛ ".join(f"{ltr(day)}: {ltr(figure)}" for day, figure in parts)
        w.text(M, y, f"{dues.fr} : {fr}", 8)
        w.text(WIDTH - M, y - 11, f"{dues.ar}: {ar}", 8, align="right")
        y -= 24
    if doc.bank_details:
        bank = term(country, "bank_details")
        w.text(M, y, f"{bank.fr} : {doc.bank_details}", 8)
        w.text(WIDTH - M, y - 11, f"{bank.ar}: {ltr(doc.bank_details)}", 8, align="right")
        y -= 24
    return y


def _footer(w: Writer, doc: InvoiceDocument, page: int, pages: int) -> None:
    w.c.setStrokeColor(colors.HexColor("#9fb6cd"))
    w.c.line(M, M + 14, WIDTH - M, M + 14)
    w.text(M, M, f"{doc.number} - page {page}/{pages}", 7)
    w.text(WIDTH - M, M, f"صفحة {ltr(f'{page}/{pages}')}", 7, align="right")
