"""Whole numbers and counted nouns in Arabic words, as written on invoices.

Numbers are read from the largest group down, joined with "و". The counted noun follows
Arabic agreement: 1 -> singular noun (then "واحد"), 2 -> dual, 3-10 -> plural, 11-99 ->
singular accusative ("دينارا"), 100+ depends on the last two digits; a round number is in
construct with its noun (الإضافة): "مائتا دينار", "ألفا دينار", "ثمانون ألف دينار".
(Grammar: عباس حسن، النحو الوافي، ج 4، باب العدد; the same forms as num2words' Arabic for
round amounts, checked by a test.)
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
# The scale words: singular, dual, dual in construct, plural (3-10), accusative (11-99).
SCALES = [
    (10**9, ("مليار", "ملياران", "مليارا", "مليارات", "مليارا")),
    (10**6, ("مليون", "مليونان", "مليونا", "ملايين", "مليونا")),
    (10**3, ("ألف", "ألفان", "ألفا", "آلاف", "ألفا")),
]
TWO_HUNDRED_CONSTRUCT = "مائتا"


def _below_100(n: int) -> str:
    if n < 20:
        return ONES[n]
    tens, unit = divmod(n, 10)
    return TENS[tens] if unit == 0 else f"{ONES[unit]} و{TENS[tens]}"


def _below_1000(n: int, noun_next: bool) -> str:
    hundreds, rest = divmod(n, 100)
    parts = []
    if hundreds == 2 and rest == 0 and noun_next:
        parts.append(TWO_HUNDRED_CONSTRUCT)  # "مائتا دينار", "مائتا ألف"
    elif hundreds:
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
    last = n % 100
    if 3 <= last <= 10:
        return f"{arabic_words(n)} {plural}"
    if 11 <= last <= 99:
        return f"{arabic_words(n)} {singular_acc or singular}"
    if last == 0:  # round hundreds, thousands...: the number in construct with the noun
        return f"{arabic_words(n, noun_next=True)} {singular}"
    return f"{arabic_words(n)} {singular}"


def arabic_words(n: int, noun_next: bool = False) -> str:
    """``n`` (0 <= n < 10^12) in Arabic words; ``noun_next`` when the counted noun follows
    the last word directly, which then takes its construct form: a dual loses its nun
    ("ألفا دينار", "مائتا دينار", "مليونا دينار") and a thousand counted 11-99 its tanwin
    ("ثمانون ألف دينار", but "ثمانون ألفا وخمسمائة دينار")."""
    if n < 0:
        raise ValueError("negative")
    if n == 0:
        return ONES[0]
    parts = []
    for value, (singular, dual, dual_construct, plural, accusative) in SCALES:
        count, n = divmod(n, value)
        if not count:
            continue
        construct = noun_next and n == 0  # nothing after this group but the noun
        if count == 1:
            parts.append(singular)
        elif count == 2:
            parts.append(dual_construct if construct else dual)
        else:
            last = count % 100
            if 3 <= last <= 10:
                noun = plural
            elif 11 <= last <= 99:
                noun = singular if construct else accusative
            else:
                noun = singular
            # the count is itself in construct with the scale word: "مائتا ألف"
            parts.append(f"{_below_1000(count, noun_next=last == 0)} {noun}")
    if n:
        parts.append(_below_1000(n, noun_next))
    return " و".join(parts)
