"""A customer's profile as it is stored and synced: JSON-ready fields, each with the hybrid
logical clock of its last edit, merged field by field like the customer's own fields
(``kernel.crm.customers``): the newest edit of each field wins, wherever it was made.

The profile sits beside the customer (same id), never inside it: the customer's name,
phone and legal identifiers stay the customer's fields; the profile adds what CRM needs
(kind, every phone and address, tags, segments, language, custom fields). Consent is not
a profile field: it is a list of dated events (``consent_events``), never overwritten.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from erp_desktop.kernel.crm.profile import (
    LANGUAGES,
    Address,
    CustomerKind,
    FieldType,
    normalize_phone,
    validate_metadata,
)
from erp_desktop.kernel.errors import ValidationError

PROFILE_FIELDS = (
    "kind",
    "language",
    "phones",
    "emails",
    "addresses",
    "tags",
    "segments",
    "custom",
)

CUSTOM_FIELDS_SETTING = "customer_fields"  # key -> FieldType, the shop's declared fields


@dataclass(frozen=True, slots=True)
class ProfileRecord:
    customer_id: UUID
    kind: str = CustomerKind.INDIVIDUAL.value
    language: str = "fr"
    phones: tuple[str, ...] = ()  # E.164
    emails: tuple[str, ...] = ()
    addresses: tuple[Address, ...] = ()
    tags: tuple[str, ...] = ()
    segments: tuple[str, ...] = ()
    custom: Mapping[str, str | int | bool] = field(default_factory=dict)
    field_clocks: Mapping[str, str] = field(default_factory=dict)

    def values(self) -> dict[str, Any]:
        """The fields in their JSON form (what is stored, sent and merged)."""
        return {
            "kind": self.kind,
            "language": self.language,
            "phones": list(self.phones),
            "emails": list(self.emails),
            "addresses": [
                {
                    "label": a.label,
                    "line": a.line,
                    "city": a.city,
                    "country": a.country,
                    "postal_code": a.postal_code,
                }
                for a in self.addresses
            ],
            "tags": list(self.tags),
            "segments": list(self.segments),
            "custom": dict(self.custom),
        }


def record_from(
    customer_id: UUID, values: Mapping[str, Any], clocks: Mapping[str, str]
) -> ProfileRecord:
    """The record a stored row or a payload holds (fields it lacks take their default)."""
    return ProfileRecord(
        customer_id=customer_id,
        kind=str(values.get("kind") or CustomerKind.INDIVIDUAL.value),
        language=str(values.get("language") or "fr"),
        phones=tuple(values.get("phones") or ()),
        emails=tuple(values.get("emails") or ()),
        addresses=tuple(
            Address(
                str(a.get("label", "")),
                str(a.get("line", "")),
                str(a.get("city", "")),
                str(a.get("country", "")),
                str(a.get("postal_code", "")),
            )
            for a in values.get("addresses") or ()
        ),
        tags=tuple(values.get("tags") or ()),
        segments=tuple(values.get("segments") or ()),
        custom=dict(values.get("custom") or {}),
        field_clocks=dict(clocks),
    )


def checked_edit(
    edit: Mapping[str, Any], country: str, schema: Mapping[str, FieldType]
) -> dict[str, Any]:
    """The fields of an edit, checked and made JSON-ready: phones read in ``country``'s
    format (duplicates dropped), tags and segments folded to lower case, custom fields
    checked against the shop's declared fields. Unknown fields are refused."""
    unknown = set(edit) - set(PROFILE_FIELDS)
    if unknown:
        raise ValidationError("common.invalid_value", field=sorted(unknown)[0], value="unknown")
    out: dict[str, Any] = {}
    for name, value in edit.items():
        if name == "kind":
            try:
                out[name] = CustomerKind(value).value
            except ValueError:
                raise ValidationError(
                    "common.invalid_value", field="kind", value=str(value)
                ) from None
        elif name == "language":
            if value not in LANGUAGES:
                raise ValidationError("crm.invalid_language", language=str(value))
            out[name] = value
        elif name == "phones":
            out[name] = list(
                dict.fromkeys(normalize_phone(p, country) for p in _texts(value) if p.strip())
            )
        elif name == "emails":
            out[name] = list(dict.fromkeys(e.strip().lower() for e in _texts(value) if e.strip()))
        elif name in ("tags", "segments"):
            out[name] = sorted({t.strip().lower() for t in _texts(value) if t.strip()})
        elif name == "addresses":
            out[name] = [
                ProfileRecord(UUID(int=0), addresses=(a,)).values()["addresses"][0]
                for a in value
                if isinstance(a, Address) and (a.line.strip() or a.city.strip())
            ]
        else:  # custom
            out[name] = validate_metadata(dict(value), schema)
    return out


def _texts(value: Any) -> Sequence[str]:
    if isinstance(value, str) or not isinstance(value, Sequence):
        raise ValidationError("common.invalid_value", field="list", value=str(value))
    return [str(v) for v in value]


def merge_profile(
    current: Mapping[str, Any],
    current_clocks: Mapping[str, str],
    incoming: Mapping[str, Any],
    incoming_clocks: Mapping[str, str],
) -> tuple[dict[str, Any], dict[str, str]]:
    """Field by field, the value with the greater clock (equal clocks are the same edit)."""
    values: dict[str, Any] = {}
    clocks: dict[str, str] = {}
    for name in PROFILE_FIELDS:
        mine, theirs = current_clocks.get(name, ""), incoming_clocks.get(name, "")
        if theirs > mine:
            values[name], clocks[name] = incoming.get(name), theirs
        else:
            values[name] = current.get(name)
            if mine:
                clocks[name] = mine
    defaults = ProfileRecord(UUID(int=0)).values()
    return {k: defaults[k] if v is None else v for k, v in values.items()}, clocks
