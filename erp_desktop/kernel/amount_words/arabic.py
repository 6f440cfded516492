"""Whole numbers and counted nouns in Arabic words, as written on invoices.

Numbers are read from the largest group down, joined with "و". The counted noun follows
Arabic agreement: 1 -> singular noun (then "واحد"), 2 -> dual, 3-10 -> plural, 11-99 ->
singular accusative (tanwin dropped in writing), 100+ depends on the last two digits.
"""

from __future__ import annotations

ONES = [
    "صفر",
    "واحد",
    "اثنان",
    "ثلاثة",
    "أربعة",
    "خمسة",
    "ستة",
    "سبعة",
    "ثمانية",
    "تسعة",
    "عشرة",
    "أحد عشر",
    "اثنا عشر",
    "ثلاثة عشر",
    "أربعة عشر",
    "خمسة عشر",
    "ستة عشر",
    "سبعة عشر",
    "ثمانية عشر",
    "تسعة عشر",
]
TENS = ["", "", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون"]
HUNDREDS = [
    "",
    "مائة",
    "مائتان",
    "ثلاثمائة",
    "أربعمائة",
    "خمسمائة",
    "ستمائة",
    "سبعمائة",
    "ثمانمائة",
    "تسعمائة",
]
# (singular, dual, plural, accusative singular) of the scale words
SCALES = [
    (10**9, ("مليار", "ملياران", "مليارات", "مليارا")),
    (10**6, ("مليون", "مليونان", "ملايين", "مليونا")),
    (10**3, ("ألف", "ألفان", "آلاف", "ألفا")),
]


def _below_100(n: int) -> str:
    if n < 20:
        return ONES[n]
    tens, unit = divmod(n, 10)
    return TENS[tens] if unit == 0 else f"{ONES[unit]} و{TENS[tens]}"


def _below_1000(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    parts = []
    if hundreds:
        parts.append(HUNDREDS[hundreds])
    if rest:
        parts.append(_below_100(rest))
    return " و".join(parts)


def counted(n: int, forms: tuple[str, str, str], singular_acc: str | None = None) -> str:
    """``n`` followed by the noun in its agreeing form (forms: singular, dual, plural)."""
    singular, dual, plural = forms
    if n == 0:
        return f"صفر {singular}"
    if n == 1:
        return f"{singular} واحد"
    if n == 2:
        return dual
    words = arabic_words(n)
    last = n % 100
    if 3 <= last <= 10:
        return f"{words} {plural}"
    if 11 <= last <= 99:
        return f"{words} {singular_acc or singular}"
    return f"{words} {singular}"  # round hundreds, thousands...: genitive singular


def arabic_words(n: int) -> str:
    """``n`` (0 <= n < 10^12) in Arabic words."""
    if n < 0:
        raise ValueError("negative")
    if n == 0:
        return ONES[0]
    parts = []
    for value, forms in SCALES:
        count, n = divmod(n, value)
        if count == 1:
            parts.append(forms[0])
        elif count == 2:
            parts.append(forms[1])
        elif count:
            last = count % 100
            noun = forms[2] if 3 <= last <= 10 else forms[3] if 11 <= last <= 99 else forms[0]
            parts.append(f"{_below_1000(count)} {noun}")
    if n:
        parts.append(_below_1000(n))
    return " و".join(parts)
