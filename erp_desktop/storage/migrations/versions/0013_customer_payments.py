"""Customers' payments and refunds, their allocations, and their cheques' and traites' fate.

A payment (or a refund of unallocated credit) is a document of its own, numbered per branch
(``ALG01-RC-2026-000001``), immutable once written, allocated to one or several invoices by
its ``payment_allocations`` rows; a cheque or traite among them is deposited, cleared or
bounced by ``instrument_events`` rows (a bounce reopens the invoices it settled). The
columns are the declared fields of kernel.documents.business; the audit and refusal
triggers are laid by ``upgrade_replica`` over them (storage/ddl.py: all three immutable).

Revision ID: 0013
Revises: 0012
"""

from alembic import op

revision = "0013"
down_revision = "0012"

_TABLES = (
    """CREATE TABLE IF NOT EXISTS customer_payments (
    id CHAR(32) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    number VARCHAR(40) NOT NULL,
    branch_id CHAR(32) NOT NULL,
    customer_id CHAR(32) NOT NULL,
    received_at VARCHAR(32) NOT NULL,
    tender VARCHAR(20) NOT NULL,
    amount_minor INTEGER NOT NULL,
    currency VARCHAR(3) NOT NULL,
    rate VARCHAR(40) NOT NULL,
    stamp_duty_minor INTEGER NOT NULL,
    reference VARCHAR(100) NOT NULL,
    bank VARCHAR(100) NOT NULL,
    instrument_number VARCHAR(40) NOT NULL,
    instrument_due VARCHAR(10) NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    deleted_at VARCHAR(32),
    PRIMARY KEY (id),
    UNIQUE (number),
    FOREIGN KEY(branch_id) REFERENCES branches (id),
    FOREIGN KEY(customer_id) REFERENCES customers (id)
)""",
    "CREATE INDEX IF NOT EXISTS ix_customer_payments_customer ON customer_payments (customer_id, received_at)",
    """CREATE TABLE IF NOT EXISTS payment_allocations (
    id CHAR(32) NOT NULL,
    payment_id CHAR(32) NOT NULL,
    invoice_id CHAR(32) NOT NULL,
    amount_minor INTEGER NOT NULL,
    booked_rate VARCHAR(40) NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    deleted_at VARCHAR(32),
    PRIMARY KEY (id),
    FOREIGN KEY(payment_id) REFERENCES customer_payments (id)
)""",
    "CREATE INDEX IF NOT EXISTS ix_payment_allocations_invoice ON payment_allocations (invoice_id)",
    "CREATE INDEX IF NOT EXISTS ix_payment_allocations_payment_id ON payment_allocations (payment_id)",
    """CREATE TABLE IF NOT EXISTS instrument_events (
    id CHAR(32) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    number VARCHAR(40) NOT NULL,
    branch_id CHAR(32) NOT NULL,
    payment_id CHAR(32) NOT NULL,
    happened_at VARCHAR(32) NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    deleted_at VARCHAR(32),
    PRIMARY KEY (id),
    UNIQUE (number),
    FOREIGN KEY(branch_id) REFERENCES branches (id),
    FOREIGN KEY(payment_id) REFERENCES customer_payments (id)
)""",
    "CREATE INDEX IF NOT EXISTS ix_instrument_events_payment ON instrument_events (payment_id)",
)


def upgrade() -> None:
    connection = op.get_bind()
    for statement in _TABLES:
        connection.exec_driver_sql(statement)


def downgrade() -> None:
    connection = op.get_bind()
    for table in ("instrument_events", "payment_allocations", "customer_payments"):
        connection.exec_driver_sql(f"DROP TABLE {table}")
