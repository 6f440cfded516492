"""Merging a pushed daily global invoice (Tunisia): checked, stored and posted once.

The figures are rebuilt by the kernel from the payload (totals derived from the per-rate
lines, refused when they do not add up), and the invoice is posted with the kernel's rule
under the same deterministic entry id the replica used, only when the invoice is new: a
replayed push changes nothing. A chain break is flagged for head office, the invoice kept.
"""

from __future__ import annotations

from uuid import UUID

from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.hash_chain import chain_hash, genesis
from erp_desktop.kernel.invoicing.global_invoice import (
    COUNTRIES,
    chained_fields,
    from_payload,
    post_global_invoice,
)
from erp_desktop.kernel.ledger.accounts import Chart
from erp_desktop.kernel.protocol.envelope import Change
from sync_server.db import global_invoices, merge_sets
from sync_server.db.engine import Connection


def apply_global_invoice(conn: Connection, change: Change, branch_id: UUID, chart: Chart) -> None:
    p = change.payload
    if UUID(p["branch_id"]) != branch_id:
        raise ValidationError("protocol.wrong_branch", what="global_invoice", id=p["id"])
    if chart.country not in COUNTRIES:
        raise ValidationError("invoicing.global_invoice_not_applicable", country=chart.country)
    invoice = from_payload(p)
    entry = post_global_invoice(chart, invoice)
    if not global_invoices.insert_global_invoice(conn, branch_id, p):
        return
    if entry is not None:
        merge_sets.insert_entry(conn, entry, branch_id)
    before, after = global_invoices.neighbours(conn, invoice.series, invoice.sequence)
    if invoice.sequence == 1:
        before = genesis(invoice.series)
    problems = []
    if chain_hash(p["previous_hash"], chained_fields(p)) != p["hash"]:
        problems.append("hash_mismatch")
    if before is not None and before != p["previous_hash"]:
        problems.append("previous_mismatch")
    if after is not None and after != p["hash"]:
        problems.append("next_mismatch")
    if problems:
        merge_sets.insert_alerts(
            conn, branch_id, [("chain_break", {"number": p["number"], "reasons": problems})]
        )
