"""Search normalization for product and customer names in French and Arabic.

A cashier types "cafe" for "Café", or "قهوه" for "قهوة", with or without harakat or a
tatweel: both the indexed text and the query go through :func:`normalize_for_search`.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_ARABIC_MAP = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ة": "ه",
        "ى": "ي",
        "ؤ": "و",
        "ئ": "ي",
        "ـ": None,  # tatweel
        "œ": "oe",
        "æ": "ae",
        "ß": "ss",
        **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + i): str(i) for i in range(10)},  # Extended (Persian) digits
    }
)
_SPACES = re.compile(r"[\s\u00a0\u202f]+")
_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)


@functools.cache
def _combining_marks() -> re.Pattern[str]:
    """The combining marks of the Basic Multilingual Plane as one character class, made
    once from ``unicodedata`` (so it follows Python's Unicode version): dropping them with
    one ``sub`` instead of character by character in Python (a new branch indexes 50,000
    products at once)."""
    marks = [cp for cp in range(0x10000) if unicodedata.combining(chr(cp))]
    spans: list[list[int]] = []
    for cp in marks:
        if spans and spans[-1][1] == cp - 1:
            spans[-1][1] = cp
        else:
            spans.append([cp, cp])
    ranges = "".join(
        re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in spans
    )
    return re.compile(f"[{ranges}]+")


def normalize_for_search(text: str) -> str:
    """Case-folded, accent-free, Arabic-normalized, single-spaced text."""
    if not text:
        return ""
    folded = text.casefold().translate(_ARABIC_MAP)
    decomposed = unicodedata.normalize("NFKD", folded)
    # Drops Latin accents and Arabic harakat/shadda/sukun (all combining marks).
    if max(decomposed) <= "\uffff":
        stripped = _combining_marks().sub("", decomposed)
    else:  # beyond the BMP (rare in a shop's names): character by character
        stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    stripped = unicodedata.normalize("NFC", stripped).translate(_ARABIC_MAP)
    stripped = _PUNCT.sub(" ", stripped)
    return _SPACES.sub(" ", stripped).strip()
