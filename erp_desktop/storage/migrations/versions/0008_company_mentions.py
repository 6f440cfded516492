"""What an invoice says of its seller: legal form, capital, activity, address, phone.

Décret exécutif 05-468 (art. 3) requires an Algerian invoice to state the seller's legal form,
nature of activity, share capital and address; CGI art. 145-III (Morocco) and the Code de la
TVA art. 18 (Tunisia) the seller's identity and address. The company record had only names
and identifiers. Existing companies get empty mentions (printing names what is missing);
the audit triggers of the company are rebuilt so the new columns are audited. The SQL is
frozen in 0008_company_mentions.sql.

Revision ID: 0008
Revises: 0003
"""

from pathlib import Path

from alembic import op

revision = "0008"
down_revision = "0006"

COLUMNS = (
    "legal_form",
    "legal_form_ar",
    "capital_minor",
    "activity",
    "activity_ar",
    "address",
    "address_ar",
    "phone",
)


def _statements(sql: str) -> list[str]:
    """Statements end with ';' at the end of a line (trigger bodies with 'END;')."""
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
    sql = Path(__file__).with_name("0008_company_mentions.sql").read_text(encoding="utf-8")
    connection = op.get_bind()
    # A replica re-run from an older revision may have the columns already: keep them.
    present = {row[1] for row in connection.exec_driver_sql("PRAGMA table_info(company)")}
    for statement in _statements(sql):
        words = statement.split()
        if words[:4] == ["ALTER", "TABLE", "company", "ADD"] and words[5] in present:
            continue
        connection.exec_driver_sql(statement)


def downgrade() -> None:
    # SQLite 3.35+ drops columns; the audit triggers name them, so they go first.
    connection = op.get_bind()
    connection.exec_driver_sql("DROP TRIGGER audit_company_insert")
    connection.exec_driver_sql("DROP TRIGGER audit_company_update")
    for column in COLUMNS:
        connection.exec_driver_sql(f"ALTER TABLE company DROP COLUMN {column}")
