"""The state a demo day carries: one branch's tills, prices and costs in memory."""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from uuid import UUID
from zoneinfo import ZoneInfo

from erp_desktop.app.records import StockPosition
from erp_desktop.kernel.inventory.costing import AverageCost
from erp_desktop.kernel.inventory.movements import StockMovement
from erp_desktop.storage.kept_as_sets import kept_as_sets
from erp_desktop.storage.seed import ProductSeed
from erp_desktop.storage.store import SqliteUnitOfWork


@dataclass
class DemoContext:
    """What a demo day works with: the branch, its tills and cashiers, prices and costs kept
    in memory, and the movements waiting to be written."""

    rng: random.Random
    tx: SqliteUnitOfWork
    branch_id: UUID
    warehouse_id: UUID
    registers: list[UUID]
    cashiers: list[UUID]
    products: list[ProductSeed]
    rates: dict[UUID, Decimal]
    stock: dict[UUID, AverageCost]
    by_id: dict[UUID, ProductSeed]
    movements: int = 0
    pending: list[tuple[StockMovement, StockPosition]] = field(default_factory=list)
    # the reference: every audit and summary row written by its trigger, row by row
    per_row: bool = False

    @contextmanager
    def written(self, *tables: str) -> Iterator[None]:
        """A block writing ``tables`` (each once, in that order), their audit rows and the
        summaries kept from them written at its end as sets (``storage.kept_as_sets``), or
        by the triggers row by row for the reference."""
        if self.per_row:
            yield
            return
        with kept_as_sets(self.tx.stock.conn, tables):
            yield

    def flush(self, at: datetime) -> None:
        """Writes the movements computed since the last flush (levels end where they are)."""
        with self.written("stock_movements"):
            self.tx.stock.record_movements(self.pending, self.branch_id, None, at)
        self.movements += len(self.pending)
        self.pending = []


ALGIERS = ZoneInfo("Africa/Algiers")


def at_local(day: date, hour: int, minute: int) -> datetime:
    """A time on the branch's wall clock, as the UTC instant stored."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=ALGIERS).astimezone(UTC)
