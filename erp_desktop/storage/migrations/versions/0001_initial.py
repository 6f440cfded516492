"""The first schema of the replica: every table, index and trigger of version 0.1.

The SQL is frozen in 0001_initial.sql (generated once from the tables and storage/ddl.py of
that version) so that later changes to the table definitions never change what this
revision does to an old replica.

Revision ID: 0001
Revises:
"""

from pathlib import Path

from alembic import op

revision = "0001"
down_revision = None


def upgrade() -> None:
    sql = (Path(__file__).with_name("0001_initial.sql")).read_text(encoding="utf-8")
    connection = op.get_bind()
    for statement in _statements(sql):
        connection.exec_driver_sql(statement)


def _statements(sql: str) -> list[str]:
    # Statements are separated by a ';' at the end of a line; trigger bodies end in 'END;'.
    parts, current = [], []
    for line in sql.splitlines():
        current.append(line)
        if line.rstrip().endswith(";"):
            parts.append("\n".join(current).strip().rstrip(";"))
            current = []
    return [p for p in parts if p]
