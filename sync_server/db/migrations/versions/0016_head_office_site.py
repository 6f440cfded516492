"""Head office as a site of its own, and the periods it closes (SQL in
0016_head_office_site.sql).

Revision ID: 0016
Revises: 0015
"""

from sync_server.db.migrations.sql_file import run_sql_file

revision = "0016"
down_revision = "0015"


def upgrade() -> None:
    run_sql_file(__file__)
