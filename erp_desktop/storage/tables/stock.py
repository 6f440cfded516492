"""Stock as a ledger: immutable movements, the levels kept beside them, stock documents."""

from sqlalchemy import Column, ForeignKey, Index, Integer, String, Table, UniqueConstraint, Uuid

from erp_desktop.storage.tables.base import DecimalText, UtcDateTime, metadata, pk, stamps

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

stock_documents = Table(
    "stock_documents",
    metadata,
    pk(),
    # goods_receipt, adjustment, transfer_out, transfer_in, count
    Column("kind", String(20), nullable=False),
    Column("number", String(40), nullable=False, unique=True),
    Column("status", String(20), nullable=False),  # draft, final, in_transit, received
    Column("branch_id", Uuid, ForeignKey("branches.id"), nullable=False),
    Column("warehouse_id", Uuid, ForeignKey("warehouses.id"), nullable=False),
    Column("counterpart_branch_id", Uuid, nullable=True),  # the other branch of a transfer
    Column("related_id", Uuid, nullable=True),  # transfer in -> its transfer out
    Column("supplier_id", Uuid, nullable=True),
    Column("currency", String(3), nullable=False),
    Column("rate", DecimalText, nullable=False),
    Column("reason", String(200), nullable=False),
    Column("issued_at", UtcDateTime, nullable=False),
    Column("created_by", Uuid, ForeignKey("users.id"), nullable=True),
    *stamps(),
)

stock_document_lines = Table(
    "stock_document_lines",
    metadata,
    pk(),
    Column("document_id", Uuid, ForeignKey("stock_documents.id"), nullable=False, index=True),
    Column("product_id", Uuid, ForeignKey("products.id"), nullable=False),
    Column("quantity_milli", Integer, nullable=False),  # signed for adjustments/variances
    Column("expected_milli", Integer, nullable=True),  # counts: what the books said
    Column("unit_cost", DecimalText, nullable=False),
    Column("vat_rate", DecimalText, nullable=False),
    *stamps(),
)
