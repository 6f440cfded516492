"""Branch isolation a session cannot talk its way around: a scope entered only by proving a
device credential or the head-office key inside the database, audit rows written by the
triggers alone and read by head office or their branch (SQL in 0014_proven_scope.sql).

Revision ID: 0014
Revises: 0009
"""

from sync_server.db.migrations.sql_file import run_sql_file

revision = "0014"
down_revision = "0013"


def upgrade() -> None:
    run_sql_file(__file__)
