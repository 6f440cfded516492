"""Stock movements and journal lines partitioned by month (SQL in
0007_monthly_partitions.sql).

Revision ID: 0007
Revises: 0006
"""

from sync_server.db.migrations.sql_file import run_sql_file

revision = "0007"
down_revision = "0006"


def upgrade() -> None:
    run_sql_file(__file__)
