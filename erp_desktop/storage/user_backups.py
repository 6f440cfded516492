"""The user's backups of the replica, to a folder or a USB key, and their restore on a new PC.

A backup is the whole replica copied page by page with SQLite's online backup API (the
till may keep selling meanwhile), written under a temporary name, checked (integrity, a
replica's tables, its schema revision) and only then given its name, so a key pulled out
midway never leaves a file that looks like a backup. Names say whose and when
(``maghreb-erp-BLI01-20261201-143000.sqlite3``); the oldest beyond ``keep`` of the same
site are removed. A restore checks the file the same way and copies it into an empty data
folder; opening it then upgrades it (backup first) when it was made by an older client.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from erp_desktop.app.ports.backups import BackupInfo
from erp_desktop.kernel.errors import ConflictError, ValidationError
from erp_desktop.storage.backup import backup_file
from erp_desktop.storage.engine import Replica
from erp_desktop.storage.tables.org import branches

PREFIX = "maghreb-erp-"
_NAME = re.compile(r"^maghreb-erp-(?P<site>[A-Za-z0-9_-]+)-(?P<at>\d{8}-\d{6})\.sqlite3$")


class SqliteBackups:
    """``app.ports.backups.ReplicaBackups`` over the live replica (on its own thread)."""

    def __init__(self, replica: Replica) -> None:
        self.replica = replica

    def _site(self) -> str:
        with self.replica.read() as conn:
            code = conn.execute(
                select(branches.c.code).where(branches.c.is_local.is_(True))
            ).scalar()
        return re.sub(r"[^A-Za-z0-9_-]", "_", code or "replica")

    def back_up(self, folder: Path, keep: int, now: datetime) -> BackupInfo:
        site = self._site()
        at = now.astimezone(UTC)
        target = folder / f"{PREFIX}{site}-{at:%Y%m%d-%H%M%S}.sqlite3"
        partial = target.with_name(target.name + ".partial")
        try:
            folder.mkdir(parents=True, exist_ok=True)
            backup_file(self.replica, partial)
            check_backup(partial)
            partial.replace(target)
        except (OSError, sqlite3.Error):
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
            raise ValidationError("backup.folder_unwritable", folder=str(folder)) from None
        for old in [b for b in self.backups_in(folder) if b.site == site][max(keep, 1) :]:
            with contextlib.suppress(OSError):
                old.path.unlink()
        return BackupInfo(target, site, at.replace(microsecond=0), target.stat().st_size)

    def backups_in(self, folder: Path) -> list[BackupInfo]:
        return backups_in(folder)


def backups_in(folder: Path) -> list[BackupInfo]:
    """The backups in ``folder``, newest first (an unplugged key: none)."""
    found: list[BackupInfo] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        match = _NAME.match(path.name)
        if match is None:
            continue
        taken = datetime.strptime(match["at"], "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
        found.append(BackupInfo(path, match["site"], taken, path.stat().st_size))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def check_backup(path: Path) -> str:
    """The schema revision of the replica backed up in ``path``; ``backup.unreadable`` if
    it is not a whole, readable replica."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            if conn.execute("PRAGMA integrity_check").fetchone() != ("ok",):
                raise sqlite3.DatabaseError("integrity")
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            conn.execute("SELECT count(*) FROM company").fetchone()
            conn.execute("SELECT count(*) FROM branches WHERE is_local").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        raise ValidationError("backup.unreadable", path=str(path)) from None
    if revision is None:
        raise ValidationError("backup.unreadable", path=str(path))
    return str(revision[0])


def restore_backup(backup: Path, replica_file: Path) -> str:
    """Copies ``backup`` to ``replica_file`` (which must not exist yet: a restore never
    overwrites a shop's data); returns the backup's schema revision."""
    if replica_file.exists():
        raise ConflictError("setup.replica_exists", path=str(replica_file))
    revision = check_backup(backup)
    replica_file.parent.mkdir(parents=True, exist_ok=True)
    partial = replica_file.with_name(replica_file.name + ".restoring")
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(partial)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
    partial.replace(replica_file)
    return revision
