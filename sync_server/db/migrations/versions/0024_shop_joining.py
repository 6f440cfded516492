"""Invitations for a shop that ran alone to join the chain (SQL in 0024_shop_joining.sql).

Revision ID: 0024
Revises: 0023
"""

from sync_server.db.migrations.sql_file import run_sql_file

revision = "0024"
down_revision = "0023"


def upgrade() -> None:
    run_sql_file(__file__)
