"""Stock documents (goods receipts, adjustments, counts, transfers), each posted once.

A transfer out waits in transit for its branch; the transfer in that receives it completes
it, and the quantities that differ from what was sent (``kernel.inventory``) are kept on
the transfer and flagged for head office. A transfer in of nothing in transit for this
branch (an id that names nothing, or a document that is not a transfer out to this branch),
a related document on any other kind, or a transfer out to the branch itself, is refused.
The transfer in and the transfer out are two branches' rows: these checks are what the
foreign keys between them used to refuse (migration 0036, docs/scaling.md). A second
receipt of a transfer already received (two PCs of the branch, both offline) is not
refused, since its goods were counted in: it is kept and flagged, and the transfer stays
the first receipt's.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.inventory.movements import transfer_differences_milli
from erp_desktop.kernel.ledger.journal import JournalEntry
from erp_desktop.kernel.posting.from_payload import post_stock_document_payload
from erp_desktop.kernel.protocol.envelope import Change
from sync_server.db.engine import act_as
from sync_server.db.mergers import alerts, postings
from sync_server.db.mergers import stock_documents as rows
from sync_server.db.mergers.stock_documents import SentTransfer
from sync_server.services.mergers.base import MergeContext
from sync_server.services.periods import ClosedPeriods, late_posting_alert


@dataclass(frozen=True, slots=True)
class CheckedDocument:
    payload: Mapping[str, Any]
    entry: JournalEntry | None
    sent: SentTransfer | None  # the transfer out a transfer in receives
    late: tuple[str, Mapping[str, Any]] | None = None  # posted after a closed period


class StockDocumentMerger:
    entity = "stock_document"

    def checks(
        self, ctx: MergeContext, changes: Sequence[Change]
    ) -> Callable[[Change], CheckedDocument]:
        in_transit = rows.transfers_sent_to(
            ctx.conn,
            (
                c.payload["related_id"]
                for c in changes
                if c.payload["kind"] == "transfer_in" and c.payload["related_id"]
            ),
            ctx.branch_id,
        )
        closed = ClosedPeriods.of(ctx.conn)

        def check(change: Change) -> CheckedDocument:
            p = change.payload
            sent = None
            if p["kind"] == "transfer_in":
                sent = in_transit.get(p["related_id"]) if p["related_id"] else None
                if sent is None:
                    raise ValidationError(
                        "inventory.transfer_not_in_transit", transfer=str(p["related_id"])
                    )
            elif p["related_id"]:  # only a transfer in names another document
                raise ValidationError(
                    "common.invalid_value", field="related_id", value=str(p["related_id"])
                )
            if p["kind"] == "transfer_out" and p["counterpart_branch_id"] == str(ctx.branch_id):
                raise ValidationError("inventory.same_branch_transfer")
            entry = post_stock_document_payload(
                ctx.chart, p, ctx.branch_id, sent.payload["lines"] if sent else None
            )
            placed = closed.place(entry)  # dated in a closed period: its first open day
            late = late_posting_alert(placed, entry.on) if entry else None
            return CheckedDocument(p, placed, sent, late)

        return check

    def write(self, ctx: MergeContext, checked: Sequence[tuple[Change, CheckedDocument]]) -> None:
        for change, doc in checked:
            act_as(ctx.conn, change.actor_id)
            self._write_one(ctx, doc)

    def _write_one(self, ctx: MergeContext, doc: CheckedDocument) -> None:
        p, sent = doc.payload, doc.sent
        if not rows.insert_stock_document(ctx.conn, ctx.branch_id, p):
            return
        if doc.entry is not None:
            postings.insert_entry(ctx.conn, doc.entry, ctx.branch_id)
            alerts.insert_alerts(ctx.conn, ctx.branch_id, [doc.late] if doc.late else [])
        if sent is None:
            return
        differences = transfer_differences_milli(
            [(ln["product_id"], ln["quantity_milli"]) for ln in sent.payload["lines"]],
            [(ln["product_id"], ln["quantity_milli"]) for ln in p["lines"]],
        )
        earlier = rows.mark_transfer_received(
            ctx.conn, sent, UUID(p["id"]), ctx.branch_id, differences
        )
        if earlier is not None:
            # Received twice (two PCs of the branch, both offline): the site's goods and
            # its posting stand as it recorded them, the transfer stays the first
            # receipt's, and head office hears of the second to correct the count.
            alerts.insert_alerts(
                ctx.conn,
                ctx.branch_id,
                [
                    (
                        "transfer_received_twice",
                        {
                            "transfer": sent.payload["number"],
                            "first_receipt_id": str(earlier),
                            "received_again_as": p["number"],
                        },
                    )
                ],
            )
        elif differences:
            alerts.insert_alerts(
                ctx.conn,
                ctx.branch_id,
                [
                    (
                        "transfer_difference",
                        {
                            "transfer": sent.payload["number"],
                            "received_as": p["number"],
                            "differences_milli": differences,
                        },
                    )
                ],
            )
