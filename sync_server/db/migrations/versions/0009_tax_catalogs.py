"""Tax catalogs set by head office and sent down (SQL in 0009_tax_catalogs.sql).

Revision ID: 0009
Revises: 0008
"""

from sync_server.db.migrations.sql_file import run_sql_file

revision = "0009"
down_revision = "0008"


def upgrade() -> None:
    run_sql_file(__file__)
