"""The pull cursor in commit order, held back by nothing but this database's own late
commits (SQL in 0013_commit_ordered_feed.sql).

Revision ID: 0013
Revises: 0009
"""

from sync_server.db.migrations.sql_file import run_sql_file

revision = "0013"
down_revision = "0012"


def upgrade() -> None:
    run_sql_file(__file__)
