"""Customers' payments and refunds, their allocations and their cheques' and traites'
fate, pushed by the site that received them, keyed by its branch; every site gets them
down so that each sees the same open balance (SQL in 0018_customer_payments.sql).

Revision ID: 0018
Revises: 0017
"""

from sync_server.db.migrations.sql_file import run_sql_file

revision = "0018"
down_revision = "0017"


def upgrade() -> None:
    run_sql_file(__file__)
