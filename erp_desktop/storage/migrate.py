"""Upgrading a replica in place, safely.

Desktop accounting programs are known to corrupt their users' data on upgrade; ours takes an
online backup (SQLite backup API) before any migration runs and puts it back if anything
fails, then reports ``storage.migration_failed`` naming the backup it restored. In the same
transaction as the migrations it lays the audit and refusal triggers again over the columns
the tables now have (``ddl.refresh_triggers``), so a revision that adds a column never has to
rewrite them.
"""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from erp_desktop.kernel.errors import ConflictError
from erp_desktop.storage.backup import backup_file, restore_file
from erp_desktop.storage.ddl import refresh_triggers
from erp_desktop.storage.engine import Replica

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(migrations: Path = MIGRATIONS) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(replica: Replica) -> str | None:
    with replica.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade_replica(
    replica: Replica, target: str = "head", migrations: Path = MIGRATIONS
) -> str | None:
    """Brings ``replica`` to ``target``; returns the backup taken (None if nothing to do)."""
    script = ScriptDirectory.from_config(alembic_config(migrations))
    current = current_revision(replica)
    wanted = script.get_current_head() if target == "head" else target
    if current == wanted:
        return None
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise ConflictError("storage.newer_replica", revision=current)
    backup: Path | None = None
    if current is not None:
        backup = replica.path.with_name(f"{replica.path.name}.before-{wanted}.bak")
        backup_file(replica, backup)
    config = alembic_config(migrations)
    try:
        with replica.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, target)
            rebuilt = refresh_triggers(conn)
            if rebuilt:
                log.info("triggers laid again after the upgrade: %s", ", ".join(rebuilt))
    except Exception as exc:
        log.exception("migration to %s failed", wanted)
        if backup is not None:
            restore_file(replica, backup)
        raise ConflictError(
            "storage.migration_failed", revision=str(wanted), backup=str(backup or "-")
        ) from exc
    return str(backup) if backup else None
