"""The in-memory replica the fakes share, and their small helpers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from erp_desktop.app.records import (
    BranchInfo,
    CategoryInfo,
    CompanyInfo,
    CustomerInfo,
    LowStockAlert,
    ProductInfo,
    PurchaseHistory,
    RegisterInfo,
    SessionInfo,
    StockPosition,
    UserInfo,
)
from erp_desktop.kernel.crm.interactions import Interaction, Opportunity
from erp_desktop.kernel.crm.loyalty import PointMovement
from erp_desktop.kernel.crm.profile import ConsentEvent
from erp_desktop.kernel.crm.profile_record import ProfileRecord
from erp_desktop.kernel.crm.timeline import CustomerDocument
from erp_desktop.kernel.documents import SaleDocument, StockDocument
from erp_desktop.kernel.documents.business import (
    BusinessDocument,
    CustomerPayment,
    InstrumentEvent,
)
from erp_desktop.kernel.documents.purchase import (
    PurchaseOrder,
    PurchaseReceipt,
    SupplierInvoice,
    SupplierPayment,
)
from erp_desktop.kernel.documents.supplier_return import SupplierReturn
from erp_desktop.kernel.errors import NotFound
from erp_desktop.kernel.inventory.movements import StockMovement
from erp_desktop.kernel.invoicing.global_invoice import GlobalInvoice
from erp_desktop.kernel.ledger.journal import JournalEntry
from erp_desktop.kernel.payroll.month_items import MonthItems
from erp_desktop.kernel.payroll.run import PayrollRun
from erp_desktop.kernel.purchasing.suppliers import Supplier
from tests.desktop.fakes.people import PeopleData

_STOCK_PREFIX = {
    "goods_receipt": "GR",
    "adjustment": "ADJ",
    "transfer_out": "TO",
    "transfer_in": "TI",
    "count": "INV",
    "opening": "OPN",
}


def _not_found(entity: str, key: object) -> NotFound:
    return NotFound("common.not_found", entity=entity, id=str(key))


@dataclass
class HeldTicket:
    register_id: UUID
    label: str
    cart: dict[str, Any]
    held_by: UUID
    held_at: datetime
    recalled_at: datetime | None = None


@dataclass
class FakeReplica:
    """The replica's rows, as the repositories see them."""

    company: CompanyInfo
    local_branch_id: UUID
    branches: dict[UUID, BranchInfo] = field(default_factory=dict)
    warehouses: dict[UUID, UUID] = field(default_factory=dict)  # branch -> its default
    registers: dict[UUID, RegisterInfo] = field(default_factory=dict)
    users: dict[UUID, UserInfo] = field(default_factory=dict)
    settings: dict[str, Any] = field(default_factory=dict)
    products: dict[UUID, ProductInfo] = field(default_factory=dict)
    scale_codes: dict[str, UUID] = field(default_factory=dict)
    rates: list[tuple[str, str, date, Decimal]] = field(default_factory=list)
    customers: dict[UUID, CustomerInfo] = field(default_factory=dict)
    levels: dict[tuple[UUID, UUID], StockPosition] = field(default_factory=dict)
    movements: list[StockMovement] = field(default_factory=list)
    stock_documents: dict[UUID, StockDocument] = field(default_factory=dict)
    sessions: dict[UUID, SessionInfo] = field(default_factory=dict)
    held: dict[UUID, HeldTicket] = field(default_factory=dict)
    series: dict[str, tuple[int, str]] = field(default_factory=dict)
    sales: dict[UUID, SaleDocument] = field(default_factory=dict)
    global_invoices: dict[UUID, GlobalInvoice] = field(default_factory=dict)
    closed_periods: set[str] = field(default_factory=set)
    closed_at_head_office: set[str] = field(default_factory=set)
    entries: list[JournalEntry] = field(default_factory=list)
    outbox: list[dict[str, Any]] = field(default_factory=list)
    alerts: list[LowStockAlert] = field(default_factory=list)
    histories: dict[UUID, tuple[PurchaseHistory, UUID]] = field(default_factory=dict)
    # receivables (issue 13); business_documents: the invoices and credit notes they settle
    business_documents: dict[UUID, BusinessDocument] = field(default_factory=dict)
    customer_payments: dict[UUID, CustomerPayment] = field(default_factory=dict)
    instrument_events: list[InstrumentEvent] = field(default_factory=list)
    suppliers: dict[UUID, Supplier] = field(default_factory=dict)  # purchasing (issue 14)
    purchase_orders: dict[UUID, PurchaseOrder] = field(default_factory=dict)
    purchase_receipts: dict[UUID, PurchaseReceipt] = field(default_factory=dict)
    supplier_invoices: dict[UUID, SupplierInvoice] = field(default_factory=dict)
    supplier_payments: dict[UUID, SupplierPayment] = field(default_factory=dict)
    supplier_returns: dict[UUID, SupplierReturn] = field(default_factory=dict)
    people: PeopleData = field(default_factory=PeopleData)  # employees, staff, attendance
    payroll_runs: dict[UUID, PayrollRun] = field(default_factory=dict)
    month_items: dict[tuple[UUID, date], MonthItems] = field(default_factory=dict)
    point_movements: dict[UUID, PointMovement] = field(default_factory=dict)
    product_categories: dict[UUID, str] = field(default_factory=dict)
    profiles: dict[UUID, ProfileRecord] = field(default_factory=dict)
    consents: dict[UUID, tuple[str, UUID, ConsentEvent]] = field(default_factory=dict)
    customer_documents: dict[UUID, CustomerDocument] = field(default_factory=dict)
    merges: dict[UUID, tuple[UUID, UUID]] = field(default_factory=dict)  # merged -> kept, merge
    interactions: dict[UUID, tuple[Interaction, dict[str, str]]] = field(default_factory=dict)
    opportunities: dict[UUID, tuple[Opportunity, dict[str, str], UUID | None]] = field(
        default_factory=dict
    )
    categories: dict[UUID, CategoryInfo] = field(default_factory=dict)
    product_category: dict[UUID, UUID] = field(default_factory=dict)  # product -> category
    pictures: dict[UUID, tuple[str, bytes]] = field(default_factory=dict)  # product -> image
