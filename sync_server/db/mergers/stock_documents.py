"""Stock documents (goods receipts, adjustments, counts, transfers) written once each, and
the transfers out waiting in transit for the branch that receives them.

A transfer's receipt and the transfer out it receives are two branches' rows (two shards
on Citus, docs/scaling.md): no foreign key links them (0036); what it refused is refused
here and by the merger's checks."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, text

from erp_desktop.kernel.errors import ValidationError


def insert_stock_document(conn: Connection, branch_id: UUID, payload: Mapping[str, Any]) -> bool:
    """Inserts the document unless its id is there already; True when inserted now."""
    row = conn.execute(
        text(
            "INSERT INTO inventory.stock_documents (id, branch_id, kind, number, status, issued_at, "
            "counterpart_branch_id, related_id, payload) VALUES (:id, :branch, :kind, :number, :status, "
            ":issued_at, :counterpart, :related, CAST(:payload AS jsonb)) ON CONFLICT (branch_id, id) DO NOTHING "
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


@dataclass(frozen=True, slots=True)
class SentTransfer:
    """A transfer out as the branch it was sent to receives it: who sent it, what it said."""

    branch_id: UUID
    payload: Mapping[str, Any]

    @property
    def id(self) -> UUID:
        return UUID(self.payload["id"])


def transfers_sent_to(
    conn: Connection, transfer_ids: Iterable[str], branch_id: UUID
) -> dict[str, SentTransfer]:
    """Each transfer out among ``transfer_ids`` that was sent to ``branch_id``, by its id: one
    query for the whole set. An id that names nothing, or a document that is not a transfer
    out to this branch, is absent: the check a foreign key made, and more."""
    rows = conn.execute(
        text(
            "SELECT id, branch_id, payload FROM inventory.stock_documents "
            "WHERE id = ANY(CAST(:ids AS uuid[])) "
            "AND kind = 'transfer_out' AND counterpart_branch_id = :b"
        ),
        {"ids": list(set(transfer_ids)), "b": branch_id},
    )
    return {str(r[0]): SentTransfer(r[1], r[2]) for r in rows}


def mark_transfer_received(
    conn: Connection,
    transfer: SentTransfer,
    receipt_id: UUID,
    receiving_branch: UUID,
    differences: Mapping[str, int],
) -> UUID | None:
    """``transfer`` marked received by the receipt ``receipt_id`` of ``receiving_branch``,
    in one statement that finds that receipt naming it: what the foreign key on
    ``received_by`` made sure of. Refused with the receipt's code when it is not there.

    A transfer is received once: when another receipt of the branch received it already
    (two PCs of the branch received the same delivery while offline), it is left as that
    first receipt marked it and the first receipt's id is returned, for head office to
    hear of; None when marked now."""
    params = {
        "sender": transfer.branch_id,
        "id": transfer.id,
        "receiver": receiving_branch,
        "by": receipt_id,
        "diff": json.dumps(differences),
    }
    marked = conn.execute(
        text(
            "UPDATE inventory.stock_documents s SET status = 'received', received_by = r.id, "
            "differences = CAST(:diff AS jsonb), updated_at = now() "
            f"FROM inventory.stock_documents r WHERE {_RECEIPT_NAMES_TRANSFER} "
            "AND s.received_by IS NULL RETURNING s.id"
        ),
        params,
    ).first()
    if marked is not None:
        return None
    earlier = conn.execute(
        text(
            "SELECT s.received_by FROM inventory.stock_documents s, inventory.stock_documents r "
            f"WHERE {_RECEIPT_NAMES_TRANSFER} AND s.received_by <> r.id"
        ),
        params,
    ).scalar()
    if earlier is None:
        raise ValidationError("inventory.transfer_not_in_transit", transfer=str(transfer.id))
    return UUID(str(earlier))


# The transfer out ``s`` of the sender and the receipt ``r`` of the receiver that names it.
_RECEIPT_NAMES_TRANSFER = (
    "s.branch_id = :sender AND s.id = :id AND s.kind = 'transfer_out' "
    "AND r.branch_id = :receiver AND r.id = :by AND r.kind = 'transfer_in' "
    "AND r.related_id = s.id"
)
