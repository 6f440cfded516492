"""Employees, contracts, shifts, attendance and leave in the ``hr`` schema, with their
confidentiality (SQL in 0020_hr.sql).

Revision ID: 0020
Revises: 0019
"""

from sync_server.db.migrations.sql_file import run_sql_file

revision = "0020"
down_revision = "0019"


def upgrade() -> None:
    run_sql_file(__file__)
