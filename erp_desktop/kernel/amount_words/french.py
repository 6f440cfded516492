"""Whole numbers in French words, following the 1990 spelling's traditional exceptions:
"vingt et un", "quatre-vingts" but "quatre-vingt-un", "cent"/"cents", invariable "mille"."""

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


def _below_100(n: int) -> str:
    if n < 20:
        return UNITS[n]
    tens, unit = divmod(n, 10)
    if tens in (7, 9):  # soixante-dix..., quatre-vingt-dix...
        base = "soixante" if tens == 7 else "quatre-vingt"
        if tens == 7 and unit == 1:
            return "soixante et onze"
        return f"{base}-{UNITS[10 + unit]}"
    if tens == 8:
        return "quatre-vingts" if unit == 0 else f"quatre-vingt-{UNITS[unit]}"
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
        parts.append(_below_100(rest))
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
