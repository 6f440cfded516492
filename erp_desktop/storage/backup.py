"""Online backups of a replica with SQLite's backup API (consistent while in use)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from erp_desktop.storage.engine import Replica


def backup_file(replica: Replica, destination: Path) -> Path:
    """Copies the live replica to ``destination`` page by page, consistently."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    raw = replica.engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        target = sqlite3.connect(destination)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        raw.close()
    return destination


def restore_file(replica: Replica, backup: Path) -> None:
    """Puts ``backup`` back into the live replica (used when an upgrade fails)."""
    raw = replica.engine.raw_connection()
    try:
        target = raw.driver_connection
        assert isinstance(target, sqlite3.Connection)
        if target.in_transaction:
            target.rollback()
        source = sqlite3.connect(backup)
        try:
            source.backup(target)
        finally:
            source.close()
    finally:
        raw.close()
