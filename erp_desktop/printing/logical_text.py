"""The text layer of an Arabic PDF as logical Arabic: searchable and copyable.

reportlab draws the glyphs we hand it, so Arabic is shaped (presentation forms) and put in
visual order before drawing (``bidi_text``). Every PDF reader measured here (poppler's
pdftotext 22.12, pdfium, pypdf 7) takes glyphs drawn right to left as visual order and turns
runs of Arabic back into logical order by itself; what made the copied text unusable was the
glyphs' Unicode values, which were the presentation forms (U+FB50-FDFF, U+FE70-FEFF).

So the embedded fonts' ToUnicode maps name each shaped glyph by the plain letters it shows
(its NFKC decomposition): "ﻓ" (FEH INITIAL FORM) reads back as "ف". A ligature stands for
several letters; a glyph sits in a visual run, so its letters are written in visual order too
(lam-alef "ﻻ" maps to alef, lam) and come out "لا" once the reader reverses the run.

Measured on "فاتورة رقم", "الزبون: فندق الجزائر", "لا سلام": pdftotext and pdfium give every
word in logical order; pypdf gets every word but those with a lam-alef ligature. /ActualText
spans were tried first and are worse: poppler and pdfium lay the replacement text left to
right over the span and reverse it ("ةروتاف").
"""

from __future__ import annotations

import unicodedata
from functools import cache
from typing import Any

from reportlab.pdfbase import ttfonts


def _presentation_form(code: int) -> bool:
    return 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF


@cache
def letters_of(code: int) -> str:
    """The Unicode text a glyph drawn for ``code`` stands for, in visual order."""
    char = chr(code)
    if not _presentation_form(code):
        return char
    return unicodedata.normalize("NFKC", char)[::-1]


def to_unicode_cmap(name: str, subset: list[int]) -> str:
    """A ToUnicode CMap for one 256-glyph subset of an embedded font."""
    entries = [
        f"<{index:02X}> <{letters_of(code).encode('utf-16-be').hex().upper()}>"
        for index, code in enumerate(subset)
    ]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
            f"/CMapName /{name} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(entries)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


class LogicalTextFont(ttfonts.TTFont):  # type: ignore[misc]
    """A TrueType font embedded like reportlab's own, with the ToUnicode maps above."""

    def addObjects(self, doc: Any) -> None:  # reportlab calls it by this name
        subsets = [list(s) for s in self.state[doc].subsets]
        super().addObjects(doc)
        for n, subset in enumerate(subsets):
            base = b"".join((ttfonts.SUBSETN(n), b"+", self.face.name, self.face.subfontNameX))
            name = base.decode("pdfdoc")
            doc.idToObject["toUnicodeCMap:" + name].content = to_unicode_cmap(name, subset)
