"""Rows of the purchase documents on the server (migration 0019): orders by the raising
site, receipts by the receiving branch, supplier invoices and payments by head office, each
with its wire payload whole beside the columns checks and reports read."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, text


def _json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def known_suppliers(conn: Connection, ids: Iterable[str]) -> set[str]:
    rows = conn.execute(
        text("SELECT id::text FROM purchasing.suppliers WHERE id = ANY(CAST(:ids AS uuid[]))"),
        {"ids": sorted(set(ids))},
    )
    return set(rows.scalars())


def orders_by_id(conn: Connection, ids: Iterable[str]) -> dict[str, Mapping[str, Any]]:
    """The orders named, whoever raised them: their raising site, branch and payload."""
    rows = conn.execute(
        text(
            "SELECT id::text, branch_id, for_branch_id, status, payload "
            "FROM purchasing.purchase_orders WHERE id = ANY(CAST(:ids AS uuid[]))"
        ),
        {"ids": sorted({i for i in ids if i})},
    ).mappings()
    return {r["id"]: dict(r) for r in rows}


def save_order(conn: Connection, branch_id: UUID, p: Mapping[str, Any]) -> None:
    """The order, or its new status and payload (a replay changes nothing, so it is not
    sent down again)."""
    conn.execute(
        text(
            "INSERT INTO purchasing.purchase_orders AS o (branch_id, id, number, status, "
            "for_branch_id, supplier_id, issued_at, currency, rate, total_minor, payload) "
            "VALUES (:branch, :id, :number, :status, :for_branch, :supplier, :issued_at, "
            ":currency, :rate, :total, CAST(:payload AS jsonb)) "
            "ON CONFLICT (branch_id, id) DO UPDATE SET status = excluded.status, "
            "payload = excluded.payload, updated_at = now() "
            "WHERE o.payload IS DISTINCT FROM excluded.payload"
        ),
        {
            "branch": branch_id,
            "id": p["id"],
            "number": p["number"],
            "status": p["status"],
            "for_branch": p["for_branch_id"],
            "supplier": p["supplier_id"],
            "issued_at": p["issued_at"],
            "currency": p["currency"],
            "rate": p["rate"],
            "total": p["total_minor"],
            "payload": _json(p),
        },
    )


def insert_receipt(
    conn: Connection, branch_id: UUID, p: Mapping[str, Any], value_minor: int
) -> bool:
    """Writes the receipt once; False when it is there already (a replay)."""
    done = conn.execute(
        text(
            "INSERT INTO purchasing.purchase_receipts (branch_id, id, number, order_id, "
            "supplier_id, issued_at, value_minor, payload) VALUES (:branch, :id, :number, "
            ":order_id, :supplier, :issued_at, :value, CAST(:payload AS jsonb)) "
            "ON CONFLICT (branch_id, id) DO NOTHING"
        ),
        {
            "branch": branch_id,
            "id": p["id"],
            "number": p["number"],
            "order_id": p["order_id"],
            "supplier": p["supplier_id"],
            "issued_at": p["issued_at"],
            "value": value_minor,
            "payload": _json(p),
        },
    )
    return bool(done.rowcount)


def receipts_of_orders(conn: Connection, order_ids: Sequence[str]) -> dict[str, list[Any]]:
    """Every branch's receipts of the orders named (their payloads), by order."""
    rows = conn.execute(
        text(
            "SELECT order_id::text, payload, branch_id FROM purchasing.purchase_receipts "
            "WHERE order_id = ANY(CAST(:ids AS uuid[])) ORDER BY issued_at"
        ),
        {"ids": sorted({i for i in order_ids if i})},
    )
    found: dict[str, list[Any]] = {}
    for order_id, payload, branch in rows:
        found.setdefault(order_id, []).append((payload, branch))
    return found


def invoices_by_id(conn: Connection, ids: Iterable[str]) -> dict[str, Mapping[str, Any]]:
    rows = conn.execute(
        text(
            "SELECT id::text, match, supplier_id::text, payload "
            "FROM purchasing.supplier_invoices WHERE id = ANY(CAST(:ids AS uuid[]))"
        ),
        {"ids": sorted(set(ids))},
    ).mappings()
    return {r["id"]: dict(r) for r in rows}


