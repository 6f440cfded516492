"""Exchange rates set by head office and sent down (SQL in 0006_exchange_rates.sql).

Revision ID: 0006
Revises: 0005
"""

from sync_server.db.migrations.sql_file import run_sql_file

revision = "0006"
down_revision = "0005"


def upgrade() -> None:
    run_sql_file(__file__)
