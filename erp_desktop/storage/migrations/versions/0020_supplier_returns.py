"""Supplier returns (debit notes, issue 14): goods sent back to a supplier against a
receipt, and once invoiced against head office's invoice, with their lines (columns from
the declaration in kernel/documents/supplier_return.py, frozen here); and the receipt a
supplier invoice off an order bills (``supplier_invoices.receipt_id``), by which it goes
down to that receipt's branch. Triggers are laid by the upgrade (storage/ddl.py).

And the sales of each product per day and warehouse (``product_day_sales``), for the
reorder suggestions' recent sales: two years of movements are read as a few rows per
product instead of one per sale (storage/repositories/reorder.py). Stock movements are
append-only, so an insert trigger keeps the totals exact in the movement's transaction, as
``ledger_day_totals`` does for journal lines; the upgrade fills them from the movements
already there. Derived data: not audited, never synced. The day is the UTC date of
``occurred_at``, its first ten characters.

Revision ID: 0020
Revises: 0019
"""

from alembic import op

revision = "0020"
down_revision = "0019"

_STATEMENTS = (
    """CREATE TABLE IF NOT EXISTS supplier_returns (
    id CHAR(32) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    number VARCHAR(40) NOT NULL,
    status VARCHAR(20) NOT NULL,
    branch_id CHAR(32) NOT NULL,
    supplier_id CHAR(32) NOT NULL,
    receipt_id CHAR(32) NOT NULL,
    invoice_id CHAR(32),
    issued_at VARCHAR(32) NOT NULL,
    currency VARCHAR(3) NOT NULL,
    rate VARCHAR(40) NOT NULL,
    base_minor INTEGER NOT NULL,
    vat_minor INTEGER NOT NULL,
    total_minor INTEGER NOT NULL,
    reason VARCHAR(300) NOT NULL,
    created_by CHAR(32),
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    deleted_at VARCHAR(32),
    PRIMARY KEY (id),
    UNIQUE (number),
    FOREIGN KEY(branch_id) REFERENCES branches (id),
    FOREIGN KEY(supplier_id) REFERENCES suppliers (id),
    FOREIGN KEY(receipt_id) REFERENCES purchase_receipts (id),
    FOREIGN KEY(created_by) REFERENCES users (id)
)""",
    """CREATE TABLE IF NOT EXISTS supplier_return_lines (
    id CHAR(32) NOT NULL,
    document_id CHAR(32) NOT NULL,
    position INTEGER NOT NULL,
    receipt_line_id CHAR(32) NOT NULL,
    product_id CHAR(32) NOT NULL,
    quantity_milli INTEGER NOT NULL,
    unit_cost VARCHAR(40) NOT NULL,
    unit_price VARCHAR(40) NOT NULL,
    vat_rate VARCHAR(40) NOT NULL,
    base_minor INTEGER NOT NULL,
    vat_minor INTEGER NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    deleted_at VARCHAR(32),
    PRIMARY KEY (id),
    FOREIGN KEY(document_id) REFERENCES supplier_returns (id),
    FOREIGN KEY(product_id) REFERENCES products (id)
)""",
    """CREATE INDEX IF NOT EXISTS ix_supplier_return_lines_document_id ON supplier_return_lines (document_id)""",
)


def upgrade() -> None:
    connection = op.get_bind()
    columns = [row[1] for row in connection.exec_driver_sql("PRAGMA table_info(supplier_invoices)")]
    if "receipt_id" not in columns:  # a revision may be run again over a replica
        connection.exec_driver_sql("ALTER TABLE supplier_invoices ADD COLUMN receipt_id CHAR(32)")
    for statement in _STATEMENTS:
        connection.exec_driver_sql(statement)
    for statement in _DAY_SALES:
        connection.exec_driver_sql(statement)


_DAY_SALES = (
    "CREATE TABLE IF NOT EXISTS product_day_sales (warehouse_id CHAR(32) NOT NULL, "
    "day VARCHAR(10) NOT NULL, product_id CHAR(32) NOT NULL, sold_milli INTEGER NOT NULL, "
    "PRIMARY KEY (warehouse_id, day, product_id)) WITHOUT ROWID",
    "DELETE FROM product_day_sales",  # a revision may be run again over a replica
    "INSERT INTO product_day_sales SELECT warehouse_id, substr(occurred_at, 1, 10), "
    "product_id, -sum(quantity_milli) FROM stock_movements WHERE kind = 'sale' GROUP BY 1, 2, 3",
    "DROP TRIGGER IF EXISTS product_day_sales_insert",
    "CREATE TRIGGER product_day_sales_insert AFTER INSERT ON stock_movements "
    "WHEN NEW.kind = 'sale' BEGIN "
    "INSERT INTO product_day_sales VALUES (NEW.warehouse_id, substr(NEW.occurred_at, 1, 10), "
    "NEW.product_id, -NEW.quantity_milli) ON CONFLICT (warehouse_id, day, product_id) "
    "DO UPDATE SET sold_milli = sold_milli + excluded.sold_milli; END",
)


def downgrade() -> None:
    connection = op.get_bind()
    connection.exec_driver_sql("DROP TRIGGER product_day_sales_insert")
    connection.exec_driver_sql("DROP TABLE product_day_sales")
    connection.exec_driver_sql("DROP TABLE supplier_return_lines")
    connection.exec_driver_sql("DROP TABLE supplier_returns")
    connection.exec_driver_sql("ALTER TABLE supplier_invoices DROP COLUMN receipt_id")
