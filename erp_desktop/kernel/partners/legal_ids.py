"""Legal identifiers of a business customer, per country, checked where a rule is published.

Each kind names its source. Where no check digit is published, only the shape is checked
(length, digits, letters) and the docstring says so; no guessed checksum refuses a real id.

Algeria (DZ)
- NIF, numéro d'identification fiscale (DGI, since 2006): 15 digits, 20 for a secondary
  establishment. Sources: python-stdnum ``stdnum/dz/nif.py`` (2022, citing nifenligne.mfdgi.gov.dz
  and cnrcinfo.cnrc.dz); demarchesdz.com "numéro d'identification fiscale (NIF)". No check
  digit is published.
- NIS, numéro d'identification statistique (ONS, décret législatif 94-01 art. 20-22, décret
  exécutif 97-396; legal-doctrine.com "attribution du NIS"): digits only, 15 on the ONS
  certificates we could see (to confirm); no check digit published.
- AI, article d'imposition (the tax roll article, on invoices per décret exécutif 05-468): no
  published format; letters and digits, 3 to 20 (as a peer Algerian ERP accepts it).
- RC, registre de commerce (CNRC): two layouts are in use ("16/00-1234567 B 18": wilaya/00-serial,
  legal-form letter, year; older "98 B 0162554"): digits, the legal-form letter, and "/", "-" or
  spaces; at least 5 digits and one letter; no check published.

Morocco (MA)
- ICE, identifiant commun de l'entreprise (mandatory since LF 2016; OMPIC/ice.gov.ma guide as
  quoted by clubdesmarques.ma and python-stdnum ``stdnum/ma/ice.py``): 15 digits, 9 for the
  company, 4 for the establishment, 2 "control characters". The control algorithm is not
  published; the real ICEs we found (001561191000066 and 002136093000040 in python-stdnum's
  doctests, 003677364000081 on a company's public page) are multiples of 97, the official
  placeholder 123456789000057 is not, so :func:`ice_key_consistent` is offered as a warning
  only, never a refusal.
- IF, identifiant fiscal (DGI): digits, up to 8 (CGI art. 145-III asks for it on invoices).
- RC: the number at the commercial court's register, digits (shape only).

Tunisia (TN)
- Matricule fiscal (Code de la TVA art. 18; python-stdnum ``stdnum/tn/mf.py`` citing
  futurexpert.tn and registre-entreprises.tn; TEIF v1.8.9 accepts 8 or 13 characters):
  7 digits + control letter (any letter but I, O, U), then the code TVA (A, P, B, D, N), the
  catégorie (M, P, C, N, E) and a 3-digit établissement number (000, or the catégorie is E).
  Written 1234567/A/B/C/000 or 1234567A. The control letter's computation is not published:
  only its alphabet is checked.
- RC (registre national des entreprises): a letter then letters or digits, e.g. B0123456789
  (shape only).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from erp_desktop.kernel.errors import ValidationError


class LegalIdKind(StrEnum):
    DZ_NIF = "nif"
    DZ_NIS = "nis"
    DZ_AI = "ai"
    RC = "rc"  # every country
    MA_ICE = "ice"
    MA_IF = "if"
    TN_MF = "matricule_fiscal"


KINDS_BY_COUNTRY: dict[str, tuple[LegalIdKind, ...]] = {
    "DZ": (LegalIdKind.RC, LegalIdKind.DZ_NIF, LegalIdKind.DZ_NIS, LegalIdKind.DZ_AI),
    "MA": (LegalIdKind.MA_ICE, LegalIdKind.MA_IF, LegalIdKind.RC),
    "TN": (LegalIdKind.TN_MF, LegalIdKind.RC),
}

_SEPARATORS = re.compile(r"[\s./-]")
_MF_KEYS = frozenset("ABCDEFGHJKLMNPQRSTVWXYZ")  # every letter but I, O, U
_MF_TVA = frozenset("APBDN")
_MF_CATEGORY = frozenset("MPCNE")
_RC_SHAPE = {
    "DZ": re.compile(r"^(?=(?:[^0-9]*[0-9]){5})(?=.*[A-Z])[0-9A-Z/ -]{6,30}$"),
    "MA": re.compile(r"^[0-9]{1,8}$"),
    "TN": re.compile(r"^[A-Z][0-9A-Z]{5,15}$"),
}


@dataclass(frozen=True, slots=True)
class MatriculeFiscal:
    """Tunisia's matricule fiscal in its parts (the short form has no code TVA onwards)."""

    identifier: str  # 7 digits
    key: str  # the control letter
    vat_code: str = ""
    category: str = ""
    establishment: str = ""

    def __str__(self) -> str:
        if not self.vat_code:
            return f"{self.identifier}/{self.key}"
        return "/".join(
            (self.identifier, self.key, self.vat_code, self.category, self.establishment)
        )


