"""CRM on the server: the loyalty ledger of every site (SQL in 0022_crm.sql).

Revision ID: 0022
Revises: 0021
"""

from sync_server.db.migrations.sql_file import run_sql_file

revision = "0022"
down_revision = "0021"


def upgrade() -> None:
    run_sql_file(__file__)
