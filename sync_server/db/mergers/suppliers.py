"""Head office's suppliers on the server: one row each, its supplied products a JSON array
of it; the change log sends the row down to every site (migration 0019)."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, text

_COLUMNS = (
    "code",
    "name",
    "name_ar",
    "country",
    "currency",
    "terms",
    "legal_ids",
    "bank_account",
    "active",
    "products",
)


def codes_taken(conn: Connection, codes: Sequence[str]) -> dict[str, UUID]:
    rows = conn.execute(
        text("SELECT code, id FROM purchasing.suppliers WHERE code = ANY(CAST(:codes AS text[]))"),
        {"codes": list(codes)},
    )
    return {r[0]: r[1] for r in rows}


def known_products(conn: Connection, ids: Sequence[str]) -> set[str]:
    rows = conn.execute(
        text("SELECT id::text FROM inventory.products WHERE id = ANY(CAST(:ids AS uuid[]))"),
        {"ids": list(ids)},
    )
    return set(rows.scalars())


def save_supplier(conn: Connection, p: Mapping[str, Any]) -> None:
    """Creates the supplier or overwrites it whole (by id); a replay changes nothing, so it
    is not sent down again."""
    values = {c: p[c] for c in _COLUMNS}
    values["legal_ids"] = json.dumps(p["legal_ids"], sort_keys=True)
    values["products"] = json.dumps(p["products"], sort_keys=True)
    values["active"] = bool(p["active"])
    names = ", ".join(_COLUMNS)
    binds = ", ".join(
        f"CAST(:{c} AS jsonb)" if c in ("legal_ids", "products") else f":{c}" for c in _COLUMNS
    )
    sets = ", ".join(f"{c} = excluded.{c}" for c in _COLUMNS)
    olds = ", ".join(f"s.{c}" for c in _COLUMNS)
    news = ", ".join(f"excluded.{c}" for c in _COLUMNS)
    conn.execute(
        text(
            f"INSERT INTO purchasing.suppliers AS s (id, {names}) VALUES (:id, {binds}) "
            f"ON CONFLICT (id) DO UPDATE SET {sets}, updated_at = now() "
            f"WHERE ({olds}) IS DISTINCT FROM ({news})"
        ),
        {"id": p["id"], **values},
    )
