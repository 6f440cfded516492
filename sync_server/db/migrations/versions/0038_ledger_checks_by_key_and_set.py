"""The ledger's checks on pushed entries made cheaper: a line's entry read by its primary
key (one probe whatever the day holds), and every entry balanced at commit checked as one
set rather than two statements an entry (SQL in 0038_ledger_checks_by_key_and_set.sql).

Revision ID: 0038
Revises: 0037
"""

from sync_server.db.migrations.sql_file import run_sql_file

revision = "0038"
down_revision = "0037"


def upgrade() -> None:
    run_sql_file(__file__)
