"""The unit of work a use case runs in, and the read-only view a screen reads through.

``store.transaction(actor)`` yields a :class:`UnitOfWork`: every repository over one database
transaction, all or nothing. ``store.read()`` yields a :class:`ReadView`: the same repositories
without their writes, so a write in a read block is a type error, not a surprise.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Protocol
from uuid import UUID

from erp_desktop.app.ports.catalog import CatalogReads, CatalogRepository
from erp_desktop.app.ports.customers import CustomersReads, CustomersRepository
from erp_desktop.app.ports.invoicing import InvoicingReads, InvoicingRepository
from erp_desktop.app.ports.ledger import LedgerReads, LedgerRepository
from erp_desktop.app.ports.org import OrgReads, OrgRepository
from erp_desktop.app.ports.outbox import OutboxReads, OutboxRepository
from erp_desktop.app.ports.sales import SalesReads, SalesRepository
from erp_desktop.app.ports.stock import StockReads, StockRepository
from erp_desktop.app.ports.sync import SyncReads, SyncRepository
from erp_desktop.app.ports.till import TillReads, TillRepository


class ReadView(Protocol):
    @property
    def org(self) -> OrgReads: ...
    @property
    def catalog(self) -> CatalogReads: ...
    @property
    def customers(self) -> CustomersReads: ...
    @property
    def stock(self) -> StockReads: ...
    @property
    def till(self) -> TillReads: ...
    @property
    def sales(self) -> SalesReads: ...
    @property
    def invoicing(self) -> InvoicingReads: ...
    @property
    def ledger(self) -> LedgerReads: ...
    @property
    def outbox(self) -> OutboxReads: ...
    @property
    def sync(self) -> SyncReads: ...


class UnitOfWork(ReadView, Protocol):
    @property
    def org(self) -> OrgRepository: ...
    @property
    def catalog(self) -> CatalogRepository: ...
    @property
    def customers(self) -> CustomersRepository: ...
    @property
    def stock(self) -> StockRepository: ...
    @property
    def till(self) -> TillRepository: ...
    @property
    def sales(self) -> SalesRepository: ...
    @property
    def invoicing(self) -> InvoicingRepository: ...
    @property
    def ledger(self) -> LedgerRepository: ...
    @property
    def outbox(self) -> OutboxRepository: ...
    @property
    def sync(self) -> SyncRepository: ...


class Store(Protocol):
    def transaction(self, actor_id: UUID | None) -> AbstractContextManager[UnitOfWork]: ...
    def read(self) -> AbstractContextManager[ReadView]: ...
