"""Changes queued for the server, and what the server made of them."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Protocol
from uuid import UUID


class OutboxReads(Protocol):
    def pending_count(self) -> int: ...
    def pending(self, limit: int) -> list[dict[str, Any]]: ...
    def rejected(self) -> list[dict[str, Any]]: ...
    def queued(self, entity: str, entity_id: UUID) -> bool: ...


class OutboxRepository(OutboxReads, Protocol):
    def queue_change(
        self,
        entity: str,
        entity_id: UUID,
        payload: dict[str, Any],
        hlc: str,
        actor_id: UUID | None,
        now: datetime,
    ) -> None: ...
    def queue_changes(
        self,
        changes: list[tuple[str, UUID, dict[str, Any], str]],
        actor_id: UUID | None,
        now: datetime,
    ) -> None: ...
    def mark_sent(self, change_ids: list[UUID], now: datetime) -> None: ...
    def mark_rejected(
        self, change_id: UUID, code: str, params: dict[str, Any], now: datetime
    ) -> None: ...
    def retry(self, change_ids: list[UUID], now: datetime) -> None: ...
    def requeue(self, product_ids: list[str], series: list[str], now: datetime) -> int: ...
