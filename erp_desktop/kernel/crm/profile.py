"""A customer's profile as values: who they are, how to reach them, whether they agreed to.

Phones are kept in international form (E.164: ``+213551234567``) so the same number typed
"0551 23 45 67" at one till and "00213 551-234-567" at another is the same number (the
duplicate finder relies on it); :func:`national_format` shows it the way people write it.

Consent to be contacted is a list of dated events per channel (given or withdrawn, with the
source that recorded it), never a flag overwritten: the latest event of a channel decides,
and the history stays as proof. A campaign to a customer without a standing consent on its
channel is refused with a code. The three laws ask for prior consent and allow withdrawing it:
- Tunisia, organic law 2004-63 of 27 July 2004, art. 27: processing needs the express,
  written consent of the person, who may withdraw it at any time.
- Morocco, law 09-08 of 18 February 2009, art. 10: direct prospecting by automated call,
  fax, e-mail or a like technology is forbidden without the person's prior consent.
- Algeria, law 18-07 of 10 June 2018, art. 3 defines the consent of the person; its articles
  on prior consent and on direct prospecting were not checked against the published text
  here (see docs/crm.md).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any
from uuid import UUID

from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.text import normalize_for_search

# -- phones --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Plan:
    code: str  # the country calling code, without "+"
    trunk: bool  # national numbers start with a 0 dropped in international form
    lengths: frozenset[int]  # digits of the national significant number
    leading: str  # the first digit of a valid national significant number


PLANS: Mapping[str, _Plan] = {
    # Algeria: 0 + 9 digits for mobiles (5, 6, 7), 0 + 8 for fixed lines (2, 3, 4)
    "DZ": _Plan("213", True, frozenset({8, 9}), "234567"),
    # Morocco: 0 + 9 digits (5 fixed, 6 and 7 mobile, 8 fixed/VoIP)
    "MA": _Plan("212", True, frozenset({9}), "5678"),
    # Tunisia: 8 digits, no trunk 0 (2, 4, 5, 9 mobile; 3, 7 fixed)
    "TN": _Plan("216", False, frozenset({8}), "234579"),
}
_BY_CODE = {plan.code: country for country, plan in PLANS.items()}
_DIGITS_ONLY = re.compile(r"[\s\-./()\u00a0\u202f]")
_ARABIC_DIGITS = str.maketrans(
    {chr(base + i): str(i) for base in (0x0660, 0x06F0) for i in range(10)}
)


def normalize_phone(text: str, country: str) -> str:
    """``text`` as an E.164 number, read in ``country``'s national format unless it carries
    an international prefix (``+`` or ``00``) of one of the three countries."""
    if country not in PLANS:
        raise ValidationError("crm.unknown_phone_country", country=country)
    compact = _DIGITS_ONLY.sub("", (text or "").strip()).translate(_ARABIC_DIGITS)
    if not compact:
        raise ValidationError("crm.invalid_phone", phone=text, country=country)
    plan = PLANS[country]
    if compact.startswith("+") or compact.startswith("00"):
        international = compact[1:] if compact.startswith("+") else compact[2:]
        owner = next((c for code, c in _BY_CODE.items() if international.startswith(code)), None)
        if owner is None:
            raise ValidationError("crm.invalid_phone", phone=text, country=country)
        plan = PLANS[owner]
        national = international[len(plan.code) :]
        if plan.trunk and national.startswith("0"):
            national = national[1:]  # "+213 (0)5..." as printed on cards
    else:
        national = compact
        if plan.trunk:
            if not national.startswith("0"):
                raise ValidationError("crm.invalid_phone", phone=text, country=country)
            national = national[1:]
    if (
        not national.isdigit()
        or len(national) not in plan.lengths
        or national[0] not in plan.leading
        or (plan.code == "213" and len(national) == 9 and national[0] not in "567")
        or (plan.code == "213" and len(national) == 8 and national[0] not in "234")
    ):
        raise ValidationError("crm.invalid_phone", phone=text, country=country)
    return f"+{plan.code}{national}"


def phone_country(e164: str) -> str:
    return next(c for code, c in _BY_CODE.items() if e164.startswith("+" + code))


def national_format(e164: str) -> str:
    """The number as people write it: ``0551 23 45 67`` (DZ mobile), ``021 23 45 67`` (DZ
    fixed), ``06 12 34 56 78`` (MA), ``20 123 456`` (TN)."""
    country = phone_country(e164)
    national = e164[1 + len(PLANS[country].code) :]
    if country == "TN":
        return f"{national[:2]} {national[2:5]} {national[5:]}"
    digits = "0" + national
    if country == "DZ" and len(digits) == 10:
        return f"{digits[:4]} {digits[4:6]} {digits[6:8]} {digits[8:]}"
    if country == "DZ":
        return f"{digits[:3]} {digits[3:5]} {digits[5:7]} {digits[7:]}"
    return " ".join(digits[i : i + 2] for i in range(0, 10, 2))


# -- consent -------------------------------------------------------------------------------


class Channel(StrEnum):
    SMS = "sms"
    EMAIL = "email"
    CALL = "call"
    WHATSAPP = "whatsapp"
    POST = "post"


@dataclass(frozen=True, slots=True)
class ConsentEvent:
    """The customer gave (``given``) or withdrew their agreement to be contacted on
    ``channel`` at ``at``; ``source`` says where it was recorded (till, signed form,
    website, phone call) so it can be shown as proof."""

    channel: Channel
    given: bool
    at: datetime
    source: str


def consent_on(events: Iterable[ConsentEvent], channel: Channel) -> ConsentEvent | None:
    """The event that decides ``channel``: the latest (a withdrawal wins a tie)."""
    mine = [e for e in events if e.channel == channel]
    return max(mine, key=lambda e: (e.at, not e.given)) if mine else None


def check_campaign(customer_id: UUID, events: Iterable[ConsentEvent], channel: Channel) -> None:
    """Refuses, with a code, a campaign on ``channel`` to a customer who did not agree to
    it or withdrew their agreement (laws 18-07, 09-08 art. 10, 2004-63 art. 27)."""
    decisive = consent_on(events, channel)
    if decisive is None:
        raise ValidationError("crm.no_consent", customer=str(customer_id), channel=str(channel))
    if not decisive.given:
        raise ValidationError(
            "crm.consent_withdrawn",
            customer=str(customer_id),
            channel=str(channel),
            on=decisive.at.date().isoformat(),
        )


@dataclass(frozen=True, slots=True)
class Refusal:
    customer_id: UUID
    code: str


def campaign_audience(
    customers: Iterable[tuple[UUID, Iterable[ConsentEvent]]], channel: Channel
) -> tuple[list[UUID], list[Refusal]]:
    """Who a campaign may reach, and who it may not with the code of why."""
    allowed: list[UUID] = []
    refused: list[Refusal] = []
    for customer_id, events in customers:
        try:
            check_campaign(customer_id, events, channel)
        except ValidationError as err:
            refused.append(Refusal(customer_id, err.code))
        else:
            allowed.append(customer_id)
    return allowed, refused


# -- custom fields (the metadata column) ----------------------------------------------------


class FieldType(StrEnum):
    STR = "str"
    INT = "int"
    DECIMAL = "decimal"
    DATE = "date"
    BOOL = "bool"


_KEY = re.compile(r"^[a-z][a-z0-9_]{0,39}$")


def validate_metadata(
    values: Mapping[str, Any], schema: Mapping[str, FieldType]
) -> dict[str, str | int | bool]:
    """``values`` checked against the declared custom fields, JSON-ready: keys are lower-case
    identifiers (at most 40 characters) declared in ``schema``; decimals and dates travel as
    text (never a float); an empty value removes the field."""
    out: dict[str, str | int | bool] = {}
    for key, value in values.items():
        if not isinstance(key, str) or not _KEY.match(key):
            raise ValidationError("crm.invalid_metadata_key", key=str(key))
        kind = schema.get(key)
        if kind is None:
            raise ValidationError("crm.unknown_metadata_key", key=key)
        if value is None or value == "":
            continue
        out[key] = _checked(key, value, kind)
    return out


def _checked(key: str, value: Any, kind: FieldType) -> str | int | bool:
    def bad() -> ValidationError:
        return ValidationError("crm.invalid_metadata_value", key=key, value=str(value), type=kind)

    if kind is FieldType.BOOL:
        if not isinstance(value, bool):
            raise bad()
        return value
    if kind is FieldType.INT:
        if isinstance(value, bool) or not isinstance(value, int):
            raise bad()
        return value
    if kind is FieldType.DECIMAL:
        if isinstance(value, bool | float) or not isinstance(value, Decimal | int | str):
            raise bad()
        try:
            number = Decimal(str(value).strip())
        except InvalidOperation:
            raise bad() from None
        if not number.is_finite():
            raise bad()
        return str(number)
    if kind is FieldType.DATE:
        if isinstance(value, datetime):
            raise bad()
        if isinstance(value, date):
            return value.isoformat()
        try:
            return date.fromisoformat(str(value)).isoformat()
        except ValueError:
            raise bad() from None
    if not isinstance(value, str) or len(value) > 500:
        raise bad()
    return value.strip()


# -- the profile ----------------------------------------------------------------------------


class CustomerKind(StrEnum):
    INDIVIDUAL = "individual"
    BUSINESS = "business"


LANGUAGES = ("fr", "ar", "en")


@dataclass(frozen=True, slots=True)
class Address:
    label: str  # "home", "delivery", "head office"...
    line: str
    city: str
    country: str
    postal_code: str = ""


@dataclass(frozen=True, slots=True)
class CustomerProfile:
    id: UUID
    kind: CustomerKind
    name: str
    name_ar: str = ""
    # legal identifiers of a business (NIF/RC in DZ, ICE in MA, matricule fiscal in TN),
    # or an individual's national id when given: scheme -> value
    legal_ids: Mapping[str, str] = field(default_factory=dict)
    phones: tuple[str, ...] = ()  # E.164
    emails: tuple[str, ...] = ()
    addresses: tuple[Address, ...] = ()
    tags: frozenset[str] = frozenset()
    segments: frozenset[str] = frozenset()
    language: str = "fr"
    consents: tuple[ConsentEvent, ...] = ()
    metadata: Mapping[str, str | int | bool] = field(default_factory=dict)


def normalize_legal_id(value: str) -> str:
    """A legal identifier compared without spaces, dots, dashes or case."""
    return re.sub(r"[^0-9A-Za-z]", "", normalize_for_search(value)).upper()


def compacted_legal_ids(tax_id: str, legal_ids: Mapping[str, str] | str) -> tuple[str, ...]:
    """Every legal identifier a customer carries, compacted for the duplicate finder: the
    till's ``tax_id`` and each of a business customer's legal ids (NIF, NIS, RC, AI, ICE, IF,
    matricule fiscal: ``legal_ids`` as a mapping or its canonical JSON), once each. The kind
    is left out on purpose: "16/00-1234567 B 18" typed as the tax id at the till and the
    same RC in the business record are one identifier."""
    found = json.loads(legal_ids) if isinstance(legal_ids, str) and legal_ids else legal_ids
    values = [tax_id, *(str(v) for v in dict(found or {}).values())]
    return tuple(dict.fromkeys(c for c in (normalize_legal_id(v) for v in values if v) if c))


def make_profile(
    id: UUID,
    kind: CustomerKind | str,
    name: str,
    country: str,
    *,
    name_ar: str = "",
    legal_ids: Mapping[str, str] | None = None,
    phones: Sequence[str] = (),
    emails: Sequence[str] = (),
    addresses: Sequence[Address] = (),
    tags: Iterable[str] = (),
    segments: Iterable[str] = (),
    language: str = "fr",
    consents: Sequence[ConsentEvent] = (),
    metadata: Mapping[str, Any] | None = None,
    metadata_schema: Mapping[str, FieldType] | None = None,
) -> CustomerProfile:
    """A profile from what was typed: phones read in ``country``'s format (duplicates
    dropped), tags and segments folded to lower case, custom fields checked."""
    if not (name.strip() or name_ar.strip()):
        raise ValidationError("common.required", field="name")
    if language not in LANGUAGES:
        raise ValidationError("crm.invalid_language", language=language)
    numbers = tuple(dict.fromkeys(normalize_phone(p, country) for p in phones if p.strip()))
    return CustomerProfile(
        id=id,
        kind=CustomerKind(kind),
        name=name.strip(),
        name_ar=name_ar.strip(),
        legal_ids={k: normalize_legal_id(v) for k, v in (legal_ids or {}).items() if v.strip()},
        phones=numbers,
        emails=tuple(dict.fromkeys(e.strip().lower() for e in emails if e.strip())),
        addresses=tuple(addresses),
        tags=frozenset(t.strip().lower() for t in tags if t.strip()),
        segments=frozenset(s.strip().lower() for s in segments if s.strip()),
        language=language,
        consents=tuple(consents),
        metadata=validate_metadata(metadata or {}, metadata_schema or {}),
    )
