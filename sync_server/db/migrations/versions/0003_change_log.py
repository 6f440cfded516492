"""The change log branches pull from, kept by triggers (SQL in 0003_change_log.sql).

Revision ID: 0003
Revises: 0002
"""

from sync_server.db.migrations.sql_file import run_sql_file

revision = "0003"
down_revision = "0002"


def upgrade() -> None:
    run_sql_file(__file__)
