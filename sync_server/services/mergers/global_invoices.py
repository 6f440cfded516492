"""A pushed daily global invoice (Tunisia): checked, stored and posted once.

The figures are rebuilt by the kernel from the payload (totals derived from the per-rate
lines, refused when they do not add up), and the invoice is posted with the kernel's rule
under the same deterministic entry id the replica used, only when the invoice is new: a
replayed push changes nothing. A chain break is flagged for head office, the invoice kept.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from uuid import UUID

from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.hash_chain import neighbour_problems
from erp_desktop.kernel.invoicing.global_invoice import (
    COUNTRIES,
    GlobalInvoice,
    chained_fields,
    from_payload,
    post_global_invoice,
)
from erp_desktop.kernel.ledger.journal import JournalEntry
from erp_desktop.kernel.protocol.envelope import Change
from sync_server.db.engine import act_as
from sync_server.db.mergers import alerts, postings
from sync_server.db.mergers import global_invoices as rows
from sync_server.services.mergers.base import MergeContext


@dataclass(frozen=True, slots=True)
class CheckedInvoice:
    invoice: GlobalInvoice
    entry: JournalEntry | None


class GlobalInvoiceMerger:
    entity = "global_invoice"

    def checks(
        self, ctx: MergeContext, changes: Sequence[Change]
    ) -> Callable[[Change], CheckedInvoice]:
        def check(change: Change) -> CheckedInvoice:
            p = change.payload
            if UUID(p["branch_id"]) != ctx.branch_id:
                raise ValidationError("protocol.wrong_branch", what="global_invoice", id=p["id"])
            if ctx.chart.country not in COUNTRIES:
                raise ValidationError(
                    "invoicing.global_invoice_not_applicable", country=ctx.chart.country
                )
            invoice = from_payload(p)
            return CheckedInvoice(invoice, post_global_invoice(ctx.chart, invoice))

        return check

    def write(self, ctx: MergeContext, checked: Sequence[tuple[Change, CheckedInvoice]]) -> None:
        for change, done in checked:
            act_as(ctx.conn, change.actor_id)
            p, invoice = change.payload, done.invoice
            if not rows.insert_global_invoice(ctx.conn, ctx.branch_id, p):
                continue
            if done.entry is not None:
                postings.insert_entry(ctx.conn, done.entry, ctx.branch_id)
            before, after = rows.neighbours(ctx.conn, invoice.series, invoice.sequence)
            problems = neighbour_problems(
                invoice.series,
                invoice.sequence,
                p["previous_hash"],
                p["hash"],
                chained_fields(p),
                before,
                after,
            )
            if problems:
                alerts.insert_alerts(
                    ctx.conn,
                    ctx.branch_id,
                    [("chain_break", {"number": p["number"], "reasons": problems})],
                )
