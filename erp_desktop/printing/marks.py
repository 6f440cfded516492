"""Stamps across a page: DUPLICATA on reprints, ANNULÉ on cancelled documents."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from erp_desktop.printing.bidi_text import visual
from erp_desktop.printing.fonts import BOLD


def diagonal_mark(
    c: Canvas, width: float, height: float, text: str, color: colors.Color, size: float = 64
) -> None:
    c.saveState()
    c.setFillColor(color)
    c.setFillAlpha(0.25)
    c.translate(width / 2, height / 2)
    c.rotate(35)
    c.setFont(BOLD, size)
    c.drawCentredString(0, 0, visual(text))
    c.restoreState()
