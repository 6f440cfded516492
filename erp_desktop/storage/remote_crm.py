"""CRM's part of what comes down (pull): every site's point movements, customers'
profiles and consent events, what documents said of customers, interactions,
opportunities and the merges of duplicates decided at head office. Spread into
``storage.remote``'s ``APPLIERS`` and ``CHANGES``.

Appended records (movements, consents, documents, merges) are written once by id; the
records edited at several sites (profiles, interactions, opportunities) are the server's
merge merged again with this replica's copy, field by field by clock, so an edit made here
and not yet pushed stays.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any
from uuid import UUID

from sqlalchemy import Connection
from sqlalchemy.dialects.sqlite import insert

from erp_desktop.app.changes import Changed, Changes
from erp_desktop.kernel.crm.field_merge import INTERACTION_FIELDS, OPPORTUNITY_FIELDS, merge_fields
from erp_desktop.kernel.crm.interactions import (
    ComplaintStatus,
    Interaction,
    InteractionKind,
    Opportunity,
    Stage,
)
from erp_desktop.kernel.crm.loyalty import PointMovement
from erp_desktop.kernel.crm.profile import Channel, ConsentEvent
from erp_desktop.kernel.crm.profile_record import PROFILE_FIELDS, merge_profile, record_from
from erp_desktop.kernel.crm.timeline import CustomerDocument
from erp_desktop.kernel.documents.fields import values_from
from erp_desktop.kernel.money import Money
from erp_desktop.storage.repositories.history import HistoryRepository
from erp_desktop.storage.repositories.interactions import InteractionsRepository, interaction_row
from erp_desktop.storage.repositories.org import write_setting
from erp_desktop.storage.repositories.pipeline import (
    PipelineRepository,
    lines_from_json,
    opportunity_row,
)
from erp_desktop.storage.repositories.profiles import ProfilesRepository
from erp_desktop.storage.tables.crm import loyalty_movements
from erp_desktop.storage.tables.declared import row_of


def _id(value: Any) -> UUID | None:
    return UUID(str(value)) if value else None


def _loyalty_movement(conn: Connection, p: Mapping[str, Any], now: datetime) -> None:
    """A point movement of any site (this one's own comes back too): appended once."""
    movement = PointMovement(**values_from(PointMovement, p, "", wire=True))
    statement = insert(loyalty_movements).on_conflict_do_nothing(index_elements=["id"])
    conn.execute(
        statement,
        {**row_of(movement), "created_at": now, "updated_at": now, "deleted_at": None},
    )


def _customer_profile(conn: Connection, p: Mapping[str, Any], now: datetime) -> None:
    """The server's merge of a profile, merged again with this replica's copy (an edit made
    here and not yet pushed is newer and stays)."""
    customer_id = UUID(str(p["id"]))
    incoming = {**{f: p.get(f) for f in PROFILE_FIELDS}, "custom": p.get("metadata") or {}}
    repository = ProfilesRepository(conn)
    current = repository.profile(customer_id)
    if current is None:
        values, clocks = merge_profile({}, {}, incoming, dict(p["field_clocks"]))
    else:
        values, clocks = merge_profile(
            current.values(), current.field_clocks, incoming, dict(p["field_clocks"])
        )
    repository.save_profile(record_from(customer_id, values, clocks), now)


def _consent_event(conn: Connection, p: Mapping[str, Any], now: datetime) -> None:
    at = p["at"] if isinstance(p["at"], datetime) else datetime.fromisoformat(str(p["at"]))
    event = ConsentEvent(Channel(p["channel"]), p["decision"] == "given", at, str(p["source"]))
    ProfilesRepository(conn).add_consent(
        UUID(str(p["id"])), UUID(str(p["customer_id"])), event, str(p["site"]), now
    )


def _customer_document(conn: Connection, p: Mapping[str, Any], now: datetime) -> None:
    """What a document of any site said about its customer: appended once."""
    document = CustomerDocument(**values_from(CustomerDocument, p, "", wire=True))
    HistoryRepository(conn).add_documents([document], now)


def _clocked(
    fields: tuple[str, ...],
    local: tuple[dict[str, Any], dict[str, str]] | None,
    p: Mapping[str, Any],
) -> tuple[dict[str, Any], dict[str, str]]:
    incoming = {f: p.get(f) for f in fields}
    if local is None:
        return incoming, dict(p["field_clocks"])
    return merge_fields(fields, local[0], local[1], incoming, dict(p["field_clocks"]))


def _interaction(conn: Connection, p: Mapping[str, Any], now: datetime) -> None:
    """The server's merge of an interaction, merged again with this replica's copy."""
    repository = InteractionsRepository(conn)
    interaction_id = UUID(str(p["id"]))
    held = repository.interaction(interaction_id)
    local = None
    if held is not None:
        row = interaction_row(held)
        local = ({f: row[f] for f in INTERACTION_FIELDS}, repository.interaction_clocks(held.id))
    values, clocks = _clocked(INTERACTION_FIELDS, local, p)
    at = p["at"] if isinstance(p["at"], datetime) else datetime.fromisoformat(str(p["at"]))
    repository.save_interaction(
        Interaction(
            interaction_id,
            UUID(str(p["customer_id"])),
            InteractionKind(p["kind"]),
            at,
            str(values["owner"]),
            str(p["site"]),
            str(values["text"]),
            date.fromisoformat(str(values["follow_up_on"])) if values["follow_up_on"] else None,
            ComplaintStatus(values["status"]) if values["status"] else None,
        ),
        clocks,
        now,
    )


def _opportunity(conn: Connection, p: Mapping[str, Any], now: datetime) -> None:
    """The server's merge of an opportunity, merged again with this replica's copy."""
    repository = PipelineRepository(conn)
    opportunity_id = UUID(str(p["id"]))
    held = repository.opportunity(opportunity_id)
    local = None
    if held is not None:
        row = {**opportunity_row(held), "quote_id": repository.quote_of(held.id)}
        row["quote_id"] = str(row["quote_id"]) if row["quote_id"] else None
        local = ({f: row[f] for f in OPPORTUNITY_FIELDS}, repository.opportunity_clocks(held.id))
    v, clocks = _clocked(OPPORTUNITY_FIELDS, local, p)
    repository.save_opportunity(
        Opportunity(
            opportunity_id,
            UUID(str(p["customer_id"])),
            str(v["title"]),
            str(v["owner"]),
            Stage(v["stage"]),
            Money.from_minor(int(v["expected_minor"]), str(v["currency"])),
            date.fromisoformat(str(v["expected_on"])),
            str(v["next_activity"]),
            date.fromisoformat(str(v["next_activity_on"])) if v["next_activity_on"] else None,
            lines_from_json(v["lines"]),
        ),
        clocks,
        UUID(str(v["quote_id"])) if v["quote_id"] else None,
        now,
    )


def _customer_merge(conn: Connection, p: Mapping[str, Any], now: datetime) -> None:
    """A duplicate head office merged: this replica reads its history under the kept one
    (its points come down as the merge's transfer movements)."""
    at = p["at"] if isinstance(p["at"], datetime) else datetime.fromisoformat(str(p["at"]))
    HistoryRepository(conn).add_merge(
        UUID(str(p["id"])),
        UUID(str(p["merged_id"])),
        UUID(str(p["kept_id"])),
        at,
        _id(p.get("decided_by")),
        str(p["reason"]),
        now,
    )


def _crm_setting(conn: Connection, p: Mapping[str, Any], now: datetime) -> None:
    """Head office's loyalty programme or custom fields: the site's setting replaced."""
    write_setting(conn, str(p["key"]), dict(p["document"]), now)


CRM_APPLIERS: dict[str, Callable[[Connection, Mapping[str, Any], datetime], None]] = {
    "loyalty_movement": _loyalty_movement,
    "customer_profile": _customer_profile,
    "consent_event": _consent_event,
    "customer_document": _customer_document,
    "interaction": _interaction,
    "opportunity": _opportunity,
    "customer_merge": _customer_merge,
    "crm_setting": _crm_setting,
}

CRM_CHANGES: dict[str, Changes] = {
    entity: frozenset({Changed.CUSTOMERS}) for entity in CRM_APPLIERS
}
