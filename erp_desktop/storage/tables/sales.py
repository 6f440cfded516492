"""Sales documents (receipts, invoices, credit notes), their lines and payments, cash sessions,
and the gapless number series of each register."""

from sqlalchemy import Column, ForeignKey, Index, Integer, String, Table, UniqueConstraint, Uuid

from erp_desktop.storage.tables.base import DecimalText, Json, UtcDateTime, metadata, pk, stamps

cash_sessions = Table(
    "cash_sessions",
    metadata,
    pk(),
    Column("register_id", Uuid, ForeignKey("registers.id"), nullable=False),
    Column("status", String(10), nullable=False),  # open, closed
    Column("opened_by", Uuid, ForeignKey("users.id"), nullable=False),
    Column("opened_at", UtcDateTime, nullable=False),
    Column("closed_by", Uuid, ForeignKey("users.id"), nullable=True),
    Column("closed_at", UtcDateTime, nullable=True),
    Column("currency", String(3), nullable=False),
    Column("opening_float_minor", Integer, nullable=False),
    Column("expected_cash_minor", Integer, nullable=True),
    Column("counted_cash_minor", Integer, nullable=True),
    Column("counted_denominations", Json, nullable=True),
    Column("z_number", Integer, nullable=True),
    Column("z_report", Json, nullable=True),
    *stamps(),
    Index("ix_sessions_register_status", "register_id", "status"),
)

number_series = Table(
    "number_series",
    metadata,
    pk(),
    Column("register_id", Uuid, ForeignKey("registers.id"), nullable=False),
    Column("series", String(40), nullable=False, unique=True),
    Column("last_sequence", Integer, nullable=False),
    Column("last_hash", String(64), nullable=False),
    *stamps(),
)

sales_documents = Table(
    "sales_documents",
    metadata,
    pk(),
    Column("kind", String(20), nullable=False),  # receipt, invoice, credit_note
    Column("number", String(40), nullable=False, unique=True),
    Column("series", String(40), nullable=False),
    Column("sequence", Integer, nullable=False),
    Column("status", String(10), nullable=False),  # final (immutable), cancelled
    Column("register_id", Uuid, ForeignKey("registers.id"), nullable=False),
    Column("session_id", Uuid, ForeignKey("cash_sessions.id"), nullable=True),
    Column("branch_id", Uuid, ForeignKey("branches.id"), nullable=False),
    Column("customer_id", Uuid, ForeignKey("customers.id"), nullable=True),
    Column("cashier_id", Uuid, ForeignKey("users.id"), nullable=False),
    Column("original_id", Uuid, ForeignKey("sales_documents.id"), nullable=True),
    Column("issued_at", UtcDateTime, nullable=False),
    Column("currency", String(3), nullable=False),
    Column("rate", DecimalText, nullable=False),
    Column("price_mode", String(20), nullable=False),
    Column("base_minor", Integer, nullable=False),
    Column("vat_minor", Integer, nullable=False),
    Column("discount_minor", Integer, nullable=False),
    Column("stamp_duty_minor", Integer, nullable=False),
    Column("rounding_minor", Integer, nullable=False),
    Column("total_minor", Integer, nullable=False),
    Column("change_minor", Integer, nullable=False),
    Column("cost", DecimalText, nullable=False),  # company currency, weighted average cost
    Column("approved_by", Uuid, ForeignKey("users.id"), nullable=True),
    Column("previous_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    *stamps(),
    UniqueConstraint("series", "sequence"),
    Index("ix_sales_session", "session_id"),
    Index("ix_sales_issued", "issued_at"),
)

sales_lines = Table(
    "sales_lines",
    metadata,
    pk(),
    Column("document_id", Uuid, ForeignKey("sales_documents.id"), nullable=False, index=True),
    Column("position", Integer, nullable=False),
    Column("product_id", Uuid, ForeignKey("products.id"), nullable=False),
    Column("description", String(300), nullable=False),
    Column("quantity_milli", Integer, nullable=False),
    Column("unit_price", DecimalText, nullable=False),
    Column("vat_rate", DecimalText, nullable=False),
    Column("discount_minor", Integer, nullable=False),
    Column("base_minor", Integer, nullable=False),
    Column("vat_minor", Integer, nullable=False),
    Column("unit_cost", DecimalText, nullable=False),
    Column("returned_line_id", Uuid, ForeignKey("sales_lines.id"), nullable=True),
    *stamps(),
)

sales_payments = Table(
    "sales_payments",
    metadata,
    pk(),
    Column("document_id", Uuid, ForeignKey("sales_documents.id"), nullable=False, index=True),
    Column("tender", String(20), nullable=False),
    Column("amount_minor", Integer, nullable=False),
    Column("currency", String(3), nullable=False),
    Column("rate", DecimalText, nullable=False),
    Column("reference", String(100), nullable=False),
    *stamps(),
)
