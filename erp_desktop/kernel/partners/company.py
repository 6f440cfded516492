"""The company's own record as invoices and payslips print it, checked before it is kept.

Head office keys the company's mentions on the server (``erp-sync-server company set``) and
every branch receives them in the company's payload; a shop that runs alone types them in
its first-run wizard. Both check them here, with the rules a business customer's
identifiers follow (:mod:`erp_desktop.kernel.partners.legal_ids`):

- the texts (legal form, activity, address, phone, in Latin and Arabic script) are trimmed
  and kept within the replica's column lengths; an address, once given, cannot be emptied
  (every invoice and payslip must carry it: ``printing/legal.py``, ``printing/payslip.py``);
- the share capital is typed in the company currency's major units (``1000000`` or
  ``1000000.00`` DA) and kept in minor units; it is positive;
- identifiers are keyed as the invoice prints them (RC, NIF, NIS, AI; ICE, IF, RC, Patente,
  CNSS; MF, RC). Those the kernel knows a rule for are normalized by it; the employer's
  affiliation number with the social fund (CNAS in Algeria, CNSS in Morocco and Tunisia) and
  Morocco's taxe professionnelle number have no published layout we could find, so only
  their shape is checked (digits with the usual separators, 5 to 20 of them; letters and
  digits for the TP), which refuses a typo such as a letter in a CNAS number and no real one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from erp_desktop.kernel.currency import MINOR_UNITS
from erp_desktop.kernel.errors import ErpError, ValidationError
from erp_desktop.kernel.partners.legal_ids import KINDS_BY_COUNTRY, normalized_legal_id

# What an invoice says of its seller beside its name and identifiers, with the most
# characters each may hold (the replica's columns: erp_desktop/storage/tables/org.py).
TEXT_MENTIONS: dict[str, int] = {
    "legal_form": 40,
    "legal_form_ar": 40,
    "activity": 200,
    "activity_ar": 200,
    "address": 300,
    "address_ar": 300,
    "phone": 40,
}
CAPITAL = "capital_minor"

# The company record keeps its identifiers under the keys its invoices print them with.
COMPANY_ID_KEYS: dict[str, str] = {
    "rc": "RC",
    "nif": "NIF",
    "nis": "NIS",
    "ai": "AI",
    "ice": "ICE",
    "if": "IF",
    "matricule_fiscal": "MF",
}
# The employer's social fund per country (its affiliation number is a company identifier).
EMPLOYER_FUNDS: dict[str, str] = {"DZ": "CNAS", "MA": "CNSS", "TN": "CNSS"}
# Identifiers without a kernel rule, each with the shape checked instead.
_FUND_NUMBER = re.compile(r"^(?=(?:\D*\d){5,20}\D*$)[0-9][0-9 ./-]*[0-9]$")
_TP_NUMBER = re.compile(r"^[0-9A-Z]{1,20}$")


@dataclass(frozen=True, slots=True)
class CompanyDetails:
    """What an operator asks to change: only the fields given (None: left as it is)."""

    texts: Mapping[str, str] = field(default_factory=dict)  # TEXT_MENTIONS' names
    capital: str | None = None  # in major units, as typed
    legal_ids: Mapping[str, str] = field(default_factory=dict)  # by invoice key: RC, CNAS...

    def is_empty(self) -> bool:
        return not self.texts and self.capital is None and not self.legal_ids


@dataclass(frozen=True, slots=True)
class CheckedDetails:
    """The changes in their stored form: mention columns, and identifiers to merge."""

    mentions: dict[str, object]
    legal_ids: dict[str, str]


def _texts(texts: Mapping[str, str]) -> tuple[dict[str, object], list[ErpError]]:
    kept: dict[str, object] = {}
    problems: list[ErpError] = []
    for name, value in texts.items():
        if name not in TEXT_MENTIONS:
            problems.append(ValidationError("common.invalid_value", field="mention", value=name))
            continue
        value = value.strip()
        if name == "address" and not value:
            problems.append(ValidationError("common.required", field="address"))
        elif len(value) > TEXT_MENTIONS[name]:
            problems.append(ValidationError("common.invalid_value", field=name, value=value))
        else:
            kept[name] = value
    return kept, problems


def capital_minor(currency: str, typed: str) -> int:
    """The share capital ``typed`` in major units, in minor units of ``currency``."""
    decimals = MINOR_UNITS.get(currency, 2)
    try:
        amount = Decimal(typed.strip().replace(" ", "").replace(",", "."))
    except InvalidOperation:
        raise ValidationError("common.invalid_value", field="capital", value=typed) from None
    minor = amount.scaleb(decimals)
    if not amount.is_finite() or amount <= 0 or minor != minor.to_integral_value():
        raise ValidationError("common.invalid_value", field="capital", value=typed)
    return int(minor)


def _identifier(country: str, key: str, value: str) -> str:
    kinds = {COMPANY_ID_KEYS[str(kind)]: kind for kind in KINDS_BY_COUNTRY.get(country, ())}
    text = value.strip().upper()
    if not text:
        raise ValidationError("common.required", field=key)
    if key in kinds:
        return normalized_legal_id(country, kinds[key], text)
    if key == EMPLOYER_FUNDS.get(country):
        if _FUND_NUMBER.match(text) is None:
            raise ValidationError("common.invalid_value", field=key, value=value)
        return text
    if key == "PATENTE" and country == "MA":
        if _TP_NUMBER.match(re.sub(r"[\s./-]", "", text)) is None:
            raise ValidationError("common.invalid_value", field="Patente", value=value)
        return text
    raise ValidationError("common.invalid_value", field="legal_id", value=key)


def _identifiers(country: str, typed: Mapping[str, str]) -> tuple[dict[str, str], list[ErpError]]:
    kept: dict[str, str] = {}
    problems: list[ErpError] = []
    for key, value in typed.items():
        upper = key.strip().upper()
        try:
            kept["Patente" if upper == "PATENTE" else upper] = _identifier(country, upper, value)
        except ErpError as error:
            problems.append(error)
    return kept, problems


def check_company_details(
    country: str, currency: str, details: CompanyDetails
) -> tuple[CheckedDetails, list[ErpError]]:
    """``details`` in their stored form, and every problem found in them (all at once)."""
    mentions, problems = _texts(details.texts)
    if details.capital is not None:
        try:
            mentions[CAPITAL] = capital_minor(currency, details.capital)
        except ErpError as error:
            problems.append(error)
    legal_ids, id_problems = _identifiers(country, details.legal_ids)
    return CheckedDetails(mentions, legal_ids), problems + id_problems
