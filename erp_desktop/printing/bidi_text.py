"""Arabic for reportlab: shaped (joined letter forms) and ordered right to left.

reportlab draws glyphs in the order given, unjoined. So each line is wrapped in *logical*
order first, then shaped with arabic-reshaper and reordered for display with python-bidi
(``bidi.algorithm.get_display``, which also mirrors brackets). Codes and numbers inside
Arabic are embedded left-to-right (``ltr``) so "16/00-1234567B19" is not turned around.
Invisible direction marks are removed after reordering: some fonts draw them as boxes.
"""

from __future__ import annotations

from functools import lru_cache

import arabic_reshaper
from bidi.algorithm import get_display
from reportlab.pdfbase.pdfmetrics import stringWidth

_MARKS = dict.fromkeys(
    map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)


def has_arabic(text: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f" for c in text)


def ltr(text: str) -> str:
    """Keeps a Latin run (a code, a number with slashes and dashes) whole inside Arabic text."""
    return f"\u202a{text}\u202c"


@lru_cache(maxsize=4096)
def visual(text: str) -> str:
    """One line of text as it must be drawn (left to right glyph order).

    Direction marks and embeddings take part in the reordering, then are removed: fonts
    draw them as boxes.
    """
    if not has_arabic(text):
        return text.translate(_MARKS)
    return str(get_display(arabic_reshaper.reshape(text))).translate(_MARKS)


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of ``text`` no wider than ``width``, wrapped in logical order, each made visual."""
    words = text.split()
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}".strip()
        if current and stringWidth(visual(candidate), font, size) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return [visual(line) for line in lines] or [""]
