"""Fonts embedded in every document: DejaVu Sans has Arabic and Latin glyphs, so mixed lines
(a French name, an Arabic name, a number) render with one font and never fall back to a
font the PC does not have. Their text layer reads back as logical Arabic (``logical_text``)."""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics

from erp_desktop.printing.logical_text import LogicalTextFont
from erp_desktop.resources import fonts_dir

REGULAR = "ErpSans"
BOLD = "ErpSans-Bold"


@cache
def register_fonts() -> tuple[str, str]:
    folder = fonts_dir()
    pdfmetrics.registerFont(LogicalTextFont(REGULAR, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(LogicalTextFont(BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    return REGULAR, BOLD
