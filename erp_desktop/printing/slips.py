"""A4 slips that travel with goods: the transfer slip and the goods receipt slip, signed on
arrival."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from erp_desktop.printing.bidi_text import ltr
from erp_desktop.printing.canvas_text import Writer
from erp_desktop.printing.fonts import register_fonts
from erp_desktop.printing.formatting import amount, quantity
from erp_desktop.printing.models import StockSlipDocument

WIDTH, HEIGHT = float(A4[0]), float(A4[1])
M = 36.0
TITLES = {
    "transfer": ("BON DE TRANSFERT", "وصل تحويل"),
    "goods_receipt": ("BON DE RÉCEPTION", "وصل استلام"),
}
ROWS = 40


def render_stock_slip(doc: StockSlipDocument) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, pageCompression=1)
    c.setTitle(f"{TITLES[doc.kind][0]} {doc.number}")
    w = Writer(c)
    chunks = [doc.lines[i : i + ROWS] for i in range(0, len(doc.lines), ROWS)] or [()]
    for page, chunk in enumerate(chunks, start=1):
        fr, ar = TITLES[doc.kind]
        w.text(M, HEIGHT - M - 12, doc.company.name, 12, bold=True)
        w.text(WIDTH - M, HEIGHT - M - 12, doc.company.name_ar, 12, bold=True, align="right")
        # The French and the Arabic title share a line when they fit, else the Arabic one
        # goes below and the rest moves down with it.
        below = w.both(
            M,
            WIDTH - M,
            HEIGHT - M - 40,
            f"{fr} N° {doc.number}",
            f"{ar} رقم {ltr(doc.number)}",
            13,
            bold=True,
            leading=16,
        )
        top = below + 56  # the rows below keep their spacing from the title
        day = doc.issued_at.strftime("%d/%m/%Y %H:%M")
        w.text(M, top - 56, f"Date : {day}", 9)
        w.text(M, top - 70, f"De : {doc.origin}", 9)
        w.text(M, top - 84, f"À : {doc.destination}", 9)
        w.text(WIDTH - M, top - 70, f"من: {doc.origin}", 9, align="right")
        w.text(WIDTH - M, top - 84, f"إلى: {doc.destination}", 9, align="right")
        y = top - 104
        c.setFillColor(colors.HexColor("#1f4e79"))
        c.rect(M, y - 16, WIDTH - 2 * M, 16, stroke=0, fill=1)
        c.setFillColor(colors.white)
        for x, label in (
            (M + 3, "Code"),
            (M + 80, "Désignation / التعيين"),
            (WIDTH - M - 150, "Qté / الكمية"),
            (WIDTH - M - 70, "Coût / التكلفة"),
        ):
            w.text(x, y - 11, label, 8, bold=True)
        c.setFillColor(colors.black)
        y -= 16
        for line in chunk:
            w.text(M + 3, y - 11, line.code, 8)
            w.text(M + 80, y - 11, line.description[:45], 8)
            w.text(WIDTH - M - 160, y - 11, line.description_ar[:30], 8, align="right")
            w.text(
                WIDTH - M - 80, y - 11, f"{quantity(line.quantity)} {line.unit}", 8, align="right"
            )
            if line.unit_cost is not None:
                w.text(WIDTH - M - 3, y - 11, amount(line.unit_cost), 8, align="right")
            y -= 15
        if page == len(chunks):
            y -= 30
            w.text(M, y, "Expédié par / المرسل", 9, bold=True)
            w.text(WIDTH / 2 + 20, y, "Reçu par / المستلم", 9, bold=True)
            c.rect(M, y - 60, WIDTH / 2 - M - 10, 50)
            c.rect(WIDTH / 2 + 20, y - 60, WIDTH / 2 - M - 20, 50)
            if doc.signed_by:
                w.text(M + 6, y - 20, doc.signed_by, 9)
        w.text(M, M, f"{doc.number} - page {page}/{len(chunks)}", 7)
        c.showPage()
    c.save()
    return buffer.getvalue()
