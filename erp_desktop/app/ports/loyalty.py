"""The loyalty ledger: every site's point movements, appended, never changed."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol
from uuid import UUID

from erp_desktop.kernel.crm.loyalty import PointMovement


class LoyaltyReads(Protocol):
    def movements_of(self, customer_id: UUID) -> list[PointMovement]: ...
    def movements_from(self, source_id: UUID) -> list[PointMovement]: ...
    def customers_with_points(self) -> list[UUID]:
        """The customers whose movements leave points (positive balance), for expiry."""
        ...

    def customers_for_expiry(self, site: str) -> list[UUID]:
        """The customers ``site`` may owe an expiry or a restoration: points left (or owed:
        a debt), or an expiry written by ``site``."""
        ...

    def categories_of(self, product_ids: Sequence[UUID]) -> dict[UUID, str]:
        """The catalog's category name of each product that has one (for earning rules)."""
        ...


class LoyaltyRepository(LoyaltyReads, Protocol):
    def add_movements(self, movements: Sequence[PointMovement], now: datetime) -> int:
        """Appends the movements not already held (by id); returns how many were new."""
        ...
