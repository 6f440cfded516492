"""What branches push, row by row, under their branch's row-level security: the checks of
a single change, cash sessions, stock documents and transfers, customers. Movements, sales
and postings are written by ``merge_sets`` (a change alone is a set of one)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, text


def warehouse_branch(conn: Connection, warehouse_id: UUID) -> UUID | None:
    return conn.execute(
        text("SELECT branch_id FROM inventory.warehouses WHERE id = :w"), {"w": warehouse_id}
    ).scalar()


def register_branch(conn: Connection, register_id: UUID) -> UUID | None:
    return conn.execute(
        text("SELECT branch_id FROM auth.registers WHERE id = :r"), {"r": register_id}
    ).scalar()


def product_exists(conn: Connection, product_id: UUID) -> bool:
    return (
        conn.execute(
            text("SELECT 1 FROM inventory.products WHERE id = :p"), {"p": product_id}
        ).first()
        is not None
    )


def upsert_cash_session(conn: Connection, branch_id: UUID, payload: Mapping[str, Any]) -> None:
    conn.execute(
        text(
            "INSERT INTO sales.cash_sessions (id, branch_id, register_id, status, currency, opened_at, "
            "closed_at, opening_float_minor, expected_cash_minor, counted_cash_minor) VALUES (:id, :branch, "
            ":register, :status, :currency, :opened, :closed, :float, :expected, :counted) "
            "ON CONFLICT (id) DO UPDATE SET status = excluded.status, closed_at = excluded.closed_at, "
            "expected_cash_minor = excluded.expected_cash_minor, counted_cash_minor = "
            "excluded.counted_cash_minor, updated_at = now() WHERE sales.cash_sessions.status <> 'closed'"
        ),
        {
            "id": payload["id"],
            "branch": branch_id,
            "register": payload["register_id"],
            "status": payload["status"],
            "currency": payload["currency"],
            "opened": payload["opened_at"],
            "closed": payload["closed_at"],
            "float": payload["opening_float_minor"],
            "expected": payload["expected_cash_minor"],
            "counted": payload["counted_cash_minor"],
        },
    )


def insert_stock_document(conn: Connection, branch_id: UUID, payload: Mapping[str, Any]) -> bool:
    row = conn.execute(
        text(
            "INSERT INTO inventory.stock_documents (id, branch_id, kind, number, status, issued_at, "
            "counterpart_branch_id, related_id, payload) VALUES (:id, :branch, :kind, :number, :status, "
            ":issued_at, :counterpart, :related, CAST(:payload AS jsonb)) ON CONFLICT (id) DO NOTHING "
            "RETURNING id"
        ),
        {
            "id": payload["id"],
            "branch": branch_id,
            "kind": payload["kind"],
            "number": payload["number"],
            "status": payload["status"],
            "issued_at": payload["issued_at"],
            "counterpart": payload["counterpart_branch_id"],
            "related": payload["related_id"],
            "payload": json.dumps(payload),
        },
    ).first()
    return row is not None


def transfer_sent_to(
    conn: Connection, transfer_id: UUID, branch_id: UUID
) -> Mapping[str, Any] | None:
    """The payload of transfer out ``transfer_id`` if it was sent to ``branch_id``."""
    row = conn.execute(
        text(
            "SELECT payload FROM inventory.stock_documents WHERE id = :id AND kind = 'transfer_out' "
            "AND counterpart_branch_id = :b"
        ),
        {"id": transfer_id, "b": branch_id},
    ).first()
    return row[0] if row else None


def mark_transfer_received(
    conn: Connection, transfer_id: UUID, received_by: UUID, differences: Mapping[str, int]
) -> None:
    conn.execute(
        text(
            "UPDATE inventory.stock_documents SET status = 'received', received_by = :by, "
            "differences = CAST(:diff AS jsonb), updated_at = now() WHERE id = :id"
        ),
        {"id": transfer_id, "by": received_by, "diff": json.dumps(differences)},
    )


CUSTOMER_FIELDS = ("name", "name_ar", "phone", "email", "tax_id")


def customer_for_update(
    conn: Connection, customer_id: UUID
) -> tuple[dict[str, Any], dict[str, str]] | None:
    row = conn.execute(
        text(
            "SELECT name, name_ar, phone, email, tax_id, field_clocks FROM crm.customers "
            "WHERE id = :id FOR UPDATE"
        ),
        {"id": customer_id},
    ).first()
    if row is None:
        return None
    return dict(zip(CUSTOMER_FIELDS, row[:5], strict=True)), dict(row[5])


def save_customer(
    conn: Connection,
    customer_id: UUID,
    values: Mapping[str, Any],
    clocks: Mapping[str, str],
    exists: bool,
) -> None:
    params = {
        "id": customer_id,
        **{f: values.get(f, "") for f in CUSTOMER_FIELDS},
        "clocks": json.dumps(dict(clocks)),
    }
    if exists:
        conn.execute(
            text(
                "UPDATE crm.customers SET name = :name, name_ar = :name_ar, phone = :phone, "
                "email = :email, tax_id = :tax_id, field_clocks = CAST(:clocks AS jsonb), "
                "updated_at = now() WHERE id = :id"
            ),
            params,
        )
    else:
        conn.execute(
            text(
                "INSERT INTO crm.customers (id, name, name_ar, phone, email, tax_id, field_clocks) "
                "VALUES (:id, :name, :name_ar, :phone, :email, :tax_id, CAST(:clocks AS jsonb))"
            ),
            params,
        )


def levels_elsewhere(conn: Connection, product_id: UUID, branch_id: UUID) -> list[tuple[str, int]]:
    """Quantity of a product in every other branch (stock levels are readable by every site)."""
    rows = conn.execute(
        text(
            "SELECT b.code, sum(s.quantity_milli) FROM inventory.stock_levels s "
            "JOIN auth.branches b ON b.id = s.branch_id WHERE s.product_id = :p AND s.branch_id <> :b "
            "GROUP BY b.code ORDER BY b.code"
        ),
        {"p": product_id, "b": branch_id},
    )
    return [(r[0], int(r[1])) for r in rows]


def insert_alert_once(
    conn: Connection, alert_id: UUID, branch_id: UUID, kind: str, params: Mapping[str, Any]
) -> None:
    conn.execute(
        text(
            "INSERT INTO sync.alerts (id, branch_id, kind, params) "
            "VALUES (:id, :b, :k, CAST(:p AS jsonb)) ON CONFLICT (id) DO NOTHING"
        ),
        {"id": alert_id, "b": branch_id, "k": kind, "p": json.dumps(dict(params), default=str)},
    )
