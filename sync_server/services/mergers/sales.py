"""Sales documents (receipts, invoices, credit notes): each posted once with the kernel's
rules, under the same deterministic entry id the replica used, on its business day.

The sale is real whatever its chain says: a break is flagged for head office, once, on the
document after it, and the document is kept. Each document is checked against both of its
neighbours, as they may arrive in any order; a neighbour pushed in the same set is checked
from its own side.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from erp_desktop.kernel.calendar import business_date
from erp_desktop.kernel.hash_chain import neighbour_problems, payload_fields
from erp_desktop.kernel.ledger.journal import JournalEntry
from erp_desktop.kernel.numbering import parse_number
from erp_desktop.kernel.posting.from_payload import post_sale_payload
from erp_desktop.kernel.protocol.envelope import Change
from sync_server.db.engine import act_as
from sync_server.db.mergers import alerts, owners
from sync_server.db.mergers import sales as rows
from sync_server.services.mergers.base import MergeContext, by_actor, owned
from sync_server.services.periods import ClosedPeriods, late_posting_alert

Posted = tuple[Mapping[str, Any], date, JournalEntry | None]


class SaleMerger:
    entity = "sale"

    def checks(self, ctx: MergeContext, changes: Sequence[Change]) -> Callable[[Change], Posted]:
        registers = owners.registers_of(ctx.conn, (c.payload["register_id"] for c in changes))
        chart = ctx.chart
        closed = ClosedPeriods.of(ctx.conn)

        def check(change: Change) -> Posted:
            p = change.payload
            owned(registers.get(p["register_id"]), ctx.branch_id, "register", p["register_id"])
            entry = post_sale_payload(chart, p, ctx.branch_id)
            day = (
                entry.on
                if entry
                else business_date(chart.country, datetime.fromisoformat(p["issued_at"]))
            )
            return p, day, closed.place(entry)  # dated in a closed period: its first open day

        return check

    def write(self, ctx: MergeContext, checked: Sequence[tuple[Change, Posted]]) -> None:
        inserted: dict[str, Mapping[str, Any]] = {}
        for actor, group in by_actor(checked):
            act_as(ctx.conn, actor)
            new = rows.insert_sales(ctx.conn, ctx.branch_id, group)
            inserted.update({p["id"]: p for p, _, _ in group if p["id"] in new})
        breaks = [
            late
            for _, (p, day, entry) in checked
            if p["id"] in inserted and (late := late_posting_alert(entry, day)) is not None
        ]
        for doc in rows.neighbours(ctx.conn, inserted.values()):
            p = inserted[doc.id]
            number = parse_number(p["number"])
            problems = neighbour_problems(
                number.series,
                number.sequence,
                p["previous_hash"],
                p["hash"],
                payload_fields(p),
                doc.before_hash,
                None if doc.after_id in inserted else doc.after_previous,
            )
            if problems:
                breaks.append(("chain_break", {"number": p["number"], "reasons": problems}))
        alerts.insert_alerts(ctx.conn, ctx.branch_id, breaks)
