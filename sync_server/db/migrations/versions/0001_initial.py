"""Schemas per module, head-office and branch tables, audit, delete refusal, balanced
journal entries at commit, row-level security by branch (SQL in 0001_initial.sql, frozen).

Revision ID: 0001
Revises:
"""

from sync_server.db.migrations.sql_file import run_sql_file

revision = "0001"
down_revision = None


def upgrade() -> None:
    run_sql_file(__file__)
