"""Customers' profiles and consent events as the server keeps them, and the search by
custom field through the GIN index of ``crm.customer_profiles.metadata``."""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, text

# the profile's fields on the wire and the server's columns ("custom" is `metadata`)
COLUMNS = {
    "kind": "kind",
    "language": "language",
    "phones": "phones",
    "emails": "emails",
    "addresses": "addresses",
    "tags": "tags",
    "segments": "segments",
    "custom": "metadata",
}
_JSON = ("phones", "emails", "addresses", "tags", "segments", "custom")


def profile_for_update(
    conn: Connection, customer_id: UUID
) -> tuple[dict[str, Any], dict[str, str]] | None:
    row = (
        conn.execute(
            text(
                "SELECT kind, language, phones, emails, addresses, tags, segments, "
                "metadata AS custom, field_clocks FROM crm.customer_profiles "
                "WHERE id = :id FOR UPDATE"
            ),
            {"id": customer_id},
        )
        .mappings()
        .first()
    )
    if row is None:
        return None
    return {k: row[k] for k in COLUMNS}, dict(row["field_clocks"])


def save_profile(
    conn: Connection,
    customer_id: UUID,
    values: Mapping[str, Any],
    clocks: Mapping[str, str],
    exists: bool,
) -> None:
    params = {
        "id": customer_id,
        **{k: json.dumps(values[k]) if k in _JSON else values[k] for k in COLUMNS},
        "clocks": json.dumps(dict(clocks)),
    }
    if exists:
        conn.execute(
            text(
                "UPDATE crm.customer_profiles SET kind = :kind, language = :language, "
                "phones = CAST(:phones AS jsonb), emails = CAST(:emails AS jsonb), "
                "addresses = CAST(:addresses AS jsonb), tags = CAST(:tags AS jsonb), "
                "segments = CAST(:segments AS jsonb), metadata = CAST(:custom AS jsonb), "
                "field_clocks = CAST(:clocks AS jsonb), updated_at = now() WHERE id = :id"
            ),
            params,
        )
    else:
        conn.execute(
            text(
                "INSERT INTO crm.customer_profiles (id, kind, language, phones, emails, "
                "addresses, tags, segments, metadata, field_clocks) VALUES (:id, :kind, "
                ":language, CAST(:phones AS jsonb), CAST(:emails AS jsonb), "
                "CAST(:addresses AS jsonb), CAST(:tags AS jsonb), CAST(:segments AS jsonb), "
                "CAST(:custom AS jsonb), CAST(:clocks AS jsonb))"
            ),
            params,
        )


def insert_consent(
    conn: Connection, branch_id: UUID, p: Mapping[str, Any], actor: UUID | None
) -> None:
    conn.execute(
        text(
            "INSERT INTO crm.consent_events (id, customer_id, channel, decision, at, source, "
            "site, branch_id, actor_id) VALUES (:id, :customer_id, :channel, :decision, :at, "
            ":source, :site, :branch, :actor) ON CONFLICT (branch_id, id) DO NOTHING"
        ),
        {
            **{
                k: p[k]
                for k in ("id", "customer_id", "channel", "decision", "at", "source", "site")
            },
            "branch": branch_id,
            "actor": actor,
        },
    )


def known_customers(conn: Connection, ids: Collection[str]) -> set[str]:
    rows = conn.execute(
        text("SELECT id FROM crm.customers WHERE id = ANY(CAST(:ids AS uuid[]))"),
        {"ids": list(set(ids))},
    )
    return {str(r[0]) for r in rows}


def customers_with_custom_field(
    conn: Connection, key: str, value: Any, limit: int = 200
) -> list[UUID]:
    """The customers whose custom field ``key`` is ``value``: ``metadata @> {key: value}``,
    which the GIN index answers."""
    rows = conn.execute(
        text(
            "SELECT id FROM crm.customer_profiles WHERE metadata @> CAST(:wanted AS jsonb) "
            "ORDER BY id LIMIT :limit"
        ),
        {"wanted": json.dumps({key: value}), "limit": limit},
    )
    return [r[0] for r in rows]


def customers_tagged(conn: Connection, tag: str, limit: int = 200) -> list[UUID]:
    rows = conn.execute(
        text(
            "SELECT id FROM crm.customer_profiles WHERE tags @> CAST(:wanted AS jsonb) "
            "ORDER BY id LIMIT :limit"
        ),
        {"wanted": json.dumps([tag]), "limit": limit},
    )
    return [r[0] for r in rows]
