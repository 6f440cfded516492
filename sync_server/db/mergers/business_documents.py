"""Documents of sales to businesses pushed by the site that issued them: written once
each with their lines and due dates under the branch's row-level security, and cancelled
once at most."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, text

_DOCUMENT = text(
    "INSERT INTO sales.business_documents (branch_id, id, kind, number, status, customer_id, "
    "issued_at, currency, rate, base_minor, vat_minor, stamp_duty_minor, total_minor, terms, "
    "related_id, ticket_id, cancelled_at, payload) VALUES (:branch, :id, :kind, :number, "
    ":status, :customer_id, :issued_at, :currency, :rate, :base_minor, :vat_minor, "
    ":stamp_duty_minor, :total_minor, :terms, :related_id, :ticket_id, :cancelled_at, "
    "CAST(:payload AS jsonb)) ON CONFLICT (branch_id, id) DO NOTHING RETURNING id"
)
_LINE = text(
    "INSERT INTO sales.business_lines (branch_id, id, document_id, position, product_id, "
    "nature, description, quantity_milli, unit_price, vat_rate, discount_minor, base_minor, "
    "vat_minor, unit_cost, source_line_id, discount_percent, name_ar) VALUES (:branch, :id, "
    ":document_id, :position, :product_id, :nature, :description, :quantity_milli, "
    ":unit_price, :vat_rate, :discount_minor, :base_minor, :vat_minor, :unit_cost, "
    ":source_line_id, :discount_percent, :name_ar)"
)
_DUE = text(
    "INSERT INTO sales.business_due_lines (branch_id, id, document_id, due_on, amount_minor) "
    "VALUES (:branch, :id, :document_id, :due_on, :amount_minor)"
)
_HEAD = (
    "kind",
    "number",
    "status",
    "customer_id",
    "issued_at",
    "currency",
    "rate",
    "base_minor",
    "vat_minor",
    "stamp_duty_minor",
    "total_minor",
    "terms",
    "related_id",
    "ticket_id",
    "cancelled_at",
)


def insert_document(conn: Connection, branch_id: UUID, p: Mapping[str, Any]) -> bool:
    """Inserts the document, its lines and due dates unless its id is there already; True
    when inserted now."""
    row = conn.execute(
        _DOCUMENT,
        {
            "branch": branch_id,
            "id": p["id"],
            **{name: p[name] for name in _HEAD},
            "payload": json.dumps(dict(p)),
        },
    ).first()
    if row is None:
        return False
    lines = [
        {"branch": branch_id, "document_id": p["id"], "position": position, **ln}
        for position, ln in enumerate(p["lines"], start=1)
    ]
    if lines:
        conn.execute(_LINE, lines)
    dues = [{"branch": branch_id, "document_id": p["id"], **d} for d in p["schedule"]]
    if dues:
        conn.execute(_DUE, dues)
    return True


def cancel_document(conn: Connection, branch_id: UUID, p: Mapping[str, Any]) -> bool:
    """Marks a final document cancelled as pushed; True when it was final until now."""
    row = conn.execute(
        text(
            "UPDATE sales.business_documents SET status = 'cancelled', "
            "cancelled_at = :cancelled_at, payload = CAST(:payload AS jsonb), updated_at = now() "
            "WHERE branch_id = :branch AND id = :id AND status = 'final' RETURNING id"
        ),
        {
            "branch": branch_id,
            "id": p["id"],
            "cancelled_at": p["cancelled_at"],
            "payload": json.dumps(dict(p)),
        },
    ).first()
    return row is not None
