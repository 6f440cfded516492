"""Drawing text on a reportlab canvas: Arabic shaped and right-aligned where it belongs."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from erp_desktop.printing.bidi_text import has_arabic, visual, wrap
from erp_desktop.printing.fonts import BOLD, REGULAR


class Writer:
    """Small helpers over a canvas with the embedded fonts."""

    def __init__(self, canvas: Canvas) -> None:
        self.c = canvas

    def text(
        self,
        x: float,
        y: float,
        text: str,
        size: float = 9,
        bold: bool = False,
        align: str = "left",
    ) -> None:
        c = self.c
        c.setFont(BOLD if bold else REGULAR, size)
        shown = visual(text)
        if align == "right":
            c.drawRightString(x, y, shown)
        elif align == "center":
            c.drawCentredString(x, y, shown)
        else:
            c.drawString(x, y, shown)

    def column_heads(
        self,
        left: float,
        right: float,
        y: float,
        fill: str,
        columns: Sequence[tuple[str, str, float, bool]],
    ) -> float:
        """A table's band of headings, French over Arabic, white on ``fill``: each column
        (French, Arabic, x, numeric) at its x, right-aligned when numeric. Returns the y
        under the band."""
        c = self.c
        c.setFillColor(colors.HexColor(fill))
        c.rect(left, y - 24, right - left, 24, stroke=0, fill=1)
        c.setFillColor(colors.white)
        for fr, ar, x, numeric in columns:
            align = "right" if numeric else "left"
            self.text(x, y - 10, fr, 7, bold=True, align=align)
            self.text(x, y - 20, ar, 7, bold=True, align=align)
        c.setFillColor(colors.black)
        return y - 24

    def width(self, text: str, size: float, bold: bool = False) -> float:
        return float(stringWidth(visual(text), BOLD if bold else REGULAR, size))

    def both(
        self,
        left: float,
        right: float,
        y: float,
        fr: str,
        ar: str,
        size: float = 8,
        bold: bool = False,
        leading: float = 11,
        gap: float = 12,
    ) -> float:
        """French on the left edge and Arabic on the right edge of one line, or on two lines
        when together they would come closer than ``gap``; returns the y of the next line."""
        self.text(left, y, fr, size, bold)
        if (
            fr
            and ar
            and self.width(fr, size, bold) + gap + self.width(ar, size, bold) > right - left
        ):
            y -= leading
        self.text(right, y, ar, size, bold, "right")
        return y - leading

    def paragraph(
        self,
        left: float,
        right: float,
        y: float,
        text: str,
        size: float = 9,
        leading: float = 11,
        bold: bool = False,
    ) -> float:
        """Wrapped text; returns the y below the last line."""
        font = BOLD if bold else REGULAR
        self.c.setFont(font, size)
        arabic = has_arabic(text)
        for line in wrap(text, font, size, right - left):
            if arabic:
                self.c.drawRightString(right, y, line)
            else:
                self.c.drawString(left, y, line)
            y -= leading
        return y
