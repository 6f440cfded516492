"""The port of the replica's own backups, by the user, to a folder or a USB key
(implemented by ``erp_desktop.storage.user_backups``; ``Deps.backups``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file: a whole replica, checked readable when it was written."""

    path: Path
    site: str  # the site's code, in the file's name
    taken_at: datetime  # UTC
    size: int  # bytes


class ReplicaBackups(Protocol):
    def back_up(self, folder: Path, keep: int, now: datetime) -> BackupInfo: ...
    def backups_in(self, folder: Path) -> list[BackupInfo]: ...