def save_invoice(
    conn: Connection, p: Mapping[str, Any], server_match: str, problems: list[dict[str, Any]]
) -> bool:
    """Writes a new invoice (True), or records its acceptance (False): an invoice changes
    only from blocked to accepted, with who accepted it and why."""
    done = conn.execute(
        text(
            "INSERT INTO purchasing.supplier_invoices (id, number, supplier_id, order_id, "
            "issued_at, currency, rate, total_minor, match, server_match, server_problems, "
            "accepted_by, acceptance_reason, payload) VALUES (:id, :number, :supplier, "
            ":order_id, :issued_at, :currency, :rate, :total, :match, :server_match, "
            "CAST(:problems AS jsonb), :accepted_by, :reason, CAST(:payload AS jsonb)) "
            "ON CONFLICT (id) DO NOTHING"
        ),
        {
            "id": p["id"],
            "number": p["number"],
            "supplier": p["supplier_id"],
            "order_id": p["order_id"],
            "issued_at": p["issued_at"],
            "currency": p["currency"],
            "rate": p["rate"],
            "total": p["total_minor"],
            "match": p["match"],
            "server_match": server_match,
            "problems": _json(problems),
            "accepted_by": p["accepted_by"],
            "reason": p["acceptance_reason"],
            "payload": _json(p),
        },
    )
    if done.rowcount:
        return True
    conn.execute(
        text(
            "UPDATE purchasing.supplier_invoices SET match = :match, accepted_by = :by, "
            "acceptance_reason = :reason, payload = CAST(:payload AS jsonb), updated_at = now() "
            "WHERE id = :id AND match = 'blocked' AND :match = 'accepted'"
        ),
        {
            "id": p["id"],
            "match": p["match"],
            "by": p["accepted_by"],
            "reason": p["acceptance_reason"],
            "payload": _json(p),
        },
    )
    return False


def insert_payment(conn: Connection, p: Mapping[str, Any]) -> bool:
    done = conn.execute(
        text(
            "INSERT INTO purchasing.supplier_payments (id, number, supplier_id, paid_at, tender, "
            "currency, amount_minor, payload) VALUES (:id, :number, :supplier, :paid_at, "
            ":tender, :currency, :amount, CAST(:payload AS jsonb)) ON CONFLICT (id) DO NOTHING"
        ),
        {
            "id": p["id"],
            "number": p["number"],
            "supplier": p["supplier_id"],
            "paid_at": p["paid_at"],
            "tender": p["tender"],
            "currency": p["currency"],
            "amount": p["amount_minor"],
            "payload": _json(p),
        },
    )
    return bool(done.rowcount)


def head_office_site(conn: Connection) -> UUID | None:
    found = conn.execute(text("SELECT id FROM auth.branches WHERE kind = 'head_office'")).scalar()
    return UUID(str(found)) if found else None


def record_last_prices(
    conn: Connection, supplier_id: str, currency: str, prices: Mapping[str, int]
) -> None:
    """An invoice's prices (minor units, the supplier's currency) become the supplier's last
    prices; the row changes, so it goes down again to every site."""
    if not prices:
        return
    products = conn.execute(
        text(
            "SELECT products FROM purchasing.suppliers WHERE id = :id AND currency = :currency "
            "FOR UPDATE"
        ),
        {"id": supplier_id, "currency": currency},
    ).scalar()
    if products is None:  # billed in another currency than its own: its prices stay
        return
    changed = [
        {**p, "last_price_minor": prices[p["product_id"]]} if p["product_id"] in prices else p
        for p in products
    ]
    if changed != products:
        conn.execute(
            text(
                "UPDATE purchasing.suppliers SET products = CAST(:products AS jsonb), "
                "updated_at = now() WHERE id = :id"
            ),
            {"id": supplier_id, "products": _json(changed)},
        )
