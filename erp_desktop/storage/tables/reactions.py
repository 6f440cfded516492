"""Rows kept by the event handlers (after a commit, off the document's own transaction):
the low-stock alerts the branch manager sees, and each customer's purchase history for CRM.

Both are derived on this replica from what it recorded; neither is synced.
"""

from sqlalchemy import Column, ForeignKey, Index, Integer, String, Table, Uuid

from erp_desktop.storage.tables.base import UtcDateTime, metadata, pk, stamps

stock_alerts = Table(
    "stock_alerts",
    metadata,
    pk(),
    Column("product_id", Uuid, ForeignKey("products.id"), nullable=False),
    Column("warehouse_id", Uuid, ForeignKey("warehouses.id"), nullable=False),
    Column("level_milli", Integer, nullable=False),
    Column("reorder_point_milli", Integer, nullable=False),
    Column("raised_at", UtcDateTime, nullable=False),
    *stamps(),
    Index("ix_stock_alerts_raised", "raised_at"),
)

customer_history = Table(
    "customer_history",
    metadata,
    pk(),
    Column("customer_id", Uuid, ForeignKey("customers.id"), nullable=False, unique=True),
    Column("purchases", Integer, nullable=False),
    Column("spent_minor", Integer, nullable=False),
    Column("currency", String(3), nullable=False),
    Column("first_purchase_at", UtcDateTime, nullable=False),
    Column("last_purchase_at", UtcDateTime, nullable=False),
    Column("last_sale_id", Uuid, nullable=False),
    *stamps(),
)
