"""Head office's payroll runs and their payslips, in the ``hr`` schema (SQL in
0021_payroll_runs.sql).

Revision ID: 0021
Revises: 0020
"""

from sync_server.db.migrations.sql_file import run_sql_file

revision = "0021"
down_revision = "0020"


def upgrade() -> None:
    run_sql_file(__file__)
