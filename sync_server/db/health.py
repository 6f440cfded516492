"""What a readiness probe asks of the database: does it answer, and at which revision."""

from __future__ import annotations

from functools import cache

from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from sync_server.db.migrate import MIGRATIONS


@cache
def newest_revision() -> str:
    """The revision this code's migrations end at."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None
    return head


def database_revision(engine: Engine) -> str | None:
    """The database's revision, or None when the login role may not read it (a role that
    is erp_app and nothing more). Raises DBAPIError when the database does not answer."""
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))
    try:
        with engine.connect() as conn:
            value = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DBAPIError as error:
        if getattr(error.orig, "sqlstate", None) in ("42501", "42P01"):  # no right, no table
            return None
        raise
    return None if value is None else str(value)
