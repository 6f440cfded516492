"""CRM on the replica: the loyalty ledger (every site's point movements, pulled down so a
till knows a customer's points offline).

Revision ID: 0017
Revises: 0011
"""

from alembic import op

revision = "0017"
down_revision = "0011"

_TABLES = (
    """CREATE TABLE IF NOT EXISTS loyalty_movements (
    id CHAR(32) NOT NULL,
    customer_id CHAR(32) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    points INTEGER NOT NULL,
    at VARCHAR(32) NOT NULL,
    site VARCHAR(20) NOT NULL,
    source_id CHAR(32),
    lot_month VARCHAR(7),
    lot_id CHAR(32),
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    deleted_at VARCHAR(32),
    PRIMARY KEY (id)
)""",
    "CREATE INDEX IF NOT EXISTS ix_loyalty_movements_customer "
    "ON loyalty_movements (customer_id, at)",
)


def upgrade() -> None:
    connection = op.get_bind()
    for statement in _TABLES:
        connection.exec_driver_sql(statement)


def downgrade() -> None:
    connection = op.get_bind()
    connection.exec_driver_sql("DROP TABLE loyalty_movements")
