"""Head office's tax catalogs, one document per country."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, text

from erp_desktop.kernel.ids import new_id


def set_catalog(conn: Connection, country: str, document: Mapping[str, Any]) -> None:
    conn.execute(
        text(
            "INSERT INTO accounting.tax_catalogs (id, country, document) "
            "VALUES (:id, :country, CAST(:document AS jsonb)) ON CONFLICT (country) "
            "DO UPDATE SET document = excluded.document, updated_at = now()"
        ),
        {"id": new_id(), "country": country, "document": json.dumps(document)},
    )


def catalog(conn: Connection, country: str) -> dict[str, Any] | None:
    """The document head office set for ``country``, if any."""
    row = conn.execute(
        text("SELECT document FROM accounting.tax_catalogs WHERE country = :country"),
        {"country": country},
    ).first()
    return dict(row[0]) if row else None
