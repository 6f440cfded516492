"""Readiness: this worker can serve, because its database answers and has the schema this
code expects (a worker started before ``erp-sync-server migrate`` ran is not ready)."""

from __future__ import annotations

from dataclasses import dataclass

from sync_server.db.engine import DatabaseError, Engine
from sync_server.db.health import database_revision, newest_revision


@dataclass(frozen=True)
class Readiness:
    ready: bool
    revision: str | None  # None: the login role may not read it
    expected: str
    reason: str = ""


def readiness(engine: Engine, at_least: str | None = None) -> Readiness:
    """Ready when the database answers at this code's revision (and, with ``at_least``,
    when this code is at that revision or newer)."""
    expected = newest_revision()
    if at_least is not None and expected < at_least:
        return Readiness(
            False, None, expected, f"this worker's code is at {expected}, not {at_least}"
        )
    try:
        revision = database_revision(engine)
    except DatabaseError as error:
        return Readiness(False, None, expected, f"the database does not answer ({error.orig})")
    if revision is not None and revision != expected:
        return Readiness(
            False, revision, expected, f"the database is at {revision}, not {expected}"
        )
    return Readiness(True, revision, expected)
