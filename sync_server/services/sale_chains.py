"""The chain check of merged sales, done after their push commits (an outbox item per
set merged, ``services.outbox``).

The merge recomputes each document's own hash while it has the document in hand and
queues, for the set it inserted, each document's number, hashes and whether its hash holds.
Here each is checked against both of its neighbours in the series, which may arrive in any
order and through any worker. Each link between two documents is checked once: by the item
done second. A neighbour in the same item is checked from its own side (as the link after
one is the link before the next); a neighbour whose item is still pending is left to that
item, which will find this one done. The items of one branch are done one at a time
(``db.outbox.claim``), so two of them never each leave their shared link to the other. A
break is flagged for head office on the document where it is seen; the sale is kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from erp_desktop.kernel.hash_chain import link_problems
from erp_desktop.kernel.numbering import parse_number
from sync_server.db import outbox
from sync_server.db.engine import Connection
from sync_server.db.mergers import alerts
from sync_server.db.mergers import sales as rows

KIND = "sale_chain"


def item_payload(documents: Sequence[tuple[str, str, str, str, bool]]) -> dict[str, Any]:
    """The item for the documents inserted: (id, number, previous hash, hash, sealed)."""
    return {"documents": [list(d) for d in documents]}


def check_sale_chains(conn: Connection, item: outbox.Item) -> None:
    documents = {d[0]: d for d in item.payload["documents"]}
    elsewhere = outbox.pending_documents(conn, KIND, item.id)
    breaks: list[tuple[str, dict[str, Any]]] = []
    for near in rows.neighbours(conn, ((d[0], d[1]) for d in documents.values())):
        _, number, previous_hash, stored_hash, sealed = documents[near.id]
        parsed = parse_number(number)
        before = None if near.before_id in elsewhere else near.before_hash
        after = (
            None
            if near.after_id in documents or near.after_id in elsewhere
            else near.after_previous
        )
        problems = link_problems(
            parsed.series, parsed.sequence, previous_hash, stored_hash, sealed, before, after
        )
        if problems:
            breaks.append(("chain_break", {"number": number, "reasons": problems}))
    alerts.insert_alerts(conn, item.branch_id, breaks)
