"""Stock as a ledger: immutable movements, the levels kept beside them, stock documents."""

from sqlalchemy import Column, ForeignKey, Index, Integer, String, Table, UniqueConstraint, Uuid

from erp_desktop.kernel.documents import StockDocument, StockLine
from erp_desktop.storage.tables.base import DecimalText, UtcDateTime, metadata, pk, stamps
from erp_desktop.storage.tables.declared import declared_columns

stock_movements = Table(
    "stock_movements",
    metadata,
    pk(),
    Column("product_id", Uuid, ForeignKey("products.id"), nullable=False),
    Column("warehouse_id", Uuid, ForeignKey("warehouses.id"), nullable=False),
    Column("branch_id", Uuid, ForeignKey("branches.id"), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("quantity_milli", Integer, nullable=False),
    Column("unit_cost", DecimalText, nullable=False),
    Column("occurred_at", UtcDateTime, nullable=False),
    Column("document_type", String(30), nullable=False),
    Column("document_id", Uuid, nullable=True),
    Column("created_by", Uuid, ForeignKey("users.id"), nullable=True),
    *stamps(),
    Index("ix_movements_product_time", "product_id", "occurred_at"),
    Index("ix_movements_document", "document_id"),
)

stock_levels = Table(
    "stock_levels",
    metadata,
    pk(),
    Column("warehouse_id", Uuid, ForeignKey("warehouses.id"), nullable=False),
    Column("product_id", Uuid, ForeignKey("products.id"), nullable=False),
    Column("quantity_milli", Integer, nullable=False),
    Column("average_cost", DecimalText, nullable=False),
    *stamps(),
    UniqueConstraint("warehouse_id", "product_id"),
)

# Stock documents and their lines: the declared fields of kernel.documents.stock.
stock_documents = Table(
    "stock_documents",
    metadata,
    pk(),
    *declared_columns(
        StockDocument,
        references={"branch_id": "branches.id", "warehouse_id": "warehouses.id"},
        unique=frozenset({"number"}),
    ),
    Column("created_by", Uuid, ForeignKey("users.id"), nullable=True),
    *stamps(),
)

stock_document_lines = Table(
    "stock_document_lines",
    metadata,
    pk(),
    Column("document_id", Uuid, ForeignKey("stock_documents.id"), nullable=False, index=True),
    *declared_columns(StockLine, references={"product_id": "products.id"}),
    *stamps(),
)
