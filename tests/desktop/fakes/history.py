"""The fake of the history repository (app/ports/history.py)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from uuid import UUID

from erp_desktop.kernel.crm.history import HistorySummary
from erp_desktop.kernel.crm.timeline import CustomerDocument, history_of
from tests.desktop.fakes.replica import FakeReplica


class FakeHistory:
    def __init__(self, db: FakeReplica) -> None:
        self.db = db

    def documents_of(self, customer_ids: Sequence[UUID]) -> list[CustomerDocument]:
        wanted = set(customer_ids)
        found = [d for d in self.db.customer_documents.values() if d.customer_id in wanted]
        return sorted(found, key=lambda d: (d.at, d.id.bytes))

    def latest_documents(self, customer_ids: Sequence[UUID], limit: int) -> list[CustomerDocument]:
        return list(reversed(self.documents_of(customer_ids)))[:limit]

    def summary_of(self, customer_ids: Sequence[UUID], currency: str) -> HistorySummary:
        return history_of(self.documents_of(customer_ids), currency)

    def merged_into(self, customer_id: UUID) -> list[UUID]:
        found: list[UUID] = []
        frontier = [customer_id]
        while frontier:
            frontier = [
                merged
                for merged, (kept, _) in self.db.merges.items()
                if kept in frontier and merged not in found and merged != customer_id
            ]
            found.extend(frontier)
        return found

    def kept_for(self, customer_id: UUID) -> UUID | None:
        merge = self.db.merges.get(customer_id)
        return merge[0] if merge else None

    def add_documents(self, documents: Sequence[CustomerDocument], now: datetime) -> int:
        new = [d for d in documents if d.id not in self.db.customer_documents]
        for d in new:
            self.db.customer_documents[d.id] = d
        return len(new)

    def add_merge(
        self,
        merge_id: UUID,
        merged_id: UUID,
        kept_id: UUID,
        at: datetime,
        decided_by: UUID | None,
        reason: str,
        now: datetime,
    ) -> bool:
        if merged_id in self.db.merges:
            return False
        self.db.merges[merged_id] = (kept_id, merge_id)
        return True
