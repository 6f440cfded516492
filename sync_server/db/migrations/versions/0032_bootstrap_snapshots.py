"""A new branch's first pull as a snapshot prepared once (SQL in 0032_bootstrap_snapshots.sql).

Revision ID: 0032
Revises: 0031
"""

from sync_server.db.migrations.sql_file import run_sql_file

revision = "0032"
down_revision = "0031"


def upgrade() -> None:
    run_sql_file(__file__)
