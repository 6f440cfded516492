"""The in-memory replica the fakes share, and their small helpers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from erp_desktop.app.records import (
    BranchInfo,
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
from erp_desktop.kernel.documents import SaleDocument, StockDocument
from erp_desktop.kernel.errors import NotFound
from erp_desktop.kernel.inventory.movements import StockMovement
from erp_desktop.kernel.invoicing.global_invoice import GlobalInvoice
from erp_desktop.kernel.ledger.journal import JournalEntry

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
