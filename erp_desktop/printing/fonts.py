"""Fonts embedded in every document: DejaVu Sans has Arabic and Latin glyphs, so mixed lines
(a French name, an Arabic name, a number) render with one font and never fall back to a
font the PC does not have."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "ErpSans"
BOLD = "ErpSans-Bold"


def resources_dir() -> Path:
    """``resources/`` of the project (or ERP_RESOURCES, for packaged builds)."""
    override = os.environ.get("ERP_RESOURCES")
    return Path(override) if override else Path(__file__).resolve().parents[2] / "resources"


@cache
def register_fonts() -> tuple[str, str]:
    folder = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(REGULAR, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    return REGULAR, BOLD
