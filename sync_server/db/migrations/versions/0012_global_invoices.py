"""Tunisia's daily global invoices of ticket sales, pushed by branches, and the stamp duty
expense account (SQL in 0012_global_invoices.sql).

Revision ID: 0012
Revises: 0009
"""

from sync_server.db.migrations.sql_file import run_sql_file

revision = "0012"
down_revision = "0010"


def upgrade() -> None:
    run_sql_file(__file__)
