"""Purchasing on the server (issue 14): head office's suppliers, sent down to every site
(SQL in 0019_purchasing.sql).

Revision ID: 0019
Revises: 0018
"""

from sync_server.db.migrations.sql_file import run_sql_file

revision = "0019"
down_revision = "0018"


def upgrade() -> None:
    run_sql_file(__file__)
