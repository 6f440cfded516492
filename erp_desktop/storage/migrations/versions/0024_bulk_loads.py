"""Bulk loads: a new branch's catalog comes from the server's snapshot a table at a time
(issue 19); one immutable, audited row per batch says what was loaded (``storage.bulk_load``)
where a row-by-row pull wrote an audit row per row. The triggers are laid by
``ddl.refresh_triggers`` after the upgrade.

Revision ID: 0024
Revises: 0022
"""

from alembic import op

revision = "0024"
down_revision = "0022"

_TABLE = """CREATE TABLE IF NOT EXISTS bulk_loads (
    id CHAR(32) NOT NULL,
    table_name VARCHAR(40) NOT NULL,
    rows INTEGER NOT NULL,
    first_row_id VARCHAR(36) NOT NULL,
    last_row_id VARCHAR(36) NOT NULL,
    source VARCHAR(200) NOT NULL,
    digest VARCHAR(64) NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    deleted_at VARCHAR(32),
    PRIMARY KEY (id)
)"""


def upgrade() -> None:
    op.get_bind().exec_driver_sql(_TABLE)


def downgrade() -> None:
    op.get_bind().exec_driver_sql("DROP TABLE bulk_loads")
