"""What every repository shares: the unit of work's connection, quantities and time stamps."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection

from erp_desktop.kernel.errors import NotFound

MILLI = Decimal(1000)


def to_milli(quantity: Decimal) -> int:
    return int(quantity * MILLI)


def from_milli(value: int) -> Decimal:
    return (Decimal(value) / MILLI).normalize() if value % 1000 else Decimal(value // 1000)


def stamped(now: datetime, **values: Any) -> dict[str, Any]:
    return {**values, "created_at": now, "updated_at": now, "deleted_at": None}


def not_found(entity: str, key: object) -> NotFound:
    return NotFound("common.not_found", entity=entity, id=str(key))


class RepositoryBase:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn
