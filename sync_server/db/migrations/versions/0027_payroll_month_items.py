"""HR's items of an employee's month ahead of the payroll run, in the ``hr`` schema (SQL in
0027_payroll_month_items.sql).

Revision ID: 0027
Revises: 0026
"""

from sync_server.db.migrations.sql_file import run_sql_file

revision = "0027"
down_revision = "0026"


def upgrade() -> None:
    run_sql_file(__file__)
