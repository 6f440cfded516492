"""The 80 mm thermal receipt, X and Z reports: narrow, one column, bilingual labels.

The page is as long as its content (roll paper). The receipt ends with a QR code of the
document number, which the till scans to find the sale for a return.

A receipt adds up as printed: its lines are tax included and before discounts, so the lines,
less the discount, plus the stamp duty and the rounding, make the total; the VAT, already in
those amounts, is printed after the total as "dont TVA". The Z report prints counts and
amounts in separate columns, so a count never runs into an amount.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from erp_desktop.printing.bidi_text import ltr, visual, wrap
from erp_desktop.printing.canvas_text import Writer
from erp_desktop.printing.fonts import BOLD, REGULAR, register_fonts
from erp_desktop.printing.formatting import amount, quantity, rate
from erp_desktop.printing.marks import diagonal_mark
from erp_desktop.printing.models import ReceiptDocument, SessionReportDocument
from erp_desktop.printing.terms import both, term

WIDTH = float(80 * mm)
MARGIN = float(4 * mm)
LINE = 10.5
QR_SIZE = float(30 * mm)
# The longest values a register reaches in a day (Tunisian millimes, tens of millions).
WIDEST_AMOUNT = "-99\u202f999\u202f999,999"
WIDEST_COUNT = "99999"
COLUMN_GAP = 16.0  # wide enough that pdftotext -layout keeps two spaces between columns


class _Roll:
    """Draws top to bottom on a page whose height is known only at the end: the lines are
    collected as draw calls, then replayed on a page of the right length."""

    def __init__(self) -> None:
        register_fonts()  # the layout measures text
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

    def columns(
        self, label: str, count: str | None, value: str, size: float = 8, bold: bool = False
    ) -> None:
        """A label, a count and an amount in columns that cannot touch: the count's column
        ends a gap left of the widest amount a register can reach, the label a gap left of
        the widest count (or amount, on a row without a count); a label too long for its room
        goes on its own line above."""
        font = BOLD if bold else REGULAR
        count_right = WIDTH - MARGIN - stringWidth(WIDEST_AMOUNT, font, size) - COLUMN_GAP
        room = count_right + COLUMN_GAP
        if count is not None:
            room = count_right - stringWidth(WIDEST_COUNT, font, size)
        if MARGIN + stringWidth(visual(label), font, size) + COLUMN_GAP > room:
            self.pair(label, "", size, bold)
            label = ""

        def draw(w: Writer, y: float) -> None:
            w.text(MARGIN, y - size, label, size, bold)
            if count:
                w.text(count_right, y - size, count, size, bold, "right")
            w.text(WIDTH - MARGIN, y - size, value, size, bold, "right")

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


def _arabic_description(roll: _Roll, text: str) -> None:
    """A line's Arabic name under its French one, right-aligned, shaped and ordered like the
    rest of the Arabic text; a name too long for the roll's width wraps onto a second line
    (never more: a till receipt stays short)."""
    for shown in wrap(text, REGULAR, 7.5, WIDTH - 2 * MARGIN)[:2]:

        def draw(w: Writer, y: float, shown: str = shown) -> None:
            w.c.setFont(REGULAR, 7.5)
            w.c.drawRightString(WIDTH - MARGIN, y - 8, shown)

        roll.add(LINE, draw)


def render_receipt(doc: ReceiptDocument) -> bytes:
    country = doc.country
    roll = _Roll()
    _header(roll, doc.shop.name, doc.shop.name_ar, doc.shop.address, doc.shop.legal_ids)
    roll.rule()
    receipt = term(country, "receipt")
    roll.pair(f"{receipt.fr} {doc.number}", receipt.ar)
    roll.pair(doc.issued_at.strftime("%d/%m/%Y %H:%M"), f"{doc.register} / {doc.cashier}", 7)
    if doc.customer:
        customer = term(country, "customer")
        roll.pair(f"{customer.fr} : {doc.customer[:30]}", customer.ar, 7.5)
        if doc.customer_ar and doc.customer_ar != doc.customer:
            _arabic_description(roll, doc.customer_ar)
    roll.rule()
    for line in doc.lines:
        roll.add(LINE, _description(line.description))
        if line.description_ar and line.description_ar != line.description:
            _arabic_description(roll, line.description_ar)
        roll.pair(
            f"  {quantity(line.quantity)} x {amount(line.unit_price)}", amount(line.amount), 7.5
        )
    roll.rule()
    adjusted = bool(doc.discount or doc.stamp_duty or doc.rounding)
    if adjusted:
        roll.pair(both(country, "subtotal"), amount(doc.subtotal), 7.5)
    if doc.discount:
        roll.pair(both(country, "discount"), amount(-doc.discount), 7.5)
    if doc.stamp_duty:
        roll.pair(both(country, "stamp_duty"), amount(doc.stamp_duty), 7.5)
    if doc.rounding:
        roll.pair(both(country, "rounding"), amount(doc.rounding), 7.5)
    total = term(country, "total")
    roll.pair(f"{total.fr} {doc.total.currency}", amount(doc.total), 11, True)
    roll.pair(total.ar, "", 9, True)
    for label, paid in doc.payments:
        roll.pair(label, amount(paid), 7.5)
    if doc.change:
        roll.pair(both(country, "change"), amount(doc.change), 9, True)
    if doc.points_used:
        roll.pair(both(country, "points_used"), str(doc.points_used), 7.5)
    if doc.points_balance is not None:
        roll.pair(both(country, "points_balance"), str(doc.points_balance), 7.5)
    if doc.vat:
        roll.rule()
        roll.pair(both(country, "vat_included"), "", 7)
        vat = term(country, "vat_short")
        for v in doc.vat:
            roll.pair(f"  {vat.fr} {rate(v.rate)} sur {amount(v.base)}", amount(v.vat), 7)
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
    return roll.render(f"{receipt.fr} {doc.number}", doc.duplicate)


def render_session_report(doc: SessionReportDocument) -> bytes:
    country = doc.country
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
    roll.columns("", both(country, "count"), both(country, "amount"), 6.5)
    roll.columns(both(country, "sales"), str(doc.sales_count), amount(doc.gross_sales))
    roll.columns(both(country, "returns"), str(doc.returns_count), amount(doc.returns))
    roll.columns(both(country, "discounts"), None, amount(doc.discounts))
    roll.columns(both(country, "stamp_duty"), None, amount(doc.stamp_duty))
    roll.rule()
    vat = term(country, "vat_short")
    for label, value in doc.vat_by_rate:
        roll.columns(f"{vat.fr} {label} % / {vat.ar}", None, amount(value), 7.5)
    roll.rule()
    for label, value in doc.by_tender:
        roll.columns(label, None, amount(value))
    roll.rule()
    roll.columns(both(country, "opening_float"), None, amount(doc.opening_float))
    roll.columns(both(country, "expected_cash"), None, amount(doc.expected_cash), bold=True)
    if doc.counted_cash is not None:
        difference = doc.counted_cash - doc.expected_cash
        roll.columns(both(country, "counted_cash"), None, amount(doc.counted_cash), bold=True)
        roll.columns(both(country, "difference"), None, amount(difference), 9, True)
    return roll.render(title)
