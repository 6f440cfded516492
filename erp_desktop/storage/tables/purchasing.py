"""Purchasing on the replica (issue 14): the products each supplier supplies, and the
purchase documents (orders, receipts, supplier invoices, supplier payments, supplier
returns) with their children.

The documents' columns come from their declaration (kernel.documents.purchase, through
``declared_columns``); only the links to their parent and the stamps are written here. An
order is the one purchase document that changes after it is written (its status follows
its receipts, a draft is edited): its lines are replaced while it is a draft, never after.
"""

from sqlalchemy import Column, ForeignKey, Integer, String, Table, UniqueConstraint, Uuid

from erp_desktop.kernel.documents.business import Allocation, DueLine
from erp_desktop.kernel.documents.purchase import (
    InvoiceLine,
    PurchaseLine,
    PurchaseOrder,
    PurchaseReceipt,
    ReceiptLine,
    SupplierInvoice,
    SupplierPayment,
)
from erp_desktop.kernel.documents.supplier_return import ReturnLine, SupplierReturn
from erp_desktop.storage.tables.base import metadata, pk, stamps
from erp_desktop.storage.tables.declared import declared_columns

supplier_products = Table(
    "supplier_products",
    metadata,
    pk(),
    Column("supplier_id", Uuid, ForeignKey("suppliers.id"), nullable=False),
    Column("product_id", Uuid, ForeignKey("products.id"), nullable=False, index=True),
    Column("reference", String(60), nullable=False),
    Column("last_price_minor", Integer, nullable=False),  # tax excluded, supplier's currency
    Column("currency", String(3), nullable=False),
    Column("lead_time_days", Integer, nullable=False),
    Column("pack_milli", Integer, nullable=False),
    *stamps(),
    UniqueConstraint("supplier_id", "product_id"),
)

_BRANCH = {"branch_id": "branches.id", "supplier_id": "suppliers.id"}

purchase_orders = Table(
    "purchase_orders",
    metadata,
    pk(),
    *declared_columns(
        PurchaseOrder,
        references={**_BRANCH, "for_branch_id": "branches.id"},
        unique=frozenset({"number"}),
    ),
    # draft until it is sent to the supplier (then the kernel's statuses): who raised it
    Column("created_by", Uuid, ForeignKey("users.id"), nullable=True),
    *stamps(),
)

purchase_order_lines = Table(
    "purchase_order_lines",
    metadata,
    pk(),
    Column("document_id", Uuid, ForeignKey("purchase_orders.id"), nullable=False, index=True),
    *declared_columns(PurchaseLine, references={"product_id": "products.id"}),
    *stamps(),
)

purchase_receipts = Table(
    "purchase_receipts",
    metadata,
    pk(),
    *declared_columns(PurchaseReceipt, references=_BRANCH, unique=frozenset({"number"})),
    # where the goods went; None at head office, which pulls the branches' receipts
    Column("warehouse_id", Uuid, ForeignKey("warehouses.id"), nullable=True),
    Column("created_by", Uuid, ForeignKey("users.id"), nullable=True),
    *stamps(),
)

purchase_receipt_lines = Table(
    "purchase_receipt_lines",
    metadata,
    pk(),
    Column("document_id", Uuid, ForeignKey("purchase_receipts.id"), nullable=False, index=True),
    *declared_columns(ReceiptLine, references={"product_id": "products.id"}),
    *stamps(),
)

supplier_invoices = Table(
    "supplier_invoices",
    metadata,
    pk(),
    *declared_columns(SupplierInvoice, references=_BRANCH, unique=frozenset({"number"})),
    *stamps(),
)

supplier_invoice_lines = Table(
    "supplier_invoice_lines",
    metadata,
    pk(),
    Column("document_id", Uuid, ForeignKey("supplier_invoices.id"), nullable=False, index=True),
    *declared_columns(InvoiceLine),
    *stamps(),
)

supplier_invoice_dues = Table(
    "supplier_invoice_dues",
    metadata,
    pk(),
    Column("document_id", Uuid, ForeignKey("supplier_invoices.id"), nullable=False, index=True),
    *declared_columns(DueLine),
    *stamps(),
)

supplier_payments = Table(
    "supplier_payments",
    metadata,
    pk(),
    *declared_columns(SupplierPayment, references=_BRANCH, unique=frozenset({"number"})),
    *stamps(),
)

supplier_payment_allocations = Table(
    "supplier_payment_allocations",
    metadata,
    pk(),
    Column("document_id", Uuid, ForeignKey("supplier_payments.id"), nullable=False, index=True),
    *declared_columns(Allocation, references={"invoice_id": "supplier_invoices.id"}),
    *stamps(),
)

# supplier returns (debit notes, issue 14): goods sent back against a receipt
supplier_returns = Table(
    "supplier_returns",
    metadata,
    pk(),
    *declared_columns(
        SupplierReturn,
        references={**_BRANCH, "receipt_id": "purchase_receipts.id"},
        unique=frozenset({"number"}),
    ),
    Column("created_by", Uuid, ForeignKey("users.id"), nullable=True),
    *stamps(),
)

supplier_return_lines = Table(
    "supplier_return_lines",
    metadata,
    pk(),
    Column("document_id", Uuid, ForeignKey("supplier_returns.id"), nullable=False, index=True),
    *declared_columns(ReturnLine, references={"product_id": "products.id"}),
    *stamps(),
)
