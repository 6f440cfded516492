"""Running a revision's frozen SQL file: later changes to the code never change what an
old revision does. psycopg reads "%" as a placeholder, so it is doubled."""

from pathlib import Path

from alembic import op


def run_sql_file(revision_file: str) -> None:
    sql = Path(revision_file).with_suffix(".sql").read_text(encoding="utf-8")
    op.get_bind().exec_driver_sql(sql.replace("%", "%%"))
