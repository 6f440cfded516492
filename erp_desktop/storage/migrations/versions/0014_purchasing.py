"""Purchasing on the replica (issue 14): head office's suppliers in full, the products
each supplies, and the purchase documents.

The replica's ``suppliers`` table (there since 0001, never written) gets what a supplier
is (kernel.purchasing.suppliers): its code, country, currency, payment terms, legal
identifiers and bank account, and whether head office still buys from it. A supplier
made before has none of these and takes the defaults (the table was empty on every
replica). The products each supplies (reference, last price, lead time, pack) get their
table; then the orders, receipts, supplier invoices and payments with their children,
their columns derived from the documents' declaration (storage/tables/purchasing.py)
and frozen here. Audit and refusal triggers are laid by the upgrade (storage/ddl.py).

Revision ID: 0014
Revises: 0013
"""

from alembic import op

revision = "0014"
down_revision = "0013"

_STATEMENTS = (
    """ALTER TABLE suppliers ADD COLUMN code VARCHAR(40)""",
    """ALTER TABLE suppliers ADD COLUMN country VARCHAR(2) DEFAULT 'DZ' NOT NULL""",
    """ALTER TABLE suppliers ADD COLUMN currency VARCHAR(3) DEFAULT 'DZD' NOT NULL""",
    """ALTER TABLE suppliers ADD COLUMN terms VARCHAR(60) DEFAULT 'cash' NOT NULL""",
    """ALTER TABLE suppliers ADD COLUMN legal_ids TEXT DEFAULT '{}' NOT NULL""",
    """ALTER TABLE suppliers ADD COLUMN bank_account VARCHAR(40) DEFAULT '' NOT NULL""",
    """ALTER TABLE suppliers ADD COLUMN active BOOLEAN DEFAULT 1 NOT NULL""",
    """CREATE UNIQUE INDEX IF NOT EXISTS ix_suppliers_code ON suppliers (code)""",
    """CREATE TABLE IF NOT EXISTS supplier_products (
    id CHAR(32) NOT NULL,
    supplier_id CHAR(32) NOT NULL,
    product_id CHAR(32) NOT NULL,
    reference VARCHAR(60) NOT NULL,
    last_price_minor INTEGER NOT NULL,
    currency VARCHAR(3) NOT NULL,
    lead_time_days INTEGER NOT NULL,
    pack_milli INTEGER NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    deleted_at VARCHAR(32),
    PRIMARY KEY (id),
    UNIQUE (supplier_id, product_id),
    FOREIGN KEY(supplier_id) REFERENCES suppliers (id),
    FOREIGN KEY(product_id) REFERENCES products (id)
)""",
    """CREATE INDEX IF NOT EXISTS ix_supplier_products_product_id ON supplier_products (product_id)""",
    """CREATE TABLE IF NOT EXISTS purchase_orders (
    id CHAR(32) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    number VARCHAR(40) NOT NULL,
    status VARCHAR(20) NOT NULL,
    branch_id CHAR(32) NOT NULL,
    for_branch_id CHAR(32) NOT NULL,
    supplier_id CHAR(32) NOT NULL,
    issued_at VARCHAR(32) NOT NULL,
    expected_on VARCHAR(10) NOT NULL,
    currency VARCHAR(3) NOT NULL,
    rate VARCHAR(40) NOT NULL,
    base_minor INTEGER NOT NULL,
    vat_minor INTEGER NOT NULL,
    total_minor INTEGER NOT NULL,
    terms VARCHAR(60) NOT NULL,
    approved_by CHAR(32),
    created_by CHAR(32),
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    deleted_at VARCHAR(32),
    PRIMARY KEY (id),
    UNIQUE (number),
    FOREIGN KEY(branch_id) REFERENCES branches (id),
    FOREIGN KEY(for_branch_id) REFERENCES branches (id),
    FOREIGN KEY(supplier_id) REFERENCES suppliers (id),
    FOREIGN KEY(created_by) REFERENCES users (id)
)""",
    """CREATE TABLE IF NOT EXISTS purchase_order_lines (
    id CHAR(32) NOT NULL,
    document_id CHAR(32) NOT NULL,
    position INTEGER NOT NULL,
    product_id CHAR(32) NOT NULL,
    reference VARCHAR(60) NOT NULL,
    description VARCHAR(300) NOT NULL,
    quantity_milli INTEGER NOT NULL,
    unit_price VARCHAR(40) NOT NULL,
    vat_rate VARCHAR(40) NOT NULL,
    base_minor INTEGER NOT NULL,
    vat_minor INTEGER NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    deleted_at VARCHAR(32),
    PRIMARY KEY (id),
    FOREIGN KEY(document_id) REFERENCES purchase_orders (id),
    FOREIGN KEY(product_id) REFERENCES products (id)
)""",
    """CREATE INDEX IF NOT EXISTS ix_purchase_order_lines_document_id ON purchase_order_lines (document_id)""",
    """CREATE TABLE IF NOT EXISTS purchase_receipts (
    id CHAR(32) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    number VARCHAR(40) NOT NULL,
    status VARCHAR(20) NOT NULL,
    branch_id CHAR(32) NOT NULL,
    supplier_id CHAR(32) NOT NULL,
    order_id CHAR(32),
    issued_at VARCHAR(32) NOT NULL,
    accepted_by CHAR(32),
    warehouse_id CHAR(32),
    created_by CHAR(32),
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    deleted_at VARCHAR(32),
    PRIMARY KEY (id),
    UNIQUE (number),
    FOREIGN KEY(branch_id) REFERENCES branches (id),
    FOREIGN KEY(supplier_id) REFERENCES suppliers (id),
    FOREIGN KEY(warehouse_id) REFERENCES warehouses (id),
    FOREIGN KEY(created_by) REFERENCES users (id)
)""",
    """CREATE TABLE IF NOT EXISTS purchase_receipt_lines (
    id CHAR(32) NOT NULL,
    document_id CHAR(32) NOT NULL,
    position INTEGER NOT NULL,
    order_line_id CHAR(32),
    product_id CHAR(32) NOT NULL,
    quantity_milli INTEGER NOT NULL,
    unit_cost VARCHAR(40) NOT NULL,
    vat_rate VARCHAR(40) NOT NULL,
    substitute_for CHAR(32),
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    deleted_at VARCHAR(32),
    PRIMARY KEY (id),
    FOREIGN KEY(document_id) REFERENCES purchase_receipts (id),
    FOREIGN KEY(product_id) REFERENCES products (id)
)""",
    """CREATE INDEX IF NOT EXISTS ix_purchase_receipt_lines_document_id ON purchase_receipt_lines (document_id)""",
    """CREATE TABLE IF NOT EXISTS supplier_invoices (
    id CHAR(32) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    number VARCHAR(40) NOT NULL,
    supplier_number VARCHAR(40) NOT NULL,
    status VARCHAR(20) NOT NULL,
    branch_id CHAR(32) NOT NULL,
    supplier_id CHAR(32) NOT NULL,
    order_id CHAR(32),
    issued_at VARCHAR(32) NOT NULL,
    currency VARCHAR(3) NOT NULL,
    rate VARCHAR(40) NOT NULL,
    base_minor INTEGER NOT NULL,
    vat_minor INTEGER NOT NULL,
    stamp_duty_minor INTEGER NOT NULL,
    total_minor INTEGER NOT NULL,
    terms VARCHAR(60) NOT NULL,
    "match" VARCHAR(20) NOT NULL,
    accepted_by CHAR(32),
    acceptance_reason VARCHAR(300) NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    deleted_at VARCHAR(32),
    PRIMARY KEY (id),
    UNIQUE (number),
    FOREIGN KEY(branch_id) REFERENCES branches (id),
    FOREIGN KEY(supplier_id) REFERENCES suppliers (id)
)""",
    """CREATE TABLE IF NOT EXISTS supplier_invoice_lines (
    id CHAR(32) NOT NULL,
    document_id CHAR(32) NOT NULL,
    position INTEGER NOT NULL,
    nature VARCHAR(10) NOT NULL,
    product_id CHAR(32),
    order_line_id CHAR(32),
    description VARCHAR(300) NOT NULL,
    quantity_milli INTEGER NOT NULL,
    unit_price VARCHAR(40) NOT NULL,
    vat_rate VARCHAR(40) NOT NULL,
    base_minor INTEGER NOT NULL,
    vat_minor INTEGER NOT NULL,
    received_cost VARCHAR(40) NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    deleted_at VARCHAR(32),
    PRIMARY KEY (id),
    FOREIGN KEY(document_id) REFERENCES supplier_invoices (id)
)""",
    """CREATE INDEX IF NOT EXISTS ix_supplier_invoice_lines_document_id ON supplier_invoice_lines (document_id)""",
    """CREATE TABLE IF NOT EXISTS supplier_invoice_dues (
    id CHAR(32) NOT NULL,
    document_id CHAR(32) NOT NULL,
    due_on VARCHAR(10) NOT NULL,
    amount_minor INTEGER NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    deleted_at VARCHAR(32),
    PRIMARY KEY (id),
    FOREIGN KEY(document_id) REFERENCES supplier_invoices (id)
)""",
    """CREATE INDEX IF NOT EXISTS ix_supplier_invoice_dues_document_id ON supplier_invoice_dues (document_id)""",
    """CREATE TABLE IF NOT EXISTS supplier_payments (
    id CHAR(32) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    number VARCHAR(40) NOT NULL,
    branch_id CHAR(32) NOT NULL,
    supplier_id CHAR(32) NOT NULL,
    paid_at VARCHAR(32) NOT NULL,
    tender VARCHAR(20) NOT NULL,
    amount_minor INTEGER NOT NULL,
    currency VARCHAR(3) NOT NULL,
    rate VARCHAR(40) NOT NULL,
    withholding_minor INTEGER NOT NULL,
    stamp_duty_minor INTEGER NOT NULL,
    reference VARCHAR(100) NOT NULL,
    instrument_number VARCHAR(40) NOT NULL,
    instrument_due VARCHAR(10) NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    deleted_at VARCHAR(32),
    PRIMARY KEY (id),
    UNIQUE (number),
    FOREIGN KEY(branch_id) REFERENCES branches (id),
    FOREIGN KEY(supplier_id) REFERENCES suppliers (id)
)""",
    """CREATE TABLE IF NOT EXISTS supplier_payment_allocations (
    id CHAR(32) NOT NULL,
    document_id CHAR(32) NOT NULL,
    invoice_id CHAR(32) NOT NULL,
    amount_minor INTEGER NOT NULL,
    booked_rate VARCHAR(40) NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    deleted_at VARCHAR(32),
    PRIMARY KEY (id),
    FOREIGN KEY(document_id) REFERENCES supplier_payments (id),
    FOREIGN KEY(invoice_id) REFERENCES supplier_invoices (id)
)""",
    """CREATE INDEX IF NOT EXISTS ix_supplier_payment_allocations_document_id ON supplier_payment_allocations (document_id)""",
)

_NEW_TABLES = (
    "supplier_payment_allocations",
    "supplier_payments",
    "supplier_invoice_dues",
    "supplier_invoice_lines",
    "supplier_invoices",
    "purchase_receipt_lines",
    "purchase_receipts",
    "purchase_order_lines",
    "purchase_orders",
    "supplier_products",
)


def upgrade() -> None:
    """Run again over a replica that has them (a test replays revisions), it adds nothing."""
    connection = op.get_bind()
    held = {row[1] for row in connection.exec_driver_sql("PRAGMA table_info(suppliers)")}
    for statement in _STATEMENTS:
        if statement.startswith("ALTER TABLE suppliers ADD COLUMN "):
            if statement.split()[5] in held:
                continue
        connection.exec_driver_sql(statement)


def downgrade() -> None:
    connection = op.get_bind()
    for table in _NEW_TABLES:
        connection.exec_driver_sql(f"DROP TABLE {table}")
    connection.exec_driver_sql("DROP INDEX ix_suppliers_code")
    for column in ("active", "bank_account", "legal_ids", "terms", "currency", "country", "code"):
        connection.exec_driver_sql(f"ALTER TABLE suppliers DROP COLUMN {column}")
