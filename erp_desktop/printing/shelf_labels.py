"""Shelf labels on A4 sheets of 21 (3 × 7 labels of 63,5 × 38,1 mm, the common
self-adhesive sheet): each label names the article in French and Arabic (shaped), shows its
price tax included in big, its unit, and its barcode (EAN-13 when it has one, else Code 128
of its SKU) with the digits under the bars, so a label can be scanned at the till too.

The price is the shelf price (``app.till.grid.shelf_price``): what the till charges."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode import code128
from reportlab.graphics.barcode.eanbc import Ean13BarcodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from erp_desktop.kernel.barcodes import is_valid_gtin
from erp_desktop.kernel.money import Money
from erp_desktop.printing.canvas_text import Writer
from erp_desktop.printing.fonts import register_fonts
from erp_desktop.printing.formatting import amount

COLUMNS, ROWS = 3, 7
LABEL_W, LABEL_H = 63.5 * mm, 38.1 * mm
LEFT, TOP, GAP = 7.2 * mm, 15.1 * mm, 2.5 * mm  # the sheet's margins and column gap
PER_SHEET = COLUMNS * ROWS
SIGN = {"DZD": ("DA", "د.ج"), "MAD": ("DH", "د.م"), "TND": ("DT", "د.ت")}
UNIT = {"kg": ("le kg", "للكغ"), "l": ("le litre", "للتر"), "pce": ("la pièce", "للقطعة")}


@dataclass(frozen=True, slots=True)
class ShelfLabel:
    name: str
    name_ar: str
    price: Money  # tax included
    unit: str  # "pce", "kg", "l"
    barcode: str  # EAN-13 (or any GTIN); empty: the SKU is printed as Code 128
    sku: str


def _fit(w: Writer, text: str, size: float, width: float, bold: bool = False) -> str:
    """``text`` cut with "…" to ``width`` at ``size``."""
    if w.width(text, size, bold) <= width:
        return text
    while text and w.width(text + "…", size, bold) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _barcode(c: Canvas, label: ShelfLabel, x: float, y: float, width: float) -> None:
    if len(label.barcode) == 13 and is_valid_gtin(label.barcode):
        widget = Ean13BarcodeWidget(label.barcode)
        widget.barHeight = 11 * mm
        widget.fontSize = 7
        x0, y0, x1, y1 = widget.getBounds()
        scale = min(1.0, width / (x1 - x0))
        drawing = Drawing((x1 - x0) * scale, (y1 - y0) * scale)
        drawing.add(widget)
        drawing.scale(scale, scale)
        renderPDF.draw(drawing, c, x + (width - (x1 - x0) * scale) / 2, y)
    else:
        bars = code128.Code128(label.sku, barHeight=10 * mm, barWidth=0.3 * mm, humanReadable=True)
        bars.drawOn(c, x + max(0.0, (width - bars.width) / 2), y + 2 * mm)


def _label(w: Writer, label: ShelfLabel, x: float, y: float, printed_on: date) -> None:
    """One label whose lower left corner is (x, y)."""
    c = w.c
    pad = 2.5 * mm
    inner = LABEL_W - 2 * pad
    c.setStrokeColor(colors.HexColor("#b0bec5"))
    c.setLineWidth(0.4)
    c.roundRect(x, y, LABEL_W, LABEL_H, 2 * mm)
    top = y + LABEL_H - pad - 7
    w.text(x + pad, top, _fit(w, label.name, 8, inner, bold=True), 8, bold=True)
    w.text(x + LABEL_W - pad, top - 10, _fit(w, label.name_ar, 8.5, inner), 8.5, align="right")
    sign_fr, sign_ar = SIGN.get(label.price.currency, (label.price.currency, ""))
    price = f"{amount(label.price)} {sign_fr}"
    size = 18.0
    while size > 11 and w.width(price, size, bold=True) > inner * 0.62:
        size -= 1
    w.text(x + pad, top - 30, price, size, bold=True)
    unit_fr, unit_ar = UNIT.get(label.unit, (label.unit, label.unit))
    w.text(x + LABEL_W - pad, top - 22, unit_fr, 7, align="right")
    w.text(x + LABEL_W - pad, top - 31, f"{sign_ar} {unit_ar}".strip(), 7, align="right")
    _barcode(c, label, x + pad, y + 3.2 * mm, inner * 0.7)
    w.text(x + LABEL_W - pad, y + pad, label.sku, 6, align="right")
    w.text(x + LABEL_W - pad, y + pad + 7, printed_on.strftime("%d/%m/%Y"), 6, align="right")


def render_shelf_labels(labels: Sequence[ShelfLabel], printed_on: date) -> bytes:
    """The sheets for ``labels``, 21 a page, left to right then down."""
    register_fonts()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, pageCompression=1)
    c.setTitle("Étiquettes de rayon")
    w = Writer(c)
    height = float(A4[1])
    for start in range(0, max(len(labels), 1), PER_SHEET):
        for n, label in enumerate(labels[start : start + PER_SHEET]):
            row, column = divmod(n, COLUMNS)
            x = LEFT + column * (LABEL_W + GAP)
            y = height - TOP - (row + 1) * LABEL_H
            _label(w, label, x, y, printed_on)
        c.showPage()
    c.save()
    return buffer.getvalue()
