"""Stock documents (goods receipts, adjustments, counts, transfers) written once each, and
the transfers out waiting in transit for the branch that receives them."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, text


def insert_stock_document(conn: Connection, branch_id: UUID, payload: Mapping[str, Any]) -> bool:
    """Inserts the document unless its id is there already; True when inserted now."""
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


def transfers_sent_to(
    conn: Connection, transfer_ids: Iterable[str], branch_id: UUID
) -> dict[str, Mapping[str, Any]]:
    """The payload of each transfer out among ``transfer_ids`` that was sent to ``branch_id``,
    by its id."""
    rows = conn.execute(
        text(
            "SELECT id, payload FROM inventory.stock_documents WHERE id = ANY(CAST(:ids AS uuid[])) "
            "AND kind = 'transfer_out' AND counterpart_branch_id = :b"
        ),
        {"ids": list(set(transfer_ids)), "b": branch_id},
    )
    return {str(r[0]): r[1] for r in rows}


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
