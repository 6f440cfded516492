"""Whole numbers in French words, in the traditional spelling invoices use: "vingt et un",
"soixante et onze"; "vingt" and "cent" take the plural only when multiplied and last
("quatre-vingts", "deux cents", "deux cents millions" since "million" is a noun) and not
before "mille", a numeral ("quatre-vingt mille", "deux cent mille"); "mille" never varies.
(Grevisse, Le Bon Usage, § 593; the same forms as num2words' French, checked by a test.)"""

from __future__ import annotations

UNITS = [
    "zéro",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "dix-sept",
    "dix-huit",
    "dix-neuf",
]
TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def _below_100(n: int, final: bool = True) -> str:
    if n < 20:
        return UNITS[n]
    tens, unit = divmod(n, 10)
    if tens in (7, 9):  # soixante-dix..., quatre-vingt-dix...
        base = "soixante" if tens == 7 else "quatre-vingt"
        if tens == 7 and unit == 1:
            return "soixante et onze"
        return f"{base}-{UNITS[10 + unit]}"
    if tens == 8:
        if unit == 0:
            return "quatre-vingts" if final else "quatre-vingt"
        return f"quatre-vingt-{UNITS[unit]}"
    word = TENS[tens]
    if unit == 0:
        return word
    if unit == 1:
        return f"{word} et un"
    return f"{word}-{UNITS[unit]}"


def _below_1000(n: int, final: bool) -> str:
    hundreds, rest = divmod(n, 100)
    parts = []
    if hundreds:
        if hundreds == 1:
            parts.append("cent")
        else:
            parts.append(f"{UNITS[hundreds]} cent{'s' if rest == 0 and final else ''}")
    if rest:
        parts.append(_below_100(rest, final))
    return " ".join(parts)


def french_words(n: int) -> str:
    """``n`` (0 <= n < 10^12) in French words."""
    if n < 0:
        raise ValueError("negative")
    if n == 0:
        return "zéro"
    parts = []
    for value, singular, plural in (
        (10**9, "milliard", "milliards"),
        (10**6, "million", "millions"),
    ):
        count, n = divmod(n, value)
        if count:
            parts.append(f"{french_words(count)} {singular if count == 1 else plural}")
    thousands, n = divmod(n, 1000)
    if thousands:
        parts.append("mille" if thousands == 1 else f"{_below_1000(thousands, final=False)} mille")
    if n:
        parts.append(_below_1000(n, final=True))
    return " ".join(parts)
