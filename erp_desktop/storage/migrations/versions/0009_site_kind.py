"""The kind of each site (branch, or head office's own site), as the server sends it, and
which closed months are head office's.

Head office runs the same client over its own replica; the replica learns from the pulled
branch rows whether it is head office's, and the app layer lets it edit what head office
owns (the catalog and prices, period close) by the kernel's ownership table. A month head
office closed (pulled) moves a late posting to the first open day, as the server does; a
month a branch closed on its own replica still refuses its postings. Existing branches are
branches, existing closes the branch's own; the audit triggers of both tables are rebuilt
so the new columns are audited. A branch entry the server posted on another day (a late
document in a month head office closed) moves to that day on the replica too, recorded in
posting_moves. The SQL is frozen in 0009_site_kind.sql.

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
    present = {
        (table, row[1])
        for table in ("branches", "fiscal_periods")
        for row in connection.exec_driver_sql(f"PRAGMA table_info({table})")
    }
    tables = {row[0] for row in connection.exec_driver_sql("SELECT name FROM sqlite_master")}
    for statement in _statements(sql):
        words = statement.split()
        if words[:2] == ["CREATE", "TABLE"] and words[2] in tables:
            continue
        if words[:4] == ["ALTER", "TABLE", words[2], "ADD"] and (words[2], words[5]) in present:
            continue  # re-run from an older revision: the column is there already
        connection.exec_driver_sql(statement)


def downgrade() -> None:
    connection = op.get_bind()
    connection.exec_driver_sql("DROP TRIGGER IF EXISTS ledger_day_totals_move")
    connection.exec_driver_sql("DROP TABLE posting_moves")
    connection.exec_driver_sql("DROP TRIGGER audit_branches_insert")
    connection.exec_driver_sql("DROP TRIGGER audit_branches_update")
    connection.exec_driver_sql("ALTER TABLE branches DROP COLUMN kind")
    connection.exec_driver_sql("DROP TRIGGER audit_fiscal_periods_insert")
    connection.exec_driver_sql("DROP TRIGGER audit_fiscal_periods_update")
    connection.exec_driver_sql("ALTER TABLE fiscal_periods DROP COLUMN closed_at_head_office")
