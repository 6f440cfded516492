"""Rows of the supplier returns on the server (migration 0026): by the branch that sent the
goods back, immutable, with their wire payload whole beside the columns checks read."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, text


def receipts_by_id(
    conn: Connection, branch_id: UUID, ids: Iterable[str]
) -> dict[str, Mapping[str, Any]]:
    """The branch's own receipts named (another branch's is not found)."""
    rows = conn.execute(
        text(
            "SELECT id::text, number, payload FROM purchasing.purchase_receipts "
            "WHERE branch_id = :branch AND id = ANY(CAST(:ids AS uuid[]))"
        ),
        {"branch": branch_id, "ids": sorted({i for i in ids if i})},
    ).mappings()
    return {r["id"]: dict(r) for r in rows}


def returned_by_line(
    conn: Connection, branch_id: UUID, receipt_ids: Iterable[str]
) -> list[tuple[str, str, int]]:
    """(return id, receipt line id, thousandths) of every return of the receipts named."""
    rows = conn.execute(
        text(
            "SELECT r.id::text, ln->>'receipt_line_id', (ln->>'quantity_milli')::bigint "
            "FROM purchasing.supplier_returns r, jsonb_array_elements(r.payload->'lines') ln "
            "WHERE r.branch_id = :branch AND r.receipt_id = ANY(CAST(:ids AS uuid[]))"
        ),
        {"branch": branch_id, "ids": sorted({i for i in receipt_ids if i})},
    )
    return [(str(a), str(b), int(c)) for a, b, c in rows]


def invoiced_receipts(conn: Connection, receipt_ids: Iterable[str]) -> set[str]:
    """The receipts named whose goods head office has invoiced (by their order, or the
    receipt itself off an order), read through a function that sees only that much."""
    rows = conn.execute(
        text("SELECT purchasing.invoiced_receipts(CAST(:ids AS uuid[]))"),
        {"ids": sorted({i for i in receipt_ids if i})},
    ).scalar()
    return {str(r) for r in rows or ()}


def insert_return(conn: Connection, branch_id: UUID, p: Mapping[str, Any]) -> bool:
    """Writes the return once; False when it is there already (a replay)."""
    done = conn.execute(
        text(
            "INSERT INTO purchasing.supplier_returns (branch_id, id, number, supplier_id, "
            "receipt_id, invoice_id, issued_at, currency, total_minor, payload) VALUES "
            "(:branch, :id, :number, :supplier, :receipt, :invoice, :issued_at, :currency, "
            ":total, CAST(:payload AS jsonb)) ON CONFLICT (branch_id, id) DO NOTHING"
        ),
        {
            "branch": branch_id,
            "id": p["id"],
            "number": p["number"],
            "supplier": p["supplier_id"],
            "receipt": p["receipt_id"],
            "invoice": p["invoice_id"],
            "issued_at": p["issued_at"],
            "currency": p["currency"],
            "total": p["total_minor"],
            "payload": json.dumps(p, sort_keys=True, ensure_ascii=False),
        },
    )
    return bool(done.rowcount)
