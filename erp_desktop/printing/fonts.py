"""Fonts embedded in every document: DejaVu Sans has Arabic and Latin glyphs, so mixed lines
(a French name, an Arabic name, a number) render with one font and never fall back to a
font the PC does not have. Their text layer reads back as logical Arabic (``logical_text``)."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics

from erp_desktop.printing.logical_text import LogicalTextFont

REGULAR = "ErpSans"
BOLD = "ErpSans-Bold"


def resources_dir() -> Path:
    """``resources/`` of the project (or ERP_RESOURCES, for packaged builds)."""
    override = os.environ.get("ERP_RESOURCES")
    return Path(override) if override else Path(__file__).resolve().parents[2] / "resources"


@cache
def register_fonts() -> tuple[str, str]:
    folder = resources_dir() / "fonts"
    pdfmetrics.registerFont(LogicalTextFont(REGULAR, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(LogicalTextFont(BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    return REGULAR, BOLD
