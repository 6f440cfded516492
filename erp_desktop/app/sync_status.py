"""What the status bar says about synchronisation: changes waiting, server, last sync.

The branch works the same with or without the server; these figures tell the user how
much of the day's work the head office has not seen yet.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from erp_desktop.app.changes import Changed, Done
from erp_desktop.app.deps import Deps
from erp_desktop.kernel.ownership import SiteKind


@dataclass(frozen=True, slots=True)
class SyncStatus:
    pending: int
    server_url: str | None
    last_sync: datetime | None
    alone: bool = False  # a shop that runs alone: no server, its changes wait for a join

    @property
    def enrolled(self) -> bool:
        return bool(self.server_url)


def sync_status(deps: Deps) -> SyncStatus:
    with deps.store.read() as tx:
        pending = tx.outbox.pending_count()
        url = tx.org.setting("sync_server_url")
        last = tx.org.setting("last_sync_at")
        alone = tx.org.local_branch().kind == SiteKind.STANDALONE
    return SyncStatus(
        pending, url or None, datetime.fromisoformat(last) if last else None, alone and not url
    )


@dataclass(frozen=True, slots=True)
class RejectedChange:
    change_id: UUID
    entity: str
    reference: str  # the document number when there is one, else the row's id
    code: str
    params: dict[str, Any]


def rejected_changes(deps: Deps) -> list[RejectedChange]:
    """Changes the server refused, with its reasons, for the sync panel."""
    with deps.store.read() as tx:
        rows = tx.outbox.rejected()
    return [
        RejectedChange(
            r["id"],
            r["entity"],
            str(r["payload"].get("number") or r["entity_id"]),
            r["error_code"] or "",
            dict(r["error_params"] or {}),
        )
        for r in rows
    ]


def retry_rejected(deps: Deps) -> Done[int]:
    """Puts every rejected change back in the queue (once head office fixed the cause)."""
    with deps.store.transaction(None) as tx:
        ids = [r["id"] for r in tx.outbox.rejected()]
        tx.outbox.retry(ids, deps.now())
    return Done(len(ids), frozenset({Changed.OUTBOX}))
