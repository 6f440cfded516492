"""Account codes corrected against the national plans, with their history (SQL in
0010_chart_codes.sql; the replica does the same in its migration 0004).

Revision ID: 0010
Revises: 0009
"""

from sync_server.db.migrations.sql_file import run_sql_file

revision = "0010"
down_revision = "0009"


def upgrade() -> None:
    run_sql_file(__file__)
