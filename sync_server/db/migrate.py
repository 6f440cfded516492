"""Bringing the server's database to the newest revision (alembic, one transaction), with
its monthly partitions made ahead."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, text

from sync_server.db.partitions import make_partitions

MIGRATIONS = Path(__file__).with_name("migrations")


def upgrade(engine: Engine, target: str = "head", today: date | None = None) -> None:
    """Migrates, then makes the monthly partitions of the next two years (once the
    partitioned tables exist)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, target)
        if conn.execute(text("SELECT to_regproc('sync.add_month_partitions')")).scalar():
            make_partitions(conn, today or date.today())


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()
