"""The SQLite store: the storage port of the app, over one replica.

``SqliteStore.transaction(actor)`` yields a :class:`SqliteTransaction` whose methods come from
the repository mixins; it commits when the block ends and rolls everything back if it raises.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any
from uuid import UUID

from sqlalchemy import Connection
from sqlalchemy.exc import IntegrityError

from erp_desktop.app.changes import Changes
from erp_desktop.kernel.errors import ConflictError
from erp_desktop.storage import convergence
from erp_desktop.storage.engine import Replica
from erp_desktop.storage.outbox import (
    append_change,
    count_pending,
    local_summary,
    mark_rejected,
    mark_sent,
    pending_changes,
    rejected_changes,
    requeue,
    retry,
)
from erp_desktop.storage.remote import apply_remote
from erp_desktop.storage.repositories.catalog import CatalogRepository
from erp_desktop.storage.repositories.invoicing import InvoicingRepository
from erp_desktop.storage.repositories.ledger import LedgerRepository
from erp_desktop.storage.repositories.org import OrgRepository, write_setting
from erp_desktop.storage.repositories.sales import SalesRepository
from erp_desktop.storage.repositories.stock import StockRepository


class SqliteTransaction(
    OrgRepository,
    CatalogRepository,
    StockRepository,
    SalesRepository,
    LedgerRepository,
    InvoicingRepository,
):
    def __init__(self, conn: Connection) -> None:
        super().__init__(conn)

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

    def pending_count(self) -> int:
        return count_pending(self.conn)

    def pending_outbox(self, limit: int) -> list[dict[str, Any]]:
        return pending_changes(self.conn, limit)

    def rejected_outbox(self) -> list[dict[str, Any]]:
        return rejected_changes(self.conn)

    def mark_outbox_sent(self, change_ids: list[UUID], now: datetime) -> None:
        mark_sent(self.conn, change_ids, now)

    def mark_outbox_rejected(
        self, change_id: UUID, code: str, params: dict[str, Any], now: datetime
    ) -> None:
        mark_rejected(self.conn, change_id, code, params, now)

    def retry_outbox(self, change_ids: list[UUID], now: datetime) -> None:
        retry(self.conn, change_ids, now)

    def apply_remote(self, entity: str, payload: dict[str, Any], now: datetime) -> Changes:
        return apply_remote(self.conn, entity, payload, now)

    def local_summary(self) -> dict[str, Any]:
        return local_summary(self.conn)

    def requeue_outbox(self, product_ids: list[str], series: list[str], now: datetime) -> int:
        return requeue(self.conn, product_ids, series, now)

    def set_setting(self, key: str, value: Any, now: datetime) -> None:
        write_setting(self.conn, key, value, now)

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

    def queued(self, entity: str, entity_id: UUID) -> bool:
        return convergence.queued(self.conn, entity, entity_id)


class SqliteStore:
    def __init__(self, replica: Replica) -> None:
        self.replica = replica

    @contextmanager
    def transaction(self, actor_id: UUID | None) -> Iterator[SqliteTransaction]:
        try:
            with self.replica.transaction(actor_id) as conn:
                yield SqliteTransaction(conn)
        except IntegrityError as exc:
            message = str(exc.orig)
            if message in ("storage.immutable", "storage.delete_refused"):
                raise ConflictError(message) from exc
            raise ConflictError("storage.integrity", detail=message) from exc

    @contextmanager
    def read(self) -> Iterator[SqliteTransaction]:
        with self.replica.read() as conn:
            yield SqliteTransaction(conn)
