"""What the law requires an invoice and a payslip to say of the company, on the server's
company so that it reaches every branch (SQL in 0033_company_mentions.sql).

Revision ID: 0033
Revises: 0032
"""

from sync_server.db.migrations.sql_file import run_sql_file

revision = "0033"
down_revision = "0032"


def upgrade() -> None:
    run_sql_file(__file__)
