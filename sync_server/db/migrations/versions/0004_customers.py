"""Customers merged field by field (SQL in 0004_customers.sql).

Revision ID: 0004
Revises: 0003
"""

from sync_server.db.migrations.sql_file import run_sql_file

revision = "0004"
down_revision = "0003"


def upgrade() -> None:
    run_sql_file(__file__)
