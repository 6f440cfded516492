"""A business line's typed discount percent and the product's Arabic name (SQL in
0025_business_line_discounts.sql).

Revision ID: 0025
Revises: 0024
"""

from sync_server.db.migrations.sql_file import run_sql_file

revision = "0025"
down_revision = "0024"


def upgrade() -> None:
    run_sql_file(__file__)
