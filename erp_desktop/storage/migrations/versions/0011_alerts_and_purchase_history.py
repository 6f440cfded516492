"""Low-stock alerts and customers' purchase history, kept by the event handlers.

A movement that takes a product to or under its reorder point raises ``stock.low_stock``
after its commit; a handler records it in ``stock_alerts`` for the branch manager's
dashboard. A completed sale to a customer updates that customer's ``customer_history``
(purchases, amount spent, first and last purchase) for CRM. Both are derived on the
replica (never synced). A replica made before starts them empty: alerts come with the next
movements, a history with the customer's next purchase.

Revision ID: 0011
Revises: 0009
"""

from alembic import op

revision = "0011"
down_revision = "0009"

_TABLES = (
    """CREATE TABLE IF NOT EXISTS stock_alerts (
    id CHAR(32) NOT NULL,
    product_id CHAR(32) NOT NULL,
    warehouse_id CHAR(32) NOT NULL,
    level_milli INTEGER NOT NULL,
    reorder_point_milli INTEGER NOT NULL,
    raised_at VARCHAR(32) NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    deleted_at VARCHAR(32),
    PRIMARY KEY (id),
    FOREIGN KEY(product_id) REFERENCES products (id),
    FOREIGN KEY(warehouse_id) REFERENCES warehouses (id)
)""",
    "CREATE INDEX IF NOT EXISTS ix_stock_alerts_raised ON stock_alerts (raised_at)",
    """CREATE TABLE IF NOT EXISTS customer_history (
    id CHAR(32) NOT NULL,
    customer_id CHAR(32) NOT NULL,
    purchases INTEGER NOT NULL,
    spent_minor INTEGER NOT NULL,
    currency VARCHAR(3) NOT NULL,
    first_purchase_at VARCHAR(32) NOT NULL,
    last_purchase_at VARCHAR(32) NOT NULL,
    last_sale_id CHAR(32) NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    deleted_at VARCHAR(32),
    PRIMARY KEY (id),
    UNIQUE (customer_id),
    FOREIGN KEY(customer_id) REFERENCES customers (id)
)""",
)


def upgrade() -> None:
    connection = op.get_bind()
    for statement in _TABLES:
        connection.exec_driver_sql(statement)


def downgrade() -> None:
    connection = op.get_bind()
    connection.exec_driver_sql("DROP TABLE customer_history")
    connection.exec_driver_sql("DROP TABLE stock_alerts")
