"""The ports the use cases talk to storage through (implemented by erp_desktop.storage).

A use case opens one :class:`UnitOfWork` (all or nothing) and calls business-level methods on
its repositories, one per aggregate (``tx.sales``, ``tx.stock``, ``tx.ledger``, ...); it never
sees SQL. Reads go through a :class:`ReadView`, the same repositories without their writes.
Tests run the use cases over the SQLite implementation in a temporary folder (it is the real
thing), or over the in-memory fakes of ``tests/desktop/fakes/`` where that is faster.
"""

from erp_desktop.app.ports.attendance import AttendanceReads, AttendanceRepository
from erp_desktop.app.ports.catalog import CatalogReads, CatalogRepository
from erp_desktop.app.ports.customers import CustomersReads, CustomersRepository
from erp_desktop.app.ports.hr import HrReads, HrRepository
from erp_desktop.app.ports.invoicing import InvoicingReads, InvoicingRepository
from erp_desktop.app.ports.leave import LeaveReads, LeaveRepository
from erp_desktop.app.ports.ledger import LedgerReads, LedgerRepository
from erp_desktop.app.ports.org import OrgReads, OrgRepository
from erp_desktop.app.ports.outbox import OutboxReads, OutboxRepository
from erp_desktop.app.ports.payroll import PayrollReads, PayrollRepository
from erp_desktop.app.ports.sales import SalesReads, SalesRepository
from erp_desktop.app.ports.stock import StockReads, StockRepository
from erp_desktop.app.ports.sync import SyncReads, SyncRepository
from erp_desktop.app.ports.till import TillReads, TillRepository
from erp_desktop.app.ports.unit_of_work import ReadView, Store, UnitOfWork

__all__ = [
    "AttendanceReads",
    "AttendanceRepository",
    "CatalogReads",
    "CatalogRepository",
    "CustomersReads",
    "CustomersRepository",
    "HrReads",
    "HrRepository",
    "InvoicingReads",
    "InvoicingRepository",
    "LeaveReads",
    "LeaveRepository",
    "LedgerReads",
    "LedgerRepository",
    "OrgReads",
    "OrgRepository",
    "OutboxReads",
    "OutboxRepository",
    "PayrollReads",
    "PayrollRepository",
    "ReadView",
    "SalesReads",
    "SalesRepository",
    "StockReads",
    "StockRepository",
    "Store",
    "SyncReads",
    "SyncRepository",
    "TillReads",
    "TillRepository",
    "UnitOfWork",
]
