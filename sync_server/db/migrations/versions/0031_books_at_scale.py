"""Books at scale: period balances kept per statement, row-level security the planner can
estimate, and keys ready for sharding by branch (SQL in 0031_books_at_scale.sql).

Revision ID: 0031
Revises: 0030
"""

from sync_server.db.migrations.sql_file import run_sql_file

revision = "0031"
down_revision = "0030"


def upgrade() -> None:
    run_sql_file(__file__)
