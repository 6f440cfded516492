"""The change log branches pull from, kept by triggers (SQL in 0003_change_log.sql).

Revision ID: 0003
Revises: 0002
"""

from pathlib import Path

from alembic import op

revision = "0003"
down_revision = "0002"


def upgrade() -> None:
    sql = Path(__file__).with_name("0003_change_log.sql").read_text(encoding="utf-8")
    op.get_bind().exec_driver_sql(sql.replace("%", "%%"))
