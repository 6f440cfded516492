"""Audit and the balanced-entry check paid per statement, not per row (SQL in
0005_set_wise_triggers.sql).

Revision ID: 0005
Revises: 0004
"""

from sync_server.db.migrations.sql_file import run_sql_file

revision = "0005"
down_revision = "0004"


def upgrade() -> None:
    run_sql_file(__file__)
