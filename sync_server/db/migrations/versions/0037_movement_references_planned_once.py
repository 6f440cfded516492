"""The references of a statement of stock movements checked by statements planned once
per session, not built and planned again at every statement (SQL in
0037_movement_references_planned_once.sql).

Revision ID: 0037
Revises: 0036
"""

from sync_server.db.migrations.sql_file import run_sql_file

revision = "0037"
down_revision = "0036"


def upgrade() -> None:
    run_sql_file(__file__)
