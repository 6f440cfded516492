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

from erp_desktop.kernel.errors import ConflictError
from erp_desktop.storage.engine import Replica
from erp_desktop.storage.outbox import append_change, count_pending
from erp_desktop.storage.repositories.catalog import CatalogRepository
from erp_desktop.storage.repositories.ledger import LedgerRepository
from erp_desktop.storage.repositories.org import OrgRepository
from erp_desktop.storage.repositories.sales import SalesRepository
from erp_desktop.storage.repositories.stock import StockRepository


class SqliteTransaction(
    OrgRepository, CatalogRepository, StockRepository, SalesRepository, LedgerRepository
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
