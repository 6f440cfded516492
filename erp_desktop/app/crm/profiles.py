"""A customer's CRM profile and consent, edited at any site offline.

The profile's fields are stamped with the hybrid logical clock as the customer's are, so two
sites editing different fields both keep their edit and the same field keeps the newest
(``kernel.crm.profile_record``). Consent is a dated event per channel, appended and synced,
never a flag overwritten; a campaign to a customer who withdrew it (or never gave it) is
refused with its code (laws 18-07, 09-08 art. 10, 2004-63 art. 27: docs/crm.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from uuid import UUID

from erp_desktop.app.bridge import queue
from erp_desktop.app.changes import Changed, Done
from erp_desktop.app.context import Actor
from erp_desktop.app.crm.rows import CustomerRow
from erp_desktop.app.deps import Deps
from erp_desktop.app.ports import ReadView
from erp_desktop.app.records import CustomerInfo
from erp_desktop.kernel.crm.profile import (
    Channel,
    ConsentEvent,
    FieldType,
    Refusal,
    campaign_audience,
    check_campaign,
    consent_on,
)
from erp_desktop.kernel.crm.profile_record import (
    CUSTOM_FIELDS_SETTING,
    ProfileRecord,
    checked_edit,
    record_from,
)
from erp_desktop.kernel.errors import NotFound, ValidationError
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.permissions import Permission

PROFILE = "customer_profile"
CONSENT = "consent_event"


@dataclass(frozen=True, slots=True)
class CustomerProfileView:
    customer: CustomerInfo
    profile: ProfileRecord
    consents: tuple[ConsentEvent, ...]
    # channel -> the event that decides it (None: never asked)
    consent_by_channel: dict[Channel, ConsentEvent | None]


@dataclass(frozen=True, slots=True)
class CampaignPlan:
    channel: Channel
    allowed: tuple[UUID, ...]
    refused: tuple[Refusal, ...]


def known_customer(tx: ReadView, customer_id: UUID) -> CustomerInfo:
    """The customer, or ``crm.unknown_customer`` (a NotFound)."""
    try:
        return tx.customers.customer(customer_id)
    except NotFound:
        raise NotFound("crm.unknown_customer", customer=str(customer_id)) from None


def custom_field_schema(tx: ReadView) -> dict[str, FieldType]:
    return {
        str(k): FieldType(v) for k, v in dict(tx.org.setting(CUSTOM_FIELDS_SETTING) or {}).items()
    }


def profile_of(tx: ReadView, customer_id: UUID) -> ProfileRecord:
    return tx.profiles.profile(customer_id) or ProfileRecord(customer_id)


def save_profile(deps: Deps, actor: Actor, customer_id: UUID, **edit: Any) -> Done[ProfileRecord]:
    """Edits the named profile fields (kind, language, phones, emails, addresses, tags,
    segments, custom); each edited field gets a new clock stamp."""
    actor.require(Permission.CRM_CUSTOMER_EDIT)
    with deps.store.transaction(actor.user_id) as tx:
        known_customer(tx, customer_id)
        values = checked_edit(edit, tx.org.company().country, custom_field_schema(tx))
        current = profile_of(tx, customer_id)
        stamp = deps.hlc.now().encode()
        merged = {**current.values(), **values}
        if "custom" in values:  # an edit of some custom fields keeps the others
            merged["custom"] = {**dict(current.custom), **values["custom"]}
            for key in edit.get("custom") or {}:
                if edit["custom"][key] in (None, ""):
                    merged["custom"].pop(key, None)
        clocks = {**dict(current.field_clocks), **dict.fromkeys(values, stamp)}
        record = record_from(customer_id, merged, clocks)
        tx.profiles.save_profile(record, deps.now())
        queue(
            deps,
            tx,
            PROFILE,
            customer_id,
            {"id": str(customer_id), "values": record.values(), "field_clocks": clocks},
            actor.user_id,
        )
    return Done(record, frozenset({Changed.CUSTOMERS, Changed.OUTBOX}))


def record_consent(
    deps: Deps, actor: Actor, customer_id: UUID, channel: Channel | str, given: bool, source: str
) -> Done[ConsentEvent]:
    """The customer gave or withdrew consent on ``channel``; ``source`` is the proof's place
    (the till, a signed form, a call)."""
    actor.require(Permission.CRM_CUSTOMER_EDIT)
    try:
        chosen = Channel(channel)
    except ValueError:
        raise ValidationError("common.invalid_value", field="channel", value=str(channel)) from None
    if not source.strip():
        raise ValidationError("common.required", field="source")
    with deps.store.transaction(actor.user_id) as tx:
        known_customer(tx, customer_id)
        now = deps.now()
        event = ConsentEvent(chosen, given, now, source.strip())
        event_id = new_id()
        site = tx.org.local_branch().code
        tx.profiles.add_consent(event_id, customer_id, event, site, now)
        queue(
            deps,
            tx,
            CONSENT,
            event_id,
            {
                "id": str(event_id),
                "customer_id": str(customer_id),
                "channel": str(chosen),
                "decision": "given" if given else "withdrawn",
                "at": now.isoformat(),
                "source": event.source,
                "site": site,
            },
            actor.user_id,
        )
    return Done(event, frozenset({Changed.CUSTOMERS, Changed.OUTBOX}))


def customer_profile(deps: Deps, actor: Actor, customer_id: UUID) -> CustomerProfileView:
    actor.require(Permission.CRM_CUSTOMER_VIEW)
    with deps.store.read() as tx:
        customer = known_customer(tx, customer_id)
        consents = tuple(tx.profiles.consents_of(customer_id))
        return CustomerProfileView(
            customer,
            profile_of(tx, customer_id),
            consents,
            {c: consent_on(consents, c) for c in Channel},
        )


def may_contact(deps: Deps, actor: Actor, customer_id: UUID, channel: Channel) -> None:
    """Refuses, with ``crm.no_consent`` or ``crm.consent_withdrawn``, contacting a customer
    on ``channel`` for a campaign."""
    actor.require(Permission.CRM_CUSTOMER_VIEW)
    with deps.store.read() as tx:
        known_customer(tx, customer_id)
        check_campaign(customer_id, tx.profiles.consents_of(customer_id), channel)


def plan_campaign(
    deps: Deps, actor: Actor, channel: Channel, customer_ids: list[UUID]
) -> CampaignPlan:
    """Who a campaign on ``channel`` may reach, and who it may not with the code of why."""
    actor.require(Permission.CRM_CUSTOMER_VIEW)
    with deps.store.read() as tx:
        audience = [(c, tx.profiles.consents_of(c)) for c in customer_ids]
    allowed, refused = campaign_audience(audience, channel)
    return CampaignPlan(channel, tuple(allowed), tuple(refused))


def customers_with_custom_field(
    deps: Deps, actor: Actor, key: str, value: Any, limit: int = 200
) -> list[CustomerInfo]:
    actor.require(Permission.CRM_CUSTOMER_VIEW)
    with deps.store.read() as tx:
        schema = custom_field_schema(tx)
        checked = checked_edit({"custom": {key: value}}, tx.org.company().country, schema)
        wanted = checked["custom"].get(key)
        return [tx.customers.customer(c) for c in tx.profiles.with_custom_field(key, wanted, limit)]


def customers_tagged(deps: Deps, actor: Actor, tag: str, limit: int = 200) -> list[CustomerInfo]:
    actor.require(Permission.CRM_CUSTOMER_VIEW)
    with deps.store.read() as tx:
        return [tx.customers.customer(c) for c in tx.profiles.with_tag(tag, limit)]


def customer_list(deps: Deps, actor: Actor, text: str = "", limit: int = 500) -> list[CustomerRow]:
    """The customer list (merged duplicates left out), by name, Arabic name or phone."""
    actor.require(Permission.CRM_CUSTOMER_VIEW)
    with deps.store.read() as tx:
        return tx.profiles.customer_rows(text, limit)
