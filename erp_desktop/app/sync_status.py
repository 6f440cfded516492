"""What the status bar says about synchronisation: changes waiting, server, last sync.

The branch works the same with or without the server; these figures tell the user how
much of the day's work the head office has not seen yet.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from erp_desktop.app.deps import Deps


@dataclass(frozen=True, slots=True)
class SyncStatus:
    pending: int
    server_url: str | None
    last_sync: datetime | None

    @property
    def enrolled(self) -> bool:
        return bool(self.server_url)


def sync_status(deps: Deps) -> SyncStatus:
    with deps.store.read() as tx:
        pending = tx.pending_count()
        url = tx.setting("sync_server_url")
        last = tx.setting("last_sync_at")
    return SyncStatus(pending, url or None, datetime.fromisoformat(last) if last else None)
