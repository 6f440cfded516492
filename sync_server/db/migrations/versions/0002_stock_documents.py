"""Stock documents (receipts, adjustments, counts, transfers) with transfer visibility
for the receiving branch (SQL in 0002_stock_documents.sql).

Revision ID: 0002
Revises: 0001
"""

from pathlib import Path

from alembic import op

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    sql = Path(__file__).with_name("0002_stock_documents.sql").read_text(encoding="utf-8")
    op.get_bind().exec_driver_sql(sql.replace("%", "%%"))
