"""Customers' payments and refunds, their allocations, and their cheques' and traites' fate.

A payment (or a refund of unallocated credit) is a document of its own, numbered per branch
(``ALG01-RC-2026-000001``), immutable once written, allocated to one or several invoices by
its ``payment_allocations`` rows; a cheque or traite among them is deposited, cleared or
bounced by ``instrument_events`` rows (a bounce reopens the invoices it settled). The
columns are the declared fields of kernel.documents.business; the audit and refusal
triggers are laid by ``upgrade_replica`` over them (storage/ddl.py: all three immutable).
``receivable_dues`` is derived (what each invoice's due lines still have open), kept by the
triggers below, so the aged balance over 100,000 open items is one indexed scan.

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
    "CREATE INDEX IF NOT EXISTS ix_customer_payments_received ON customer_payments (received_at)",
    "CREATE INDEX IF NOT EXISTS ix_instrument_events_happened ON instrument_events (happened_at)",
)

# What is open on each due line of each invoice on account, kept by triggers in the same
# transaction as whatever moves it (an invoice's due lines, a credit note, an allocation, a
# bounce, a cancellation), whoever writes it (a use case, a pull, the demo). ``before_minor``
# is what the invoice's earlier due lines add up to: what was settled takes the earliest
# first (kernel.invoicing.receivables), so a line's open part is
# clamp(before + amount - settled, 0, amount).
_SETTLED = (
    "(SELECT COALESCE(SUM(c.total_minor), 0) FROM business_documents c "
    "WHERE c.related_id = receivable_dues.invoice_id AND c.kind = 'customer_credit_note' "
    "AND c.status != 'cancelled') + (SELECT COALESCE(SUM(a.amount_minor), 0) "
    "FROM payment_allocations a WHERE a.invoice_id = receivable_dues.invoice_id "
    "AND NOT EXISTS (SELECT 1 FROM instrument_events e WHERE e.payment_id = a.payment_id "
    "AND e.kind = 'instrument_bounced'))"
)
_REOPEN = (
    "UPDATE receivable_dues SET open_minor = MAX(0, MIN(amount_minor, "
    f"before_minor + amount_minor - ({_SETTLED}))) WHERE invoice_id {{which}}"
)
_BEFORE = (
    "UPDATE receivable_dues SET before_minor = (SELECT COALESCE(SUM(l.amount_minor), 0) "
    "FROM receivable_dues l WHERE l.invoice_id = receivable_dues.invoice_id "
    "AND (l.due_on < receivable_dues.due_on "
    "OR (l.due_on = receivable_dues.due_on AND l.id < receivable_dues.id))) "
    "WHERE invoice_id {which}"
)
_INVOICE_ON_ACCOUNT = (
    "d.kind = 'customer_invoice' AND d.status = 'final' AND d.ticket_id IS NULL"
)
_DERIVED = (
    """CREATE TABLE IF NOT EXISTS receivable_dues (
    id CHAR(32) NOT NULL PRIMARY KEY,
    invoice_id CHAR(32) NOT NULL,
    customer_id CHAR(32) NOT NULL,
    currency VARCHAR(3) NOT NULL,
    due_on VARCHAR(10) NOT NULL,
    amount_minor INTEGER NOT NULL,
    before_minor INTEGER NOT NULL,
    open_minor INTEGER NOT NULL
)""",
    "CREATE INDEX IF NOT EXISTS ix_receivable_dues_invoice ON receivable_dues (invoice_id)",
    "CREATE INDEX IF NOT EXISTS ix_receivable_dues_open ON receivable_dues "
    "(customer_id, currency, due_on, open_minor) WHERE open_minor > 0",
    "CREATE TRIGGER IF NOT EXISTS receivable_dues_of_due_line AFTER INSERT ON business_due_lines "
    "BEGIN INSERT INTO receivable_dues SELECT NEW.id, NEW.document_id, d.customer_id, "
    "d.currency, NEW.due_on, NEW.amount_minor, 0, 0 FROM business_documents d "
    f"WHERE d.id = NEW.document_id AND {_INVOICE_ON_ACCOUNT}; "
    + _BEFORE.format(which="= NEW.document_id")
    + "; "
    + _REOPEN.format(which="= NEW.document_id")
    + "; END",
    "CREATE TRIGGER IF NOT EXISTS receivable_dues_of_credit_note AFTER INSERT ON "
    "business_documents WHEN NEW.kind = 'customer_credit_note' AND NEW.related_id IS NOT NULL "
    "BEGIN " + _REOPEN.format(which="= NEW.related_id") + "; END",
    "CREATE TRIGGER IF NOT EXISTS receivable_dues_of_cancellation AFTER UPDATE OF status ON "
    "business_documents WHEN NEW.status = 'cancelled' AND OLD.status != 'cancelled' BEGIN "
    "DELETE FROM receivable_dues WHERE invoice_id = NEW.id; "
    + _REOPEN.format(which="= NEW.related_id")
    + "; END",
    "CREATE TRIGGER IF NOT EXISTS receivable_dues_of_allocation AFTER INSERT ON "
    "payment_allocations BEGIN " + _REOPEN.format(which="= NEW.invoice_id") + "; END",
    "CREATE TRIGGER IF NOT EXISTS receivable_dues_of_bounce AFTER INSERT ON instrument_events "
    "WHEN NEW.kind = 'instrument_bounced' BEGIN "
    + _REOPEN.format(
        which="IN (SELECT invoice_id FROM payment_allocations WHERE payment_id = NEW.payment_id)"
    )
    + "; END",
    # a replica upgraded with invoices already there
    "INSERT OR IGNORE INTO receivable_dues SELECT l.id, l.document_id, d.customer_id, "
    "d.currency, l.due_on, l.amount_minor, 0, 0 FROM business_due_lines l "
    f"JOIN business_documents d ON d.id = l.document_id WHERE {_INVOICE_ON_ACCOUNT}",
    _BEFORE.format(which="IS NOT NULL"),
    _REOPEN.format(which="IS NOT NULL"),
)


def upgrade() -> None:
    connection = op.get_bind()
    for statement in (*_TABLES, *_DERIVED):
        connection.exec_driver_sql(statement)


def downgrade() -> None:
    connection = op.get_bind()
    for trigger in ("due_line", "credit_note", "cancellation", "allocation", "bounce"):
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS receivable_dues_of_{trigger}")
    for table in ("receivable_dues", "instrument_events", "payment_allocations", "customer_payments"):
        connection.exec_driver_sql(f"DROP TABLE {table}")
