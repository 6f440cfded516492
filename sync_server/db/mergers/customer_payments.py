"""Customers' payments, refunds and instrument events pushed by the site that received
them: written once each (with a payment's allocations) under the branch's row-level
security; the change feed takes them down to every site (migration 0018)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, text

_PAYMENT = text(
    "INSERT INTO sales.customer_payments (branch_id, id, kind, number, customer_id, "
    "received_at, tender, amount_minor, currency, rate, stamp_duty_minor, instrument_due, "
    "payload) VALUES (:branch, :id, :kind, :number, :customer_id, :received_at, :tender, "
    ":amount_minor, :currency, :rate, :stamp_duty_minor, :instrument_due, "
    "CAST(:payload AS jsonb)) ON CONFLICT (branch_id, id) DO NOTHING RETURNING id"
)
_ALLOCATION = text(
    "INSERT INTO sales.payment_allocations (branch_id, id, payment_id, invoice_id, "
    "amount_minor, booked_rate) VALUES (:branch, :id, :payment_id, :invoice_id, "
    ":amount_minor, :booked_rate)"
)
_EVENT = text(
    "INSERT INTO sales.instrument_events (branch_id, id, kind, number, payment_id, "
    "happened_at, payload) VALUES (:branch, :id, :kind, :number, :payment_id, :happened_at, "
    "CAST(:payload AS jsonb)) ON CONFLICT (branch_id, id) DO NOTHING RETURNING id"
)
_HEAD = (
    "kind",
    "number",
    "customer_id",
    "received_at",
    "tender",
    "amount_minor",
    "currency",
    "rate",
    "stamp_duty_minor",
    "instrument_due",
)


def insert_payment(conn: Connection, branch_id: UUID, p: Mapping[str, Any]) -> bool:
    """The payment and its allocations unless its id is there already; True when new."""
    row = conn.execute(
        _PAYMENT,
        {
            "branch": branch_id,
            "id": p["id"],
            **{name: p[name] for name in _HEAD},
            "payload": json.dumps(dict(p)),
        },
    ).first()
    if row is None:
        return False
    allocations = [{"branch": branch_id, "payment_id": p["id"], **a} for a in p["allocations"]]
    if allocations:
        conn.execute(_ALLOCATION, allocations)
    return True


def insert_event(conn: Connection, branch_id: UUID, p: Mapping[str, Any]) -> bool:
    row = conn.execute(
        _EVENT,
        {
            "branch": branch_id,
            "id": p["id"],
            "kind": p["kind"],
            "number": p["number"],
            "payment_id": p["payment_id"],
            "happened_at": p["happened_at"],
            "payload": json.dumps(dict(p)),
        },
    ).first()
    return row is not None


def payment_payloads(conn: Connection, payment_ids: list[str]) -> dict[str, dict[str, Any]]:
    """The payloads of the payments named, as this branch sees them (its own)."""
    if not payment_ids:
        return {}
    rows = conn.execute(
        text("SELECT id, payload FROM sales.customer_payments WHERE id = ANY(:ids)"),
        {"ids": payment_ids},
    ).all()
    return {str(r[0]): dict(r[1]) for r in rows}


def events_of(conn: Connection, payment_ids: list[str]) -> dict[str, list[tuple[str, str]]]:
    """(id, kind) of the events already recorded for each payment, in order."""
    if not payment_ids:
        return {}
    rows = conn.execute(
        text(
            "SELECT payment_id, id, kind FROM sales.instrument_events "
            "WHERE payment_id = ANY(:ids) "
            "ORDER BY happened_at, number"
        ),
        {"ids": payment_ids},
    ).all()
    found: dict[str, list[tuple[str, str]]] = {}
    for payment_id, event_id, kind in rows:
        found.setdefault(str(payment_id), []).append((str(event_id), kind))
    return found
