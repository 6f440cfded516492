"""Sales documents (receipts, invoices, credit notes), their lines and payments, cash sessions,
and the gapless number series of each register."""

from sqlalchemy import Column, ForeignKey, Index, Integer, String, Table, UniqueConstraint, Uuid

from erp_desktop.kernel.documents import SaleDocument, SaleLine, SalePayment
from erp_desktop.storage.tables.base import Json, UtcDateTime, metadata, pk, stamps
from erp_desktop.storage.tables.declared import declared_columns

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

# The columns of sales documents, their lines and payments are their kernel types' declared
# fields (kernel.documents.sale): a new field needs its migration, not a column here.
sales_documents = Table(
    "sales_documents",
    metadata,
    pk(),
    *declared_columns(
        SaleDocument,
        references={
            "register_id": "registers.id",
            "session_id": "cash_sessions.id",
            "branch_id": "branches.id",
            "customer_id": "customers.id",
            "cashier_id": "users.id",
            "original_id": "sales_documents.id",
            "approved_by": "users.id",
        },
        unique=frozenset({"number"}),
    ),
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
    *declared_columns(
        SaleLine,
        references={"product_id": "products.id", "returned_line_id": "sales_lines.id"},
    ),
    *stamps(),
)

sales_payments = Table(
    "sales_payments",
    metadata,
    pk(),
    Column("document_id", Uuid, ForeignKey("sales_documents.id"), nullable=False, index=True),
    *declared_columns(SalePayment),
    *stamps(),
)
