"""Documents of sales to business customers (quotes, sales orders, delivery notes, invoices
on account, credit notes), their lines and their due dates.

The columns are the kernel types' declared fields (kernel.documents.business): a new field
needs its migration, not a column here. One table holds every kind; a line's
``source_line_id`` names the order line a delivery or an invoice follows, or the invoice line
a credit note takes back (another row of the same table, or of the till's ``sales_lines``
for an invoice of a ticket: so no foreign key). Documents of other branches come down with
the sync (every site sees every one), so ``ticket_id`` has no foreign key either: the ticket
is on its own branch's replica.
"""

from sqlalchemy import Column, ForeignKey, Index, Table, Uuid

from erp_desktop.kernel.documents.business import BusinessDocument, BusinessLine, DueLine
from erp_desktop.storage.tables.base import metadata, pk, stamps
from erp_desktop.storage.tables.declared import declared_columns

business_documents = Table(
    "business_documents",
    metadata,
    pk(),
    *declared_columns(
        BusinessDocument,
        references={
            "branch_id": "branches.id",
            "customer_id": "customers.id",
            "related_id": "business_documents.id",
        },
        unique=frozenset({"number"}),
    ),
    *stamps(),
    Index("ix_business_kind_issued", "kind", "issued_at"),
    Index("ix_business_customer", "customer_id"),
    Index("ix_business_related", "related_id"),
)

business_lines = Table(
    "business_lines",
    metadata,
    pk(),
    Column("document_id", Uuid, ForeignKey("business_documents.id"), nullable=False, index=True),
    *declared_columns(BusinessLine, references={"product_id": "products.id"}),
    *stamps(),
    Index("ix_business_lines_source", "source_line_id"),
)

business_due_lines = Table(
    "business_due_lines",
    metadata,
    pk(),
    Column("document_id", Uuid, ForeignKey("business_documents.id"), nullable=False, index=True),
    *declared_columns(DueLine),
    *stamps(),
)
