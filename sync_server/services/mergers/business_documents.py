"""A pushed document of a sale to a business (quote, order, delivery note, invoice, credit
note): checked, stored once under the branch that issued it, and posted once with the
kernel's rule under the same deterministic entry ids the replica used.

The figures are the kernel's document rebuilt from the payload (its totals must be its
lines'). A cancellation travels as the same document with status ``cancelled``: the
reversal of the invoice's entry is posted when the server first learns of it (with the
entry itself, if the document arrives already cancelled). A replayed push changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from erp_desktop.kernel.documents import posting_of
from erp_desktop.kernel.documents.business import (
    BusinessDocument,
    business_from_payload,
    check_business_figures,
)
from erp_desktop.kernel.documents.business_posting import cancellation_entry
from erp_desktop.kernel.ledger.journal import JournalEntry
from erp_desktop.kernel.protocol.envelope import Change
from sync_server.db.engine import act_as
from sync_server.db.mergers import business_documents as rows
from sync_server.db.mergers import postings
from sync_server.services.mergers.base import MergeContext


@dataclass(frozen=True, slots=True)
class CheckedDocument:
    document: BusinessDocument
    entry: JournalEntry | None  # its posting as final
    reversal: JournalEntry | None  # a cancelled invoice's


class BusinessDocumentMerger:
    entity = "business_document"

    def checks(
        self, ctx: MergeContext, changes: Sequence[Change]
    ) -> Callable[[Change], CheckedDocument]:
        def check(change: Change) -> CheckedDocument:
            doc = business_from_payload(change.payload, ctx.branch_id)
            check_business_figures(doc)
            final = replace(doc, status="final", cancelled_at=None)
            entry = posting_of(final, ctx.chart)
            reversal = cancellation_entry(ctx.chart, doc) if doc.status == "cancelled" else None
            return CheckedDocument(doc, entry, reversal)

        return check

    def write(self, ctx: MergeContext, checked: Sequence[tuple[Change, CheckedDocument]]) -> None:
        for change, done in checked:
            act_as(ctx.conn, change.actor_id)
            p = change.payload
            if rows.insert_document(ctx.conn, ctx.branch_id, p):
                if done.entry is not None:
                    postings.insert_entry(ctx.conn, done.entry, ctx.branch_id)
            elif done.reversal is None or not rows.cancel_document(ctx.conn, ctx.branch_id, p):
                continue  # a replay, or a cancellation already known
            if done.reversal is not None:
                postings.insert_entry(ctx.conn, done.reversal, ctx.branch_id)
