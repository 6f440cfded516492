"""A supplier's bank account, checked where its key can be checked.

The three countries' domestic account numbers end in a two-digit key computed modulo 97,
the same way as France's RIB key: ``key = 97 - (N x 100 mod 97)``, N being the digits the
key protects (so that the whole number, read as an integer, is a multiple of 97).

- Algeria (RIB of a bank, RIP of Algérie Poste): 20 digits, bank (3), agency (5), account
  (10), key (2). Banque d'Algérie, instruction n° 06-2004; the key covers the agency and the
  account only (N = digits 4 to 18), as the instruction is read by itshakim213/rib-validator-dz
  (README, "Validation Algorithm"). Algérie Poste's agency code is always 99999.
- Morocco (RIB): 24 digits, bank (3), city (3), account (16), key (2), N = the first 22
  digits (the RIB key's modulo-97 rule, fr.wikipedia.org "Clé RIB"; the 24 digits are the
  BBAN of Morocco's IBAN). No published worked example was found: the test uses one built
  with the rule.
- Tunisia (RIB): 20 digits, bank (2), agency (3), account (13), key (2), N = the first 18
  digits; checked against the worked example 07040005810111129653 of
  McZen-Technologies/TNRIB (README).
- Elsewhere (an importer's supplier in France, Spain, China...): an IBAN, checked by its
  ISO 13616 check digits (letters as 10..35, the number modulo 97 is 1); an account without
  an IBAN is kept as given, unchecked (there is no rule to apply).
"""

from __future__ import annotations

import re

from erp_desktop.kernel.errors import ValidationError

# country: (length, slice of the digits the key covers)
RIB_FORMATS: dict[str, tuple[int, slice]] = {
    "DZ": (20, slice(3, 18)),
    "MA": (24, slice(0, 22)),
    "TN": (20, slice(0, 18)),
}
_SEPARATORS = re.compile(r"[\s.\-/]")


def rib_key(digits: str) -> int:
    """The key of the digits it protects: 97 - (N x 100 mod 97), from 1 to 97."""
    return 97 - (int(digits) * 100) % 97


def _refuse(country: str, value: str) -> ValidationError:
    return ValidationError("payables.invalid_bank_account", country=country, value=value)


def iban_valid(iban: str) -> bool:
    text = _SEPARATORS.sub("", iban).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", text):
        return False
    moved = text[4:] + text[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def normalized_bank_account(country: str, value: str) -> str:
    """``value`` without separators if it is a valid account for a supplier in ``country``,
    else ``payables.invalid_bank_account``. A domestic number must be the country's RIB/RIP
    (or its IBAN); a foreign one an IBAN when it looks like one."""
    text = _SEPARATORS.sub("", value).upper()
    if not text:
        raise _refuse(country, value)
    if text[:2].isalpha():
        if not iban_valid(text) or (country in RIB_FORMATS and text[:2] != country):
            raise _refuse(country, value)
        if country in ("MA", "TN"):
            normalized_bank_account(country, text[4:])  # their IBAN's BBAN is the RIB itself
        return text
    shape = RIB_FORMATS.get(country)
    if shape is None:
        return text  # no published rule to check against
    length, covered = shape
    if not text.isdigit() or len(text) != length or rib_key(text[covered]) != int(text[-2:]):
        raise _refuse(country, value)
    return text
