"""What the sync runner needs of the replica beyond the outbox: applying the server's changes
and the convergence checks (clock high water, customer values, levels against movements)."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from erp_desktop.app.changes import Changes
from erp_desktop.storage import bulk_load, convergence
from erp_desktop.storage.outbox import local_summary
from erp_desktop.storage.remote import apply_remote
from erp_desktop.storage.repositories.base import RepositoryBase


class SyncRepository(RepositoryBase):
    def apply_remote(self, entity: str, payload: dict[str, Any], now: datetime) -> Changes:
        return apply_remote(self.conn, entity, payload, now)

    def local_summary(self) -> dict[str, Any]:
        return local_summary(self.conn)

    def hlc_high_water(self) -> str | None:
        return convergence.hlc_high_water(self.conn)

    def record_observed_hlc(self, stamp: str, now: datetime) -> None:
        convergence.record_observed_hlc(self.conn, stamp, now)

    def customer_values(self) -> list[tuple[UUID, dict[str, Any]]]:
        return convergence.customer_values(self.conn)

    def customers_waiting(self) -> set[UUID]:
        return convergence.customers_waiting(self.conn)

    def take_server_customer(self, row: dict[str, Any], now: datetime) -> None:
        convergence.take_server_customer(self.conn, row, now)

    def requeue_customers(self, customer_ids: list[UUID], now: datetime) -> int:
        return convergence.requeue_customers(self.conn, customer_ids, now)

    def levels_unlike_movements(self) -> list[tuple[str, int, int]]:
        return convergence.levels_unlike_movements(self.conn)

    def bulk_apply(
        self, entity: str, payloads: list[dict[str, Any]], now: datetime, source: str, digest: str
    ) -> Changes:
        return bulk_load.bulk_apply(self.conn, entity, payloads, now, source, digest)

    def bulk_kinds(self) -> frozenset[str]:
        return frozenset(bulk_load.BULK_ROWS)

    def rebuild_search(self) -> None:
        bulk_load.rebuild_search(self.conn)
