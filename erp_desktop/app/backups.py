"""Backups of the replica by the user: where (a folder, a USB key), how often, how many kept.

The owner sets the schedule once on the PC (``set_backup_schedule``; kept in the replica,
so a restored replica keeps it); the client asks ``run_due_backup`` every few minutes and a
backup is taken when the last one is older than the schedule says (or there is none). A
backup can also be taken at once (``back_up_now``). A key that is not plugged in is said
(``backup.folder_unwritable``) and tried again at the next check, never silently skipped.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from erp_desktop.app.changes import Done
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.ports.backups import BackupInfo, ReplicaBackups
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.permissions import Permission

SCHEDULE_SETTING = "backup_schedule"
LAST_SETTING = "last_backup"
MAX_HOURS = 24 * 7
MAX_KEPT = 90


@dataclass(frozen=True, slots=True)
class BackupSchedule:
    folder: str
    every_hours: int = 24
    keep: int = 7


@dataclass(frozen=True, slots=True)
class BackupState:
    """What the backup dialog shows: the schedule (None: not set), the last backup taken
    on this replica and when, and the backups found in the folder."""

    schedule: BackupSchedule | None
    last_at: datetime | None
    last_path: str
    found: tuple[BackupInfo, ...]


def set_backup_schedule(
    deps: Deps, actor: Actor, folder: str, every_hours: int, keep: int
) -> Done[BackupSchedule]:
    actor.require(Permission.ADMIN_SETTINGS)
    if not folder.strip():
        raise ValidationError("common.required", field="folder")
    if not 1 <= every_hours <= MAX_HOURS:
        raise ValidationError("common.invalid_value", field="every_hours", value=every_hours)
    if not 1 <= keep <= MAX_KEPT:
        raise ValidationError("common.invalid_value", field="keep", value=keep)
    schedule = BackupSchedule(folder.strip(), every_hours, keep)
    with deps.store.transaction(actor.user_id) as tx:
        tx.org.set_setting(
            SCHEDULE_SETTING,
            {"folder": schedule.folder, "every_hours": every_hours, "keep": keep},
            deps.now(),
        )
    return Done(schedule, frozenset())


def backup_schedule(deps: Deps) -> BackupSchedule | None:
    with deps.store.read() as tx:
        value = tx.org.setting(SCHEDULE_SETTING)
    if not value:
        return None
    return BackupSchedule(str(value["folder"]), int(value["every_hours"]), int(value["keep"]))


def backup_state(deps: Deps, actor: Actor) -> BackupState:
    actor.require(Permission.ADMIN_SETTINGS)
    schedule = backup_schedule(deps)
    last_at, last_path = _last(deps)
    found = _port(deps).backups_in(Path(schedule.folder)) if schedule else []
    return BackupState(schedule, last_at, last_path, tuple(found))


def is_due(schedule: BackupSchedule, last_at: datetime | None, now: datetime) -> bool:
    return last_at is None or now - last_at >= timedelta(hours=schedule.every_hours)


def back_up_now(deps: Deps, actor: Actor) -> Done[BackupInfo]:
    """A backup at once, to the scheduled folder."""
    actor.require(Permission.ADMIN_SETTINGS)
    schedule = backup_schedule(deps)
    if schedule is None:
        raise ValidationError("backup.not_scheduled")
    return Done(_take(deps, schedule), frozenset())


def run_due_backup(deps: Deps) -> BackupInfo | None:
    """The scheduled backup if one is due (the client's timer; no user is needed: the
    schedule is the owner's)."""
    schedule = backup_schedule(deps)
    if schedule is None or not is_due(schedule, _last(deps)[0], deps.now()):
        return None
    return _take(deps, schedule)


def _take(deps: Deps, schedule: BackupSchedule) -> BackupInfo:
    now = deps.now()
    made = _port(deps).back_up(Path(schedule.folder), schedule.keep, now)
    with deps.store.transaction(None) as tx:
        tx.org.set_setting(LAST_SETTING, {"at": now.isoformat(), "path": str(made.path)}, now)
    return made


def _last(deps: Deps) -> tuple[datetime | None, str]:
    with deps.store.read() as tx:
        value = tx.org.setting(LAST_SETTING)
    if not value:
        return None, ""
    return datetime.fromisoformat(str(value["at"])), str(value["path"])


def _port(deps: Deps) -> ReplicaBackups:
    if deps.backups is None:
        raise ValidationError("backup.not_scheduled")
    return deps.backups
