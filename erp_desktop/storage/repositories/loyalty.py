"""The loyalty ledger on the replica: movements appended once each (by id), read back in
canonical order. A movement pulled twice, or made here and then pulled back from the
server, is one row."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from uuid import UUID

from sqlalchemy import RowMapping, case, func, select
from sqlalchemy.dialects.sqlite import insert

from erp_desktop.kernel.crm.loyalty import PointMovement
from erp_desktop.storage.repositories.base import RepositoryBase, stamped
from erp_desktop.storage.tables.catalog import categories, products
from erp_desktop.storage.tables.crm import loyalty_movements as t
from erp_desktop.storage.tables.declared import row_of


def _movement(r: RowMapping) -> PointMovement:
    return PointMovement(
        r["id"],
        r["customer_id"],
        r["kind"],
        r["points"],
        r["at"],
        r["site"],
        r["source_id"],
        r["lot_month"],
        r["lot_id"],
    )


class LoyaltyRepository(RepositoryBase):
    def movements_of(self, customer_id: UUID) -> list[PointMovement]:
        # Read by the driver, not through the columns' types: a regular of two years has
        # thousands of movements, and each profile page replays them all (their lots). The
        # stored forms are the types' own (ids as 32 hex digits, moments as written by
        # UtcDateTime), read back as those types read them.
        rows = self.conn.exec_driver_sql(
            "SELECT id, kind, points, at, site, source_id, lot_month, lot_id "
            "FROM loyalty_movements WHERE customer_id = ? ORDER BY at, id",
            (customer_id.hex,),
        )
        return [
            PointMovement(
                UUID(hex=i),
                customer_id,
                kind,
                points,
                datetime.fromisoformat(at).replace(tzinfo=UTC),
                site,
                UUID(hex=source) if source else None,
                month,
                UUID(hex=lot) if lot else None,
            )
            for i, kind, points, at, site, source, month, lot in rows
        ]

    def movements_from(self, source_id: UUID) -> list[PointMovement]:
        rows = self.conn.execute(
            select(t).where(t.c.source_id == source_id).order_by(t.c.at, t.c.id)
        ).mappings()
        return [_movement(row) for row in rows]

    def categories_of(self, product_ids: Sequence[UUID]) -> dict[UUID, str]:
        """A read of the shared catalog (head office's data every site holds)."""
        if not product_ids:
            return {}
        rows = self.conn.execute(
            select(products.c.id, categories.c.name)
            .join(categories, categories.c.id == products.c.category_id)
            .where(products.c.id.in_(set(product_ids)))
        )
        return {r[0]: r[1] for r in rows}

    def customers_with_points(self) -> list[UUID]:
        rows = self.conn.execute(
            select(t.c.customer_id).group_by(t.c.customer_id).having(func.sum(t.c.points) > 0)
        )
        return [r[0] for r in rows]

    def customers_for_expiry(self, site: str) -> list[UUID]:
        expired_here = func.sum(case(((t.c.kind == "expire") & (t.c.site == site), 1), else_=0))
        rows = self.conn.execute(
            select(t.c.customer_id)
            .group_by(t.c.customer_id)
            .having((func.sum(t.c.points) != 0) | (expired_here > 0))
        )
        return [r[0] for r in rows]

    def add_movements(self, movements: Sequence[PointMovement], now: datetime) -> int:
        if not movements:
            return 0
        done = self.conn.execute(
            insert(t).on_conflict_do_nothing(index_elements=["id"]),
            [stamped(now, **row_of(m)) for m in movements],
        )
        return int(done.rowcount or 0)
