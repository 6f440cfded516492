"""CRM's record of the documents naming each customer, and the merges of duplicates."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert

from erp_desktop.kernel.crm.timeline import CustomerDocument
from erp_desktop.storage.repositories.base import RepositoryBase, stamped
from erp_desktop.storage.tables.crm import customer_documents as t
from erp_desktop.storage.tables.crm import customer_merges as m
from erp_desktop.storage.tables.declared import row_of


class HistoryRepository(RepositoryBase):
    def documents_of(self, customer_ids: Sequence[UUID]) -> list[CustomerDocument]:
        rows = self.conn.execute(
            select(t).where(t.c.customer_id.in_(list(customer_ids))).order_by(t.c.at, t.c.id)
        ).mappings()
        return [
            CustomerDocument(
                r["id"],
                r["customer_id"],
                r["kind"],
                r["number"],
                r["at"],
                r["site"],
                r["amount_minor"],
                r["currency"],
                r["due_minor"],
                r["applies_to"],
            )
            for r in rows
        ]

    def merged_into(self, customer_id: UUID) -> list[UUID]:
        found: list[UUID] = []
        frontier = [customer_id]
        while frontier:
            rows = self.conn.execute(select(m.c.merged_id).where(m.c.kept_id.in_(frontier)))
            frontier = [r[0] for r in rows if r[0] not in found and r[0] != customer_id]
            found.extend(frontier)
        return found

    def kept_for(self, customer_id: UUID) -> UUID | None:
        return self.conn.execute(select(m.c.kept_id).where(m.c.merged_id == customer_id)).scalar()

    def add_documents(self, documents: Sequence[CustomerDocument], now: datetime) -> int:
        if not documents:
            return 0
        done = self.conn.execute(
            insert(t).on_conflict_do_nothing(index_elements=["id"]),
            [stamped(now, **row_of(d)) for d in documents],
        )
        return int(done.rowcount or 0)

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
        done = self.conn.execute(
            insert(m).on_conflict_do_nothing(),
            stamped(
                now,
                id=merge_id,
                merged_id=merged_id,
                kept_id=kept_id,
                at=at,
                decided_by=decided_by,
                reason=reason,
            ),
        )
        return bool(done.rowcount)
