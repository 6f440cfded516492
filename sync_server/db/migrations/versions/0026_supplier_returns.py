"""Supplier returns (debit notes), and supplier invoices off an order sent down to the
branch of the receipt they bill (SQL in 0026_supplier_returns.sql; issue 14).

Revision ID: 0026
Revises: 0025
"""

from sync_server.db.migrations.sql_file import run_sql_file

revision = "0026"
down_revision = "0025"


def upgrade() -> None:
    run_sql_file(__file__)
