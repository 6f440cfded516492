"""The outbox seen by the use cases: changes queued for the server and what became of them."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from erp_desktop.storage import convergence
from erp_desktop.storage.outbox import (
    append_change,
    append_changes,
    count_pending,
    mark_rejected,
    mark_sent,
    pending_changes,
    rejected_changes,
    requeue,
    retry,
)
from erp_desktop.storage.repositories.base import RepositoryBase


class OutboxRepository(RepositoryBase):
    def queue_change(
        self,
        entity: str,
        entity_id: UUID,
        payload: dict[str, Any],
        hlc: str,
        actor_id: UUID | None,
        now: datetime,
    ) -> None:
        append_change(self.conn, entity, entity_id, payload, hlc, actor_id, now)

    def queue_changes(
        self,
        changes: list[tuple[str, UUID, dict[str, Any], str]],
        actor_id: UUID | None,
        now: datetime,
    ) -> None:
        append_changes(self.conn, changes, actor_id, now)

    def pending_count(self) -> int:
        return count_pending(self.conn)

    def pending(self, limit: int) -> list[dict[str, Any]]:
        return pending_changes(self.conn, limit)

    def rejected(self) -> list[dict[str, Any]]:
        return rejected_changes(self.conn)

    def queued(self, entity: str, entity_id: UUID) -> bool:
        return convergence.queued(self.conn, entity, entity_id)

    def mark_sent(self, change_ids: list[UUID], now: datetime) -> None:
        mark_sent(self.conn, change_ids, now)

    def mark_rejected(
        self, change_id: UUID, code: str, params: dict[str, Any], now: datetime
    ) -> None:
        mark_rejected(self.conn, change_id, code, params, now)

    def retry(self, change_ids: list[UUID], now: datetime) -> None:
        retry(self.conn, change_ids, now)

    def requeue(self, product_ids: list[str], series: list[str], now: datetime) -> int:
        return requeue(self.conn, product_ids, series, now)
