"""CRM on the replica: the loyalty ledger (every site's point movements, pulled down so a
till knows a customer's points offline), customers' profiles beside the customers (same id,
the customer's own fields untouched), consent events, interactions, the pipeline's
opportunities, the merges of duplicates decided at head office, and what the documents
said about each customer (their history, from every site).

Revision ID: 0017
Revises: 0016
"""

from alembic import op

revision = "0017"
down_revision = "0016"

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
    "CREATE INDEX IF NOT EXISTS ix_loyalty_movements_customer ON loyalty_movements (customer_id, at)",
    """CREATE TABLE IF NOT EXISTS customer_profiles (
    id CHAR(32) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    language VARCHAR(2) NOT NULL,
    phones TEXT NOT NULL,
    emails TEXT NOT NULL,
    addresses TEXT NOT NULL,
    tags TEXT NOT NULL,
    segments TEXT NOT NULL,
    custom TEXT NOT NULL,
    field_clocks TEXT NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    deleted_at VARCHAR(32),
    PRIMARY KEY (id)
)""",
    """CREATE TABLE IF NOT EXISTS consent_events (
    id CHAR(32) NOT NULL,
    customer_id CHAR(32) NOT NULL,
    channel VARCHAR(20) NOT NULL,
    decision VARCHAR(10) NOT NULL,
    at VARCHAR(32) NOT NULL,
    source VARCHAR(100) NOT NULL,
    site VARCHAR(20) NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    deleted_at VARCHAR(32),
    PRIMARY KEY (id)
)""",
    "CREATE INDEX IF NOT EXISTS ix_consent_events_customer ON consent_events (customer_id, at)",
    """CREATE TABLE IF NOT EXISTS interactions (
    id CHAR(32) NOT NULL,
    customer_id CHAR(32) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    at VARCHAR(32) NOT NULL,
    site VARCHAR(20) NOT NULL,
    owner VARCHAR(100) NOT NULL,
    text VARCHAR(2000) NOT NULL,
    follow_up_on VARCHAR(10),
    status VARCHAR(20),
    field_clocks TEXT NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    deleted_at VARCHAR(32),
    PRIMARY KEY (id)
)""",
    "CREATE INDEX IF NOT EXISTS ix_interactions_customer ON interactions (customer_id, at)",
    "CREATE INDEX IF NOT EXISTS ix_interactions_follow_up ON interactions (follow_up_on)",
    """CREATE TABLE IF NOT EXISTS opportunities (
    id CHAR(32) NOT NULL,
    customer_id CHAR(32) NOT NULL,
    title VARCHAR(200) NOT NULL,
    owner VARCHAR(100) NOT NULL,
    stage VARCHAR(20) NOT NULL,
    expected_minor INTEGER NOT NULL,
    currency VARCHAR(3) NOT NULL,
    expected_on VARCHAR(10) NOT NULL,
    next_activity VARCHAR(300) NOT NULL,
    next_activity_on VARCHAR(10),
    lines TEXT NOT NULL,
    quote_id CHAR(32),
    field_clocks TEXT NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    deleted_at VARCHAR(32),
    PRIMARY KEY (id)
)""",
    "CREATE INDEX IF NOT EXISTS ix_opportunities_customer ON opportunities (customer_id)",
    "CREATE INDEX IF NOT EXISTS ix_opportunities_stage ON opportunities (stage)",
    """CREATE TABLE IF NOT EXISTS customer_merges (
    id CHAR(32) NOT NULL,
    merged_id CHAR(32) NOT NULL,
    kept_id CHAR(32) NOT NULL,
    at VARCHAR(32) NOT NULL,
    decided_by CHAR(32),
    reason VARCHAR(300) NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    deleted_at VARCHAR(32),
    PRIMARY KEY (id),
    UNIQUE (merged_id)
)""",
    "CREATE INDEX IF NOT EXISTS ix_customer_merges_kept ON customer_merges (kept_id)",
    """CREATE TABLE IF NOT EXISTS customer_documents (
    id CHAR(32) NOT NULL,
    customer_id CHAR(32) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    number VARCHAR(40) NOT NULL,
    at VARCHAR(32) NOT NULL,
    site VARCHAR(20) NOT NULL,
    amount_minor INTEGER NOT NULL,
    currency VARCHAR(3) NOT NULL,
    due_minor INTEGER NOT NULL,
    applies_to CHAR(32),
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    deleted_at VARCHAR(32),
    PRIMARY KEY (id)
)""",
    "CREATE INDEX IF NOT EXISTS ix_customer_documents_customer ON customer_documents (customer_id, at)",
)


def upgrade() -> None:
    connection = op.get_bind()
    for statement in _TABLES:
        connection.exec_driver_sql(statement)


def downgrade() -> None:
    connection = op.get_bind()
    connection.exec_driver_sql("DROP TABLE customer_documents")
    connection.exec_driver_sql("DROP TABLE customer_merges")
    connection.exec_driver_sql("DROP TABLE opportunities")
    connection.exec_driver_sql("DROP TABLE interactions")
    connection.exec_driver_sql("DROP TABLE consent_events")
    connection.exec_driver_sql("DROP TABLE customer_profiles")
    connection.exec_driver_sql("DROP TABLE loyalty_movements")
