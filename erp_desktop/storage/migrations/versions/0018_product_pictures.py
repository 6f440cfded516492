"""The touch till's product grid: each category's place among the grid's tabs, and one
small picture per product, both sent down by head office (the server's revision 0023).

``product_images`` keeps the thumbnail's bytes (128 pixels a side at most, a few
kilobytes): it is not audited on the replica (a BLOB has no JSON form, and the server
audits every picture it sends); the refusal of deletes holds. The triggers are laid by
``ddl.refresh_triggers`` after the upgrade.

Revision ID: 0018
Revises: 0017
"""

from alembic import op

revision = "0018"
down_revision = "0017"

_STATEMENTS = (
    """CREATE TABLE IF NOT EXISTS product_images (
    id CHAR(32) NOT NULL,
    product_id CHAR(32) NOT NULL,
    media_type VARCHAR(20) NOT NULL,
    thumbnail BLOB NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    deleted_at VARCHAR(32),
    PRIMARY KEY (id),
    UNIQUE (product_id),
    FOREIGN KEY(product_id) REFERENCES products (id)
)""",
    "CREATE INDEX IF NOT EXISTS ix_products_category ON products (category_id, name)",
)


def upgrade() -> None:
    connection = op.get_bind()
    columns = [row[1] for row in connection.exec_driver_sql("PRAGMA table_info(categories)")]
    if "position" not in columns:  # a revision may be run again over a replica
        connection.exec_driver_sql(
            "ALTER TABLE categories ADD COLUMN position INTEGER NOT NULL DEFAULT 0"
        )
    for statement in _STATEMENTS:
        connection.exec_driver_sql(statement)


def downgrade() -> None:
    connection = op.get_bind()
    connection.exec_driver_sql("DROP INDEX IF EXISTS ix_products_category")
    connection.exec_driver_sql("DROP TABLE product_images")
    connection.exec_driver_sql("ALTER TABLE categories DROP COLUMN position")
