"""The fake store and its unit of work: a transaction works on a copy, kept only if it ends well."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from contextlib import contextmanager
from uuid import UUID

from erp_desktop.app.ports import ReadView, Store, UnitOfWork
from tests.desktop.fakes.attendance import FakeAttendance
from tests.desktop.fakes.business import FakeBusiness
from tests.desktop.fakes.catalog import FakeCatalog
from tests.desktop.fakes.customers import FakeCustomers
from tests.desktop.fakes.history import FakeHistory
from tests.desktop.fakes.hr import FakeHr
from tests.desktop.fakes.interactions import FakeInteractions
from tests.desktop.fakes.invoicing import FakeInvoicing
from tests.desktop.fakes.leave import FakeLeave
from tests.desktop.fakes.ledger import FakeLedger
from tests.desktop.fakes.loyalty import FakeLoyalty
from tests.desktop.fakes.org import FakeOrg
from tests.desktop.fakes.outbox import FakeOutbox
from tests.desktop.fakes.payroll import FakePayroll
from tests.desktop.fakes.pipeline import FakePipeline
from tests.desktop.fakes.profiles import FakeProfiles
from tests.desktop.fakes.purchasing import FakePurchasing
from tests.desktop.fakes.receivables import FakeReceivables
from tests.desktop.fakes.replica import FakeReplica
from tests.desktop.fakes.sales import FakeSales
from tests.desktop.fakes.stock import FakeStock
from tests.desktop.fakes.suppliers import FakeSuppliers
from tests.desktop.fakes.sync import FakeSync
from tests.desktop.fakes.till import FakeTill


class FakeUnitOfWork:
    def __init__(self, db: FakeReplica) -> None:
        self.org = FakeOrg(db)
        self.catalog = FakeCatalog(db)
        self.customers = FakeCustomers(db)
        self.stock = FakeStock(db)
        self.till = FakeTill(db)
        self.sales = FakeSales(db)
        self.invoicing = FakeInvoicing(db)
        self.ledger = FakeLedger(db)
        self.outbox = FakeOutbox(db)
        self.sync = FakeSync(db)
        self.business = FakeBusiness(db)
        self.receivables = FakeReceivables(db)
        self.suppliers = FakeSuppliers(db)
        self.purchasing = FakePurchasing(db)
        self.hr = FakeHr(db)
        self.attendance = FakeAttendance(db)
        self.leave = FakeLeave(db)
        self.payroll = FakePayroll(db)
        self.loyalty = FakeLoyalty(db)
        self.profiles = FakeProfiles(db)
        self.history = FakeHistory(db)
        self.interactions = FakeInteractions(db)
        self.pipeline = FakePipeline(db)
        self.payroll = FakePayroll(db)
        self.leave = FakeLeave(db)


class FakeStore:
    """Counts its transactions and reads, so a test can say a refusal opened neither."""

    def __init__(self, replica: FakeReplica) -> None:
        self.replica = replica
        self.transactions = 0
        self.reads = 0

    @contextmanager
    def transaction(self, actor_id: UUID | None) -> Iterator[FakeUnitOfWork]:
        self.transactions += 1
        working = copy.deepcopy(self.replica)
        yield FakeUnitOfWork(working)
        self.replica = working  # only reached when the block did not raise

    @contextmanager
    def read(self) -> Iterator[FakeUnitOfWork]:
        self.reads += 1
        yield FakeUnitOfWork(copy.deepcopy(self.replica))


def _conforms(store: FakeStore, uow: FakeUnitOfWork) -> tuple[Store, UnitOfWork, ReadView]:
    """Never called: mypy refuses this file if a fake drifts from its Protocol."""
    return store, uow, uow
