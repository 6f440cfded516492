"""Schemas per module, head-office and branch tables, audit, delete refusal, balanced
journal entries at commit, row-level security by branch (SQL in 0001_initial.sql, frozen).

Revision ID: 0001
Revises:
"""

from pathlib import Path

from alembic import op

revision = "0001"
down_revision = None


def upgrade() -> None:
    sql = Path(__file__).with_name("0001_initial.sql").read_text(encoding="utf-8")
    op.get_bind().exec_driver_sql(sql.replace("%", "%%"))  # psycopg reads % as a placeholder
