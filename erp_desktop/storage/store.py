"""The SQLite store: the storage port of the app, over one replica.

``SqliteStore.transaction(actor)`` yields a :class:`SqliteUnitOfWork`: one small repository per
aggregate (``uow.sales``, ``uow.stock``, ...), all over the same connection, committed when the
block ends and rolled back as a whole if it raises. ``read()`` yields the same repositories
typed as the app's ``ReadView``, without their writes.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from uuid import UUID

from sqlalchemy import Connection
from sqlalchemy.exc import IntegrityError

from erp_desktop.app.ports import ReadView
from erp_desktop.kernel.errors import ConflictError
from erp_desktop.storage.engine import Replica
from erp_desktop.storage.repositories.attendance import AttendanceRepository
from erp_desktop.storage.repositories.business import BusinessRepository
from erp_desktop.storage.repositories.catalog import CatalogRepository
from erp_desktop.storage.repositories.customers import CustomersRepository
from erp_desktop.storage.repositories.history import HistoryRepository
from erp_desktop.storage.repositories.hr import HrRepository
from erp_desktop.storage.repositories.interactions import InteractionsRepository
from erp_desktop.storage.repositories.invoicing import InvoicingRepository
from erp_desktop.storage.repositories.leave import LeaveRepository
from erp_desktop.storage.repositories.ledger import LedgerRepository
from erp_desktop.storage.repositories.loyalty import LoyaltyRepository
from erp_desktop.storage.repositories.org import OrgRepository
from erp_desktop.storage.repositories.outbox import OutboxRepository
from erp_desktop.storage.repositories.payroll import PayrollRepository
from erp_desktop.storage.repositories.pipeline import PipelineRepository
from erp_desktop.storage.repositories.profiles import ProfilesRepository
from erp_desktop.storage.repositories.purchasing import PurchasingRepository
from erp_desktop.storage.repositories.receivables import ReceivablesRepository
from erp_desktop.storage.repositories.sales import SalesRepository
from erp_desktop.storage.repositories.stock import StockRepository
from erp_desktop.storage.repositories.suppliers import SuppliersRepository
from erp_desktop.storage.repositories.sync import SyncRepository
from erp_desktop.storage.repositories.till import TillRepository


class SqliteUnitOfWork:
    def __init__(self, conn: Connection) -> None:
        self.org = OrgRepository(conn)
        self.catalog = CatalogRepository(conn)
        self.customers = CustomersRepository(conn)
        self.stock = StockRepository(conn)
        self.till = TillRepository(conn)
        self.sales = SalesRepository(conn)
        self.invoicing = InvoicingRepository(conn)
        self.ledger = LedgerRepository(conn)
        self.outbox = OutboxRepository(conn)
        self.sync = SyncRepository(conn)
        self.business = BusinessRepository(conn)
        self.receivables = ReceivablesRepository(conn)
        self.suppliers = SuppliersRepository(conn)
        self.purchasing = PurchasingRepository(conn)
        self.hr = HrRepository(conn)
        self.attendance = AttendanceRepository(conn)
        self.leave = LeaveRepository(conn)
        self.payroll = PayrollRepository(conn)
        self.loyalty = LoyaltyRepository(conn)
        self.profiles = ProfilesRepository(conn)
        self.history = HistoryRepository(conn)
        self.interactions = InteractionsRepository(conn)
        self.pipeline = PipelineRepository(conn)
        self.payroll = PayrollRepository(conn)
        self.leave = LeaveRepository(conn)


class SqliteStore:
    def __init__(self, replica: Replica) -> None:
        self.replica = replica
        self._work: tuple[Connection, SqliteUnitOfWork] | None = None

    def _unit_of_work(self, conn: Connection) -> SqliteUnitOfWork:
        """The repositories over the replica's kept connection, made once: they hold
        nothing but the connection (a read at the till built 23 of them each time)."""
        if self._work is None or self._work[0] is not conn:
            self._work = (conn, SqliteUnitOfWork(conn))
        return self._work[1]

    @contextmanager
    def transaction(self, actor_id: UUID | None) -> Iterator[SqliteUnitOfWork]:
        try:
            with self.replica.transaction(actor_id) as conn:
                yield self._unit_of_work(conn)
        except IntegrityError as exc:
            message = str(exc.orig)
            if message in ("storage.immutable", "storage.delete_refused"):
                raise ConflictError(message) from exc
            raise ConflictError("storage.integrity", detail=message) from exc

    def read(self) -> StoreRead:
        """The repositories without their writes (the block is rolled back at its end)."""
        return StoreRead(self)


class StoreRead:
    """``SqliteStore.read`` as a plain context manager (see ``engine.ReadBlock``: the till's
    reads are short enough for a generator's cost to show)."""

    __slots__ = ("_block", "_store")

    def __init__(self, store: SqliteStore) -> None:
        self._store = store
        self._block = store.replica.read()

    def __enter__(self) -> ReadView:
        conn = self._block.__enter__()
        try:
            return self._store._unit_of_work(conn)
        except BaseException:
            self._block.__exit__(None, None, None)  # the connection is given back
            raise

    def __exit__(self, *exc: object) -> None:
        self._block.__exit__(*exc)
