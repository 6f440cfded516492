"""CRM's records on the server: the documents naming customers (appended once), the
interactions and the opportunities (one row each with every field's clock, read for update
so that two pushes editing one record merge one after the other), the merges of duplicates."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, text

from sync_server.db.json_rows import columns_of, rows_param

_DOCUMENT_COLUMNS = (
    "id uuid, customer_id uuid, kind text, number text, at timestamptz, site text, "
    "amount_minor bigint, currency text, due_minor bigint, applies_to uuid"
)


def insert_documents(
    conn: Connection, branch_id: UUID, documents: Sequence[Mapping[str, Any]]
) -> None:
    conn.execute(
        text(
            "INSERT INTO crm.customer_documents (branch_id, id, customer_id, kind, number, at, "
            "site, amount_minor, currency, due_minor, applies_to) SELECT CAST(:branch AS uuid), "
            f"* FROM (SELECT {columns_of(_DOCUMENT_COLUMNS)} "
            "FROM jsonb_array_elements(CAST(:rows AS jsonb)) AS r) AS d "
            "ON CONFLICT (branch_id, id) DO NOTHING"
        ),
        {
            "branch": str(branch_id),
            "rows": rows_param(
                [
                    [
                        p["id"],
                        p["customer_id"],
                        p["kind"],
                        p["number"],
                        p["at"],
                        p["site"],
                        p["amount_minor"],
                        p["currency"],
                        p["due_minor"],
                        p["applies_to"],
                    ]
                    for p in documents
                ]
            ),
        },
    )


INTERACTION = ("crm.interactions", ("customer_id", "kind", "at", "site"))
OPPORTUNITY = ("crm.opportunities", ("customer_id",))


def record_for_update(
    conn: Connection, table: str, fields: Sequence[str], record_id: UUID
) -> tuple[dict[str, Any], dict[str, str]] | None:
    row = (
        conn.execute(
            text(
                f"SELECT {', '.join(fields)}, field_clocks FROM {table} WHERE id = :id FOR UPDATE"
            ),
            {"id": record_id},
        )
        .mappings()
        .first()
    )
    if row is None:
        return None
    values = {f: _wire(row[f]) for f in fields}
    return values, dict(row["field_clocks"])


def _wire(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    return value


def save_record(
    conn: Connection,
    table: str,
    fixed: Mapping[str, Any],
    values: Mapping[str, Any],
    clocks: Mapping[str, str],
    exists: bool,
) -> None:
    """Inserts the record (its fixed fields and merged ones), or updates its merged ones."""
    params = {
        **{k: json.dumps(v) if k == "lines" else v for k, v in values.items()},
        "field_clocks": json.dumps(dict(clocks)),
    }
    cast = {k: "CAST(:lines AS jsonb)" if k == "lines" else f":{k}" for k in values}
    if exists:
        sets = ", ".join(f"{k} = {cast[k]}" for k in values)
        conn.execute(
            text(
                f"UPDATE {table} SET {sets}, field_clocks = CAST(:field_clocks AS jsonb), "
                "updated_at = now() WHERE id = :id"
            ),
            {**params, "id": fixed["id"]},
        )
        return
    columns = [*fixed, *values]
    placeholders = [f":{k}" for k in fixed] + [cast[k] for k in values]
    conn.execute(
        text(
            f"INSERT INTO {table} ({', '.join(columns)}, field_clocks) "
            f"VALUES ({', '.join(placeholders)}, CAST(:field_clocks AS jsonb))"
        ),
        {**params, **fixed},
    )


def merged_ids(conn: Connection) -> set[str]:
    return {str(r[0]) for r in conn.execute(text("SELECT merged_id FROM crm.customer_merges"))}


def insert_merge(conn: Connection, p: Mapping[str, Any], actor: UUID | None) -> bool:
    done = conn.execute(
        text(
            "INSERT INTO crm.customer_merges (id, merged_id, kept_id, at, decided_by, reason) "
            "VALUES (:id, :merged_id, :kept_id, :at, :by, :reason) ON CONFLICT DO NOTHING"
        ),
        {**{k: p[k] for k in ("id", "merged_id", "kept_id", "at", "reason")}, "by": actor},
    )
    return bool(done.rowcount)


def save_setting(conn: Connection, setting_id: str, key: str, document: Mapping[str, Any]) -> None:
    """Head office's CRM setting of ``key`` (one row per key), replaced."""
    conn.execute(
        text(
            "INSERT INTO crm.settings (id, key, document) VALUES (:id, :key, "
            "CAST(:doc AS jsonb)) ON CONFLICT (key) DO UPDATE SET document = "
            "excluded.document, updated_at = now()"
        ),
        {"id": setting_id, "key": key, "doc": json.dumps(dict(document))},
    )
