"""What branches push, written under their branch's row-level security: stock movements
and levels, sales documents and payments, cash sessions, journal entries, alerts."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, text

from erp_desktop.kernel.ids import derived_id, new_id
from erp_desktop.kernel.ledger.journal import JournalEntry


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


def insert_movement(
    conn: Connection, branch_id: UUID, payload: Mapping[str, Any], actor_id: UUID | None
) -> bool:
    """Inserts the movement unless it is already there (same id); True when inserted."""
    row = conn.execute(
        text(
            "INSERT INTO inventory.stock_movements (id, branch_id, warehouse_id, product_id, kind, "
            "quantity_milli, unit_cost, occurred_at, document_type, document_id, actor_id) "
            "VALUES (:id, :branch, :warehouse, :product, :kind, :qty, :cost, :at, :doc_type, :doc, :actor) "
            "ON CONFLICT (id, occurred_at) DO NOTHING RETURNING id"
        ),
        {
            "id": payload["id"],
            "branch": branch_id,
            "warehouse": payload["warehouse_id"],
            "product": payload["product_id"],
            "kind": payload["kind"],
            "qty": payload["quantity_milli"],
            "cost": payload["unit_cost"],
            "at": payload["occurred_at"],
            "doc_type": payload["document_type"],
            "doc": payload["document_id"],
            "actor": actor_id,
        },
    ).first()
    return row is not None


def move_level(
    conn: Connection, branch_id: UUID, warehouse_id: UUID, product_id: UUID, delta_milli: int
) -> int:
    """Adds ``delta_milli`` to the level (arrival order never matters); returns the new level."""
    return int(
        conn.execute(
            text(
                "INSERT INTO inventory.stock_levels (id, branch_id, warehouse_id, product_id, quantity_milli) "
                "VALUES (:id, :branch, :w, :p, :delta) ON CONFLICT (warehouse_id, product_id) DO UPDATE "
                "SET quantity_milli = inventory.stock_levels.quantity_milli + excluded.quantity_milli, "
                "updated_at = now() RETURNING quantity_milli"
            ),
            {
                "id": derived_id("stock_level", warehouse_id, product_id),
                "branch": branch_id,
                "w": warehouse_id,
                "p": product_id,
                "delta": delta_milli,
            },
        ).scalar_one()
    )


def insert_alert(conn: Connection, branch_id: UUID, kind: str, params: Mapping[str, Any]) -> None:
    conn.execute(
        text(
            "INSERT INTO sync.alerts (id, branch_id, kind, params) VALUES (:id, :b, :kind, CAST(:p AS jsonb))"
        ),
        {"id": new_id(), "b": branch_id, "kind": kind, "p": json.dumps(params, default=str)},
    )


def insert_sale(
    conn: Connection, branch_id: UUID, payload: Mapping[str, Any], business_date: date
) -> bool:
    """Inserts the document and its payments unless already there; True when inserted."""
    series, _, sequence = payload["number"].rpartition("-")
    row = conn.execute(
        text(
            "INSERT INTO sales.documents (id, branch_id, register_id, session_id, kind, number, series, "
            "sequence, issued_at, business_date, currency, rate, base_minor, vat_minor, stamp_duty_minor, "
            "rounding_minor, total_minor, change_minor, customer_id, original_id, cashier_id, "
            "previous_hash, hash, payload) VALUES (:id, :branch, :register, :session, :kind, :number, "
            ":series, :sequence, :issued_at, :day, :currency, :rate, :base, :vat, :stamp, :rounding, "
            ":total, :change, :customer, :original, :cashier, :previous_hash, :hash, CAST(:payload AS jsonb)) "
            "ON CONFLICT (id) DO NOTHING RETURNING id"
        ),
        {
            "id": payload["id"],
            "branch": branch_id,
            "register": payload["register_id"],
            "session": payload["session_id"],
            "kind": payload["kind"],
            "number": payload["number"],
            "series": series,
            "sequence": int(sequence),
            "issued_at": payload["issued_at"],
            "day": business_date,
            "currency": payload["currency"],
            "rate": payload["rate"],
            "base": payload["base_minor"],
            "vat": payload["vat_minor"],
            "stamp": payload["stamp_duty_minor"],
            "rounding": payload["rounding_minor"],
            "total": payload["total_minor"],
            "change": payload["change_minor"],
            "customer": payload["customer_id"],
            "original": payload["original_id"],
            "cashier": payload["cashier_id"],
            "previous_hash": payload["previous_hash"],
            "hash": payload["hash"],
            "payload": json.dumps(payload),
        },
    ).first()
    if row is None:
        return False
    if payload["payments"]:
        conn.execute(
            text(
                "INSERT INTO sales.payments (id, document_id, branch_id, tender, amount_minor, currency, "
                "rate, reference) VALUES (:id, :doc, :branch, :tender, :amount, :currency, :rate, :ref)"
            ),
            [
                {
                    "id": p["id"],
                    "doc": payload["id"],
                    "branch": branch_id,
                    "tender": p["tender"],
                    "amount": p["amount_minor"],
                    "currency": p["currency"],
                    "rate": p["rate"],
                    "ref": p["reference"],
                }
                for p in payload["payments"]
            ],
        )
    return True


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


def insert_entry(conn: Connection, entry: JournalEntry, branch_id: UUID | None) -> bool:
    """Posts ``entry`` once: a second post of the same (deterministic) id changes nothing."""
    row = conn.execute(
        text(
            "INSERT INTO accounting.journal_entries (id, branch_id, entry_date, journal, source_type, "
            "source_id, source_number, memo) VALUES (:id, :branch, :on, :journal, :stype, :sid, :number, "
            ":memo) ON CONFLICT (id) DO NOTHING RETURNING id"
        ),
        {
            "id": entry.id,
            "branch": branch_id,
            "on": entry.on,
            "journal": str(entry.journal),
            "stype": entry.source_type,
            "sid": entry.source_id,
            "number": entry.source_number,
            "memo": entry.memo,
        },
    ).first()
    if row is None:
        return False
    # All lines in one call: psycopg sends them in a pipeline, not one round trip each.
    conn.execute(
        text(
            "INSERT INTO accounting.journal_lines (id, entry_id, entry_date, branch_id, position, "
            "account_code, role, side, amount_minor, currency, txn_amount_minor, txn_currency, rate, "
            "vat_rate, partner_id, memo) VALUES (:id, :entry, :on, :branch, :position, :account, "
            ":role, :side, :amount, :currency, :txn_amount, :txn_currency, :rate, :vat_rate, "
            ":partner, :memo)"
        ),
        [
            {
                "id": derived_id("journal_line", entry.id, position),
                "entry": entry.id,
                "on": entry.on,
                "branch": branch_id,
                "position": position,
                "account": line.account,
                "role": str(line.role) if line.role else None,
                "side": str(line.side),
                "amount": line.amount.to_minor(),
                "currency": line.amount.currency,
                "txn_amount": line.txn_amount.to_minor(),
                "txn_currency": line.txn_amount.currency,
                "rate": line.rate,
                "vat_rate": line.vat_rate,
                "partner": line.partner_id,
                "memo": line.memo,
            }
            for position, line in enumerate(entry.lines, start=1)
        ],
    )
    return True


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


def series_neighbour_hash(conn: Connection, series: str, sequence: int) -> str | None:
    """The hash of document ``sequence`` of ``series``, if the server has it."""
    return conn.execute(
        text("SELECT hash FROM sales.documents WHERE series = :s AND sequence = :n"),
        {"s": series, "n": sequence},
    ).scalar()


def series_next_previous(conn: Connection, series: str, sequence: int) -> str | None:
    """The previous-hash the next document of the series carries, if the server has it."""
    return conn.execute(
        text("SELECT previous_hash FROM sales.documents WHERE series = :s AND sequence = :n"),
        {"s": series, "n": sequence + 1},
    ).scalar()


def levels_elsewhere(conn: Connection, product_id: UUID, branch_id: UUID) -> list[tuple[str, int]]:
    """Quantity of a product in every other branch (read with head-office scope: read-only)."""
    rows = conn.execute(
        text(
            "SELECT b.code, sum(s.quantity_milli) FROM inventory.stock_levels s "
            "JOIN auth.branches b ON b.id = s.branch_id WHERE s.product_id = :p AND s.branch_id <> :b "
            "GROUP BY b.code ORDER BY b.code"
        ),
        {"p": product_id, "b": branch_id},
    )
    return [(r[0], int(r[1])) for r in rows]
