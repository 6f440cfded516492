"""The words for each currency and the assembly of an amount in words."""

from __future__ import annotations

from dataclasses import dataclass

from erp_desktop.kernel.amount_words.arabic import counted
from erp_desktop.kernel.amount_words.french import french_words
from erp_desktop.kernel.currency import minor_units
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.money import Money


@dataclass(frozen=True, slots=True)
class CurrencyWords:
    fr_unit: tuple[str, str]  # singular, plural
    fr_sub: tuple[str, str]
    ar_unit: tuple[str, str, str]  # singular, dual, plural
    ar_sub: tuple[str, str, str]
    ar_unit_acc: str | None = None  # 11-99 form when it differs from the singular
    ar_sub_acc: str | None = None


WORDS = {
    "DZD": CurrencyWords(
        ("dinar algérien", "dinars algériens"),
        ("centime", "centimes"),
        ("دينار جزائري", "ديناران جزائريان", "دنانير جزائرية"),
        ("سنتيم", "سنتيمان", "سنتيمات"),
        "دينارا جزائريا",
        "سنتيما",
    ),
    "MAD": CurrencyWords(
        ("dirham", "dirhams"),
        ("centime", "centimes"),
        ("درهم", "درهمان", "دراهم"),
        ("سنتيم", "سنتيمان", "سنتيمات"),
        "درهما",
        "سنتيما",
    ),
    "TND": CurrencyWords(
        ("dinar tunisien", "dinars tunisiens"),
        ("millime", "millimes"),
        ("دينار تونسي", "ديناران تونسيان", "دنانير تونسية"),
        ("مليم", "مليمان", "مليمات"),
        "دينارا تونسيا",
        "مليما",
    ),
    "EUR": CurrencyWords(
        ("euro", "euros"),
        ("centime", "centimes"),
        ("يورو", "يوروان", "يوروات"),
        ("سنت", "سنتان", "سنتات"),
        None,
        "سنتا",
    ),
    "USD": CurrencyWords(
        ("dollar américain", "dollars américains"),
        ("cent", "cents"),
        ("دولار أمريكي", "دولاران أمريكيان", "دولارات أمريكية"),
        ("سنت", "سنتان", "سنتات"),
        "دولارا أمريكيا",
        "سنتا",
    ),
}


def _fr(n: int, forms: tuple[str, str]) -> str:
    words = french_words(n)
    noun = forms[0] if n <= 1 else forms[1]
    # "un million de dinars", "deux millions de dinars": "de" after a round million/milliard
    if n >= 10**6 and n % 10**6 == 0:
        return f"{words} de {noun}"
    return f"{words} {noun}"


def amount_in_words(amount: Money, language: str) -> str:
    """``amount`` in words in ``language`` ("fr" or "ar"), e.g. "mille deux cent trente-quatre
    dinars algériens et cinquante centimes"."""
    words = WORDS.get(amount.currency)
    if words is None:
        raise ValidationError("money.unknown_currency", currency=amount.currency)
    if amount.is_negative():
        raise ValidationError("money.invalid_amount", amount=str(amount))
    units, sub = divmod(amount.to_minor(), 10 ** minor_units(amount.currency))
    # Less than one unit reads as its subunits alone: "cinquante centimes", "خمسة مليمات".
    if language == "fr":
        text = _fr(units, words.fr_unit)
        if not sub:
            return text
        cents = _fr(sub, words.fr_sub)
        return f"{text} et {cents}" if units else cents
    if language == "ar":
        text = counted(units, words.ar_unit, words.ar_unit_acc)
        if not sub:
            return text
        cents = counted(sub, words.ar_sub, words.ar_sub_acc)
        return f"{text} و{cents}" if units else cents
    raise ValidationError("common.invalid_value", field="language", value=language)
