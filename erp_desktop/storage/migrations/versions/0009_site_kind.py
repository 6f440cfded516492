"""The kind of each site (branch, or head office's own site), as the server sends it.

Head office runs the same client over its own replica; the replica learns from the pulled
branch rows whether it is head office's, and the app layer lets it edit what head office
owns (the catalog and prices, period close) by the kernel's ownership table. Existing
branches are branches; the audit triggers of the branches are rebuilt so the kind is
audited. The SQL is frozen in 0009_site_kind.sql.

Revision ID: 0009
Revises: 0008
"""

from pathlib import Path

from alembic import op

revision = "0009"
down_revision = "0008"


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
    sql = Path(__file__).with_name("0009_site_kind.sql").read_text(encoding="utf-8")
    connection = op.get_bind()
    present = {row[1] for row in connection.exec_driver_sql("PRAGMA table_info(branches)")}
    for statement in _statements(sql):
        if statement.startswith("ALTER TABLE branches ADD COLUMN kind") and "kind" in present:
            continue
        connection.exec_driver_sql(statement)


def downgrade() -> None:
    connection = op.get_bind()
    connection.exec_driver_sql("DROP TRIGGER audit_branches_insert")
    connection.exec_driver_sql("DROP TRIGGER audit_branches_update")
    connection.exec_driver_sql("ALTER TABLE branches DROP COLUMN kind")