def _refuse(country: str, kind: LegalIdKind, value: str) -> ValidationError:
    return ValidationError(
        "receivables.invalid_legal_id", country=country, kind=str(kind), value=value
    )


def _digits(value: str) -> str:
    return _SEPARATORS.sub("", value)


def parse_matricule_fiscal(value: str) -> MatriculeFiscal:
    """The parts of a Tunisian matricule fiscal, or ``receivables.invalid_legal_id``."""
    compact = _SEPARATORS.sub("", value).upper()
    head = re.match(r"^([0-9]{1,7})(.*)$", compact)
    if head is None:
        raise _refuse("TN", LegalIdKind.TN_MF, value)
    compact = head.group(1).zfill(7) + head.group(2)
    if len(compact) not in (8, 13) or compact[7] not in _MF_KEYS:
        raise _refuse("TN", LegalIdKind.TN_MF, value)
    if len(compact) == 8:
        return MatriculeFiscal(compact[:7], compact[7])
    vat, category, establishment = compact[8], compact[9], compact[10:]
    if vat not in _MF_TVA or category not in _MF_CATEGORY or not establishment.isdigit():
        raise _refuse("TN", LegalIdKind.TN_MF, value)
    if establishment != "000" and category != "E":
        raise _refuse("TN", LegalIdKind.TN_MF, value)
    return MatriculeFiscal(compact[:7], compact[7], vat, category, establishment)


def ice_key_consistent(ice: str) -> bool:
    """Whether an ICE's last two digits look right (a multiple of 97): a warning, not a rule."""
    digits = _digits(ice)
    return digits.isdigit() and int(digits) % 97 == 0


def normalized_legal_id(country: str, kind: LegalIdKind | str, value: str) -> str:
    """``value`` in its stored form if it is a valid ``kind`` for ``country``, else a
    ``receivables.invalid_legal_id`` error {country, kind, value}."""
    kind = LegalIdKind(kind)
    if kind not in KINDS_BY_COUNTRY.get(country, ()):
        raise _refuse(country, kind, value)
    text = value.strip().upper()
    digits = _digits(text)
    ok: bool
    if kind is LegalIdKind.DZ_NIF:
        ok = digits.isdigit() and len(digits) in (15, 20)
    elif kind is LegalIdKind.DZ_NIS:
        ok = digits.isdigit() and len(digits) == 15
    elif kind is LegalIdKind.DZ_AI:
        ok = digits.isalnum() and digits.isascii() and 3 <= len(digits) <= 20
    elif kind is LegalIdKind.MA_ICE:
        ok = digits.isdigit() and len(digits) == 15
    elif kind is LegalIdKind.MA_IF:
        ok = digits.isdigit() and 1 <= len(digits) <= 8
    elif kind is LegalIdKind.TN_MF:
        return str(parse_matricule_fiscal(text))
    else:  # RC
        ok = _RC_SHAPE[country].match(text) is not None
        digits = text
    if not ok:
        raise _refuse(country, kind, value)
    return digits


def validated_legal_ids(country: str, ids: dict[str, str]) -> dict[str, str]:
    """Every identifier of a customer checked and normalized (empty values dropped)."""
    return {
        kind: normalized_legal_id(country, kind, value)
        for kind, value in sorted(ids.items())
        if value.strip()
    }
