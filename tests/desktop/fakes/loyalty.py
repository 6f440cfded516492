"""The fake of the loyalty repository (app/ports/loyalty.py)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from uuid import UUID

from erp_desktop.kernel.crm.loyalty import PointMovement, canonical_order
from tests.desktop.fakes.replica import FakeReplica


class FakeLoyalty:
    def __init__(self, db: FakeReplica) -> None:
        self.db = db

    def movements_of(self, customer_id: UUID) -> list[PointMovement]:
        return canonical_order(
            m for m in self.db.point_movements.values() if m.customer_id == customer_id
        )

    def movements_from(self, source_id: UUID) -> list[PointMovement]:
        return canonical_order(
            m for m in self.db.point_movements.values() if m.source_id == source_id
        )

    def categories_of(self, product_ids: Sequence[UUID]) -> dict[UUID, str]:
        return {
            p: self.db.product_categories[p] for p in product_ids if p in self.db.product_categories
        }

    def customers_with_points(self) -> list[UUID]:
        totals: dict[UUID, int] = {}
        for m in self.db.point_movements.values():
            totals[m.customer_id] = totals.get(m.customer_id, 0) + m.points
        return [c for c, points in totals.items() if points > 0]

    def customers_for_expiry(self, site: str) -> list[UUID]:
        totals: dict[UUID, int] = {}
        expired: set[UUID] = set()
        for m in self.db.point_movements.values():
            totals[m.customer_id] = totals.get(m.customer_id, 0) + m.points
            if m.kind == "expire" and m.site == site:
                expired.add(m.customer_id)
        return [c for c, points in totals.items() if points or c in expired]

    def add_movements(self, movements: Sequence[PointMovement], now: datetime) -> int:
        new = [m for m in movements if m.id not in self.db.point_movements]
        for m in new:
            self.db.point_movements[m.id] = m
        return len(new)
