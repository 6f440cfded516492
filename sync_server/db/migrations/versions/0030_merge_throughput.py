"""A merge's integrity work paid per statement, and the server's outbox (SQL in
0030_merge_throughput.sql).

Revision ID: 0030
Revises: 0029
"""

from sync_server.db.migrations.sql_file import run_sql_file

revision = "0030"
down_revision = "0029"


def upgrade() -> None:
    run_sql_file(__file__)
