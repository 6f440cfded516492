"""The 80 mm thermal receipt, X and Z reports: narrow, one column, bilingual labels.

The page is as long as its content (roll paper). The receipt ends with a QR code of the
document number, which the till scans to find the sale for a return.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from erp_desktop.printing.bidi_text import ltr
from erp_desktop.printing.canvas_text import Writer
from erp_desktop.printing.fonts import register_fonts
from erp_desktop.printing.formatting import amount, quantity, rate
from erp_desktop.printing.marks import diagonal_mark
from erp_desktop.printing.models import ReceiptDocument, SessionReportDocument

WIDTH = float(80 * mm)
MARGIN = float(4 * mm)
LINE = 10.5
QR_SIZE = float(30 * mm)


class _Roll:
    """Draws top to bottom on a page whose height is known only at the end: the lines are
    collected as draw calls, then replayed on a page of the right length."""

    def __init__(self) -> None:
        self.calls: list[Callable[[Writer, float], None]] = []
        self.height = MARGIN

    def add(self, height: float, draw: Callable[[Writer, float], None]) -> None:
        top = self.height
        self.calls.append(lambda w, page_h: draw(w, page_h - top))
        self.height += height

    def render(self, title: str, duplicate: bool = False) -> bytes:
        register_fonts()
        buffer = io.BytesIO()
        page_h = self.height + MARGIN
        c = Canvas(buffer, pagesize=(WIDTH, page_h), pageCompression=1)
        c.setTitle(title)
        w = Writer(c)
        for call in self.calls:
            call(w, page_h)
        if duplicate:
            diagonal_mark(c, WIDTH, page_h, "DUPLICATA", colors.grey, size=28)
        c.showPage()
        c.save()
        return buffer.getvalue()

    # helpers
    def center(self, text: str, size: float = 8, bold: bool = False) -> None:
        self.add(size + 3, lambda w, y: w.text(WIDTH / 2, y - size, text, size, bold, "center"))

    def pair(self, left: str, right: str, size: float = 8, bold: bool = False) -> None:
        def draw(w: Writer, y: float) -> None:
            w.text(MARGIN, y - size, left, size, bold)
            w.text(WIDTH - MARGIN, y - size, right, size, bold, "right")

        self.add(size + 3, draw)

    def rule(self) -> None:
        def draw(w: Writer, y: float) -> None:
            w.c.setDash(1, 2)
            w.c.line(MARGIN, y - 3, WIDTH - MARGIN, y - 3)
            w.c.setDash()

        self.add(6, draw)


def _header(roll: _Roll, name: str, name_ar: str, address: str, ids: dict[str, str]) -> None:
    roll.center(name, 10, True)
    if name_ar:
        roll.center(name_ar, 10, True)
    if address:
        roll.center(address, 7)
    if ids:
        roll.center("  ".join(f"{k} {v}" for k, v in list(ids.items())[:2]), 6.5)


def _description(text: str) -> Callable[[Writer, float], None]:
    def draw(w: Writer, y: float) -> None:
        w.text(MARGIN, y - 8, text[:44], 7.5)

    return draw


def render_receipt(doc: ReceiptDocument) -> bytes:
    roll = _Roll()
    _header(roll, doc.shop.name, doc.shop.name_ar, doc.shop.address, doc.shop.legal_ids)
    roll.rule()
    roll.pair(f"Ticket {doc.number}", "وصل")
    roll.pair(doc.issued_at.strftime("%d/%m/%Y %H:%M"), f"{doc.register} / {doc.cashier}", 7)
    roll.rule()
    for line in doc.lines:
        roll.add(LINE, _description(line.description))
        roll.pair(
            f"  {quantity(line.quantity)} x {amount(line.unit_price)}", amount(line.amount), 7.5
        )
    roll.rule()
    if doc.discount:
        roll.pair("Remise / تخفيض", f"-{amount(doc.discount)}", 7.5)
    for v in doc.vat:
        roll.pair(f"TVA {rate(v.rate)} sur {amount(v.base)}", amount(v.vat), 7)
    if doc.stamp_duty:
        roll.pair("Droit de timbre / حقوق الطابع", amount(doc.stamp_duty), 7.5)
    if doc.rounding:
        roll.pair("Arrondi / تقريب", amount(doc.rounding), 7.5)
    roll.pair(f"TOTAL {doc.total.currency}", amount(doc.total), 11, True)
    roll.pair("المجموع", "", 9, True)
    for label, paid in doc.payments:
        roll.pair(label, amount(paid), 7.5)
    if doc.change:
        roll.pair("Rendu / الباقي", amount(doc.change), 9, True)
    roll.rule()
    roll.center(doc.footer, 7.5)
    roll.center(doc.footer_ar, 7.5)

    def qr(w: Writer, y: float) -> None:
        widget = QrCodeWidget(doc.number)
        x0, y0, x1, y1 = widget.getBounds()
        drawing = Drawing(
            QR_SIZE, QR_SIZE, transform=[QR_SIZE / (x1 - x0), 0, 0, QR_SIZE / (y1 - y0), 0, 0]
        )
        drawing.add(widget)
        renderPDF.draw(drawing, w.c, (WIDTH - QR_SIZE) / 2, y - QR_SIZE)

    roll.add(QR_SIZE + 2, qr)
    roll.center(doc.number, 7)
    return roll.render(f"Ticket {doc.number}", doc.duplicate)


def render_session_report(doc: SessionReportDocument) -> bytes:
    roll = _Roll()
    _header(roll, doc.shop.name, doc.shop.name_ar, "", {})
    title = f"RAPPORT {doc.kind}" + (f" N° {doc.number}" if doc.number else "")
    roll.center(title, 11, True)
    roll.center(
        "تقرير "
        + ("الإغلاق" if doc.kind == "Z" else "مرحلي")
        + (f" رقم {ltr(str(doc.number))}" if doc.number else ""),
        9,
        True,
    )
    roll.pair(f"Caisse {doc.register}", doc.cashier, 7.5)
    roll.pair("Ouverture", doc.opened_at.strftime("%d/%m/%Y %H:%M"), 7.5)
    roll.pair("Édition", doc.printed_at.strftime("%d/%m/%Y %H:%M"), 7.5)
    roll.rule()
    roll.pair("Ventes / المبيعات", f"{doc.sales_count}  {amount(doc.gross_sales)}", 8)
    roll.pair("Retours / المرتجعات", f"{doc.returns_count}  {amount(doc.returns)}", 8)
    roll.pair("Remises / التخفيضات", amount(doc.discounts), 8)
    roll.pair("Droit de timbre / الطابع", amount(doc.stamp_duty), 8)
    roll.rule()
    for label, value in doc.vat_by_rate:
        roll.pair(f"TVA {label} %", amount(value), 7.5)
    roll.rule()
    for label, value in doc.by_tender:
        roll.pair(label, amount(value), 8)
    roll.rule()
    roll.pair("Fond de caisse / رصيد الافتتاح", amount(doc.opening_float), 8)
    roll.pair("Espèces attendues / النقد المتوقع", amount(doc.expected_cash), 8, True)
    if doc.counted_cash is not None:
        roll.pair("Espèces comptées / النقد المعدود", amount(doc.counted_cash), 8, True)
        roll.pair("Écart / الفرق", amount(doc.counted_cash - doc.expected_cash), 9, True)
    return roll.render(title)
