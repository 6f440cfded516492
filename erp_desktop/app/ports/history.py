"""What the documents said about customers (CRM's own record, from every site)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol
from uuid import UUID

from erp_desktop.kernel.crm.history import HistorySummary
from erp_desktop.kernel.crm.timeline import CustomerDocument


class HistoryReads(Protocol):
    def documents_of(self, customer_ids: Sequence[UUID]) -> list[CustomerDocument]: ...
    def latest_documents(self, customer_ids: Sequence[UUID], limit: int) -> list[CustomerDocument]:
        """The ``limit`` newest documents (newest first), for a timeline."""
        ...

    def summary_of(self, customer_ids: Sequence[UUID], currency: str) -> HistorySummary:
        """The summary ``kernel.crm.timeline.history_of`` folds from every document of
        ``customer_ids``, computed where the documents are (aggregates, not rows)."""
        ...

    def merged_into(self, customer_id: UUID) -> list[UUID]:
        """The customers merged into ``customer_id`` (directly or through others)."""
        ...

    def kept_for(self, customer_id: UUID) -> UUID | None:
        """The customer ``customer_id`` was merged into, if it was."""
        ...


class HistoryRepository(HistoryReads, Protocol):
    def add_documents(self, documents: Sequence[CustomerDocument], now: datetime) -> int: ...
    def add_merge(
        self,
        merge_id: UUID,
        merged_id: UUID,
        kept_id: UUID,
        at: datetime,
        decided_by: UUID | None,
        reason: str,
        now: datetime,
    ) -> bool: ...
