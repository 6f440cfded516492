"""Business document lines carry the discount typed on them and the product's Arabic name.

``discount_percent`` is the percent a line's own discount was typed as (NULL: typed as an
amount, or none; the amount is ``discount_minor``, there since 0012); ``name_ar`` the
product's Arabic name beside ``description`` as the catalog had it on the day, so every site
shows and prints the line as it was issued. Lines written before keep no percent and an
empty Arabic name (the PDF then reads the catalog's). The audit and immutability triggers
are laid again over the new columns by ``ddl.refresh_triggers`` after the upgrade.

Revision ID: 0019
Revises: 0018
"""

from alembic import op

revision = "0019"
down_revision = "0018"

_COLUMNS = (
    ("discount_percent", "VARCHAR(40)"),
    ("name_ar", "VARCHAR(300) NOT NULL DEFAULT ''"),
)


def upgrade() -> None:
    connection = op.get_bind()
    present = {row[1] for row in connection.exec_driver_sql("PRAGMA table_info(business_lines)")}
    for name, kind in _COLUMNS:
        if name not in present:  # a revision may be run again over a replica
            connection.exec_driver_sql(f"ALTER TABLE business_lines ADD COLUMN {name} {kind}")


def downgrade() -> None:
    connection = op.get_bind()
    for name, _kind in reversed(_COLUMNS):
        connection.exec_driver_sql(f"ALTER TABLE business_lines DROP COLUMN {name}")
