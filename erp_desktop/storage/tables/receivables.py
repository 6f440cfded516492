"""Customers' payments and refunds, their allocations to invoices, and the fate of the
cheques and traites among them (deposited, cleared, bounced).

The columns are the kernel types' declared fields (kernel.documents.business:
``CustomerPayment``, ``Allocation``, ``InstrumentEvent``). An allocation names its invoice
without a foreign key: a payment received at another branch may reach this replica before
the invoice it settles does. All three are immutable once written: a bounced cheque is an
event of its own, never an edit of its payment.

What each invoice's due lines still have open is derived by triggers into
``receivable_dues`` (migration 0013, not a table of this module: no audit, like the ledger's
day totals), so the aged balance is one indexed scan.
"""

from sqlalchemy import Column, ForeignKey, Index, Table, Uuid

from erp_desktop.kernel.documents.business import Allocation, CustomerPayment, InstrumentEvent
from erp_desktop.storage.tables.base import metadata, pk, stamps
from erp_desktop.storage.tables.declared import declared_columns

customer_payments = Table(
    "customer_payments",
    metadata,
    pk(),
    *declared_columns(
        CustomerPayment,
        references={"branch_id": "branches.id", "customer_id": "customers.id"},
        unique=frozenset({"number"}),
    ),
    *stamps(),
    Index("ix_customer_payments_customer", "customer_id", "received_at"),
    Index("ix_customer_payments_received", "received_at"),
)

payment_allocations = Table(
    "payment_allocations",
    metadata,
    pk(),
    Column("payment_id", Uuid, ForeignKey("customer_payments.id"), nullable=False, index=True),
    *declared_columns(Allocation),
    *stamps(),
    Index("ix_payment_allocations_invoice", "invoice_id"),
)

instrument_events = Table(
    "instrument_events",
    metadata,
    pk(),
    *declared_columns(
        InstrumentEvent,
        references={"branch_id": "branches.id", "payment_id": "customer_payments.id"},
        unique=frozenset({"number"}),
    ),
    *stamps(),
    Index("ix_instrument_events_payment", "payment_id"),
    Index("ix_instrument_events_happened", "happened_at"),
)
