"""CRM's own rows on the replica: the loyalty ledger (every site's point movements, pulled
from the server so that any till knows a customer's balance offline).

A movement is never changed once written (the ledger is append-only, like stock movements):
a correction is another movement. Its columns are derived from the kernel's declaration
(``kernel.crm.loyalty.PointMovement``). No foreign key to ``customers``: a movement made at
another branch may come down before the customer it names.
"""

from sqlalchemy import Index, Table

from erp_desktop.kernel.crm.loyalty import PointMovement
from erp_desktop.storage.tables.base import metadata, pk, stamps
from erp_desktop.storage.tables.declared import declared_columns

loyalty_movements = Table(
    "loyalty_movements",
    metadata,
    pk(),
    *declared_columns(PointMovement),
    *stamps(),
    Index("ix_loyalty_movements_customer", "customer_id", "at"),
)
