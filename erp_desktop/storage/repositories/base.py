"""What every repository shares: the unit of work's connection, quantities and time stamps."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from erp_desktop.kernel.errors import NotFound
from erp_desktop.kernel.quantity import from_milli, to_milli  # the one quantity rule

__all__ = ["RepositoryBase", "from_milli", "not_found", "stamped", "to_milli"]


def stamped(now: datetime, **values: Any) -> dict[str, Any]:
    return {**values, "created_at": now, "updated_at": now, "deleted_at": None}


def not_found(entity: str, key: object) -> NotFound:
    return NotFound("common.not_found", entity=entity, id=str(key))


class RepositoryBase:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn
