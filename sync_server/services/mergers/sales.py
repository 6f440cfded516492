"""Sales documents (receipts, invoices, credit notes): each posted once with the kernel's
rules, under the same deterministic entry id the replica used, on its business day.

The postings of the whole set are computed at once from the payloads, in integer minor
units (kernel.documents.sale_postings), and each document's own hash from its payload's
chained fields (kernel.documents.sale_seal); a document that pass does not know exactly
(another currency, a tender or case it does not post) is rebuilt and posted with the
per-document rule (``posting_of``), which posts it or refuses it with its coded error.

The sale is real whatever its chain says: each document's own hash is recomputed here,
from the document its payload describes (the one the posting is made from), and its links
to its neighbours are checked once the push has committed (``services.sale_chains``, an
outbox item per set); a break is flagged for head office and the document is kept.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from erp_desktop.kernel.calendar import business_date
from erp_desktop.kernel.documents.posting import posting_of
from erp_desktop.kernel.documents.sale import chain_fields, sale_from_payload
from erp_desktop.kernel.documents.sale_postings import sale_postings
from erp_desktop.kernel.documents.sale_seal import sealed
from erp_desktop.kernel.hash_chain import chain_hash
from erp_desktop.kernel.ledger.entry_rows import EntryRows, entry_rows
from erp_desktop.kernel.protocol.envelope import Change
from sync_server.db import outbox
from sync_server.db.engine import act_as
from sync_server.db.mergers import alerts, owners
from sync_server.db.mergers import sales as rows
from sync_server.services.mergers.base import MergeContext, by_actor, owned
from sync_server.services.periods import ClosedPeriods, late_posting_alert
from sync_server.services.sale_chains import KIND as SALE_CHAIN
from sync_server.services.sale_chains import item_payload

# payload, business day, posting (placed in an open period), whether its own hash holds
Posted = tuple[Mapping[str, Any], date, EntryRows | None, bool]


class SaleMerger:
    entity = "sale"

    def checks(self, ctx: MergeContext, changes: Sequence[Change]) -> Callable[[Change], Posted]:
        registers = owners.registers_of(ctx.conn, (c.payload["register_id"] for c in changes))
        chart = ctx.chart
        closed = ClosedPeriods.of(ctx.conn)
        set_wise = dict(
            zip(
                (c.id for c in changes),
                sale_postings([c.payload for c in changes], chart),
                strict=True,
            )
        )

        def check(change: Change) -> Posted:
            p = change.payload
            owned(registers.get(p["register_id"]), ctx.branch_id, "register", p["register_id"])
            posted = set_wise.get(change.id)
            if posted is not None:
                entry, day, whole = posted.entry, posted.day, sealed(p)
            else:
                document = sale_from_payload(p, ctx.branch_id)  # once, for posting and hash
                journal_entry = posting_of(document, chart)
                entry = entry_rows(journal_entry) if journal_entry else None
                day = (
                    journal_entry.on
                    if journal_entry
                    else business_date(chart.country, datetime.fromisoformat(p["issued_at"]))
                )
                whole = chain_hash(p["previous_hash"], chain_fields(document)) == p["hash"]
            # dated in a closed period: its first open day
            return p, day, closed.place(entry), whole

        return check

    def write(self, ctx: MergeContext, checked: Sequence[tuple[Change, Posted]]) -> None:
        inserted: list[Posted] = []
        for actor, group in by_actor(checked):
            act_as(ctx.conn, actor)
            new = rows.insert_sales(ctx.conn, ctx.branch_id, [(p, d, e) for p, d, e, _ in group])
            inserted.extend(posted for posted in group if posted[0]["id"] in new)
        late = [a for _, day, entry, _ in inserted if (a := late_posting_alert(entry, day))]
        alerts.insert_alerts(ctx.conn, ctx.branch_id, late)
        if inserted:
            documents = [
                (p["id"], p["number"], p["previous_hash"], p["hash"], sealed)
                for p, _, _, sealed in inserted
            ]
            outbox.enqueue(ctx.conn, ctx.branch_id, SALE_CHAIN, item_payload(documents))
