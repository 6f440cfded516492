"""Documents of sales to business customers: quotes, sales orders, delivery notes, invoices
on account and credit notes, their lines and due dates (kernel.documents.business).

One table holds every kind, numbered per branch, kind and year; a line names the order
line it follows or the invoice line it takes back. The tables are frozen in
0012_business_documents.sql; their audit, their refusal of deletes and of changes once
final (a cancellation only) are laid by storage/ddl.py after the upgrade. A replica made
before starts with none. A customer gains a business customer's fields (legal identifiers,
addresses, terms, credit limit, discount, account currency), each merged on its own.

Revision ID: 0012
Revises: 0011
"""

from pathlib import Path

from alembic import op

from erp_desktop.kernel.partners.customers import BUSINESS_FIELDS

revision = "0012"
down_revision = "0011"


def _statements(sql: str) -> list[str]:
    found, current = [], []
    for line in sql.splitlines():
        if line.startswith("--"):
            continue
        current.append(line)
        if line.rstrip().endswith(";"):
            found.append("\n".join(current).strip().rstrip(";"))
            current = []
    return [s for s in found if s]


def upgrade() -> None:
    sql = Path(__file__).with_suffix(".sql").read_text(encoding="utf-8")
    connection = op.get_bind()
    present = {row[1] for row in connection.exec_driver_sql("PRAGMA table_info(customers)")}
    for statement in _statements(sql):
        words = statement.split()
        if words[:4] == ["ALTER", "TABLE", "customers", "ADD"] and words[5] in present:
            continue  # re-run from an older revision: the column is there already
        connection.exec_driver_sql(statement)


def downgrade() -> None:
    connection = op.get_bind()
    for table in ("business_due_lines", "business_lines", "business_documents"):
        connection.exec_driver_sql(f"DROP TABLE {table}")
    for column in BUSINESS_FIELDS:
        connection.exec_driver_sql(f"ALTER TABLE customers DROP COLUMN {column}")
