"""The audit triggers read the acting user and the branch once per statement instead of
once per row (SQL in 0035_audit_once_per_statement.sql).

Revision ID: 0035
Revises: 0033
"""

from sync_server.db.migrations.sql_file import run_sql_file

revision = "0035"
down_revision = "0033"


def upgrade() -> None:
    run_sql_file(__file__)
