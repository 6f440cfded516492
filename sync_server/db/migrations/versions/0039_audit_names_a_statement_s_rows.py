"""One audit row per statement for the rows an append-only table receives, naming them
all; audit.trail lists each named row on a line of its own (SQL in
0039_audit_names_a_statement_s_rows.sql).

Revision ID: 0039
Revises: 0038
"""

from sync_server.db.migrations.sql_file import run_sql_file

revision = "0039"
down_revision = "0038"


def upgrade() -> None:
    run_sql_file(__file__)
