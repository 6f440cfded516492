"""The audit log partitioned by month (SQL in 0008_audit_log_by_month.sql).

Revision ID: 0008
Revises: 0007
"""

from sync_server.db.migrations.sql_file import run_sql_file

revision = "0008"
down_revision = "0007"


def upgrade() -> None:
    run_sql_file(__file__)
