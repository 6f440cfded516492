"""Stock documents (receipts, adjustments, counts, transfers) with transfer visibility
for the receiving branch (SQL in 0002_stock_documents.sql).

Revision ID: 0002
Revises: 0001
"""

from sync_server.db.migrations.sql_file import run_sql_file

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    run_sql_file(__file__)
