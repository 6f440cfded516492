"""The fake of the sync repository (app/ports/sync.py)."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from erp_desktop.app.changes import Changes
from erp_desktop.app.records import (
    CustomerInfo,
)
from erp_desktop.kernel.crm.customers import FIELDS
from erp_desktop.kernel.quantity import to_milli
from tests.desktop.fakes.replica import FakeReplica


class FakeSync:
    """The convergence reads over the fake's rows. Applying a pulled change needs the
    server's payload rules, which live in ``storage.remote``: pulls are tested over SQLite."""

    HLC_OBSERVED = "hlc_observed"

    def __init__(self, db: FakeReplica) -> None:
        self.db = db

    def local_summary(self) -> dict[str, Any]:
        refused = {c["entity_id"] for c in self.db.outbox if c["state"] == "rejected"}
        quantity: dict[str, int] = {}
        for m in self.db.movements:
            if m.id not in refused:
                key = str(m.product_id)
                quantity[key] = quantity.get(key, 0) + to_milli(m.quantity)
        series: dict[str, dict[str, int]] = {}
        for s in self.db.sales.values():
            if s.id not in refused:
                figures = series.setdefault(s.series, {"count": 0, "total_minor": 0})
                figures["count"] += 1
                figures["total_minor"] += s.total.to_minor()
        return {"quantity_by_product": quantity, "series": series}

    def hlc_high_water(self) -> str | None:
        issued = [v for c in self.db.customers.values() for v in c.field_clocks.values()]
        stamps = [s for s in [*issued, self.db.settings.get(self.HLC_OBSERVED)] if s]
        return max(stamps) if stamps else None

    def customer_values(self) -> list[tuple[UUID, dict[str, Any]]]:
        return [(c.id, {f: getattr(c, f) for f in FIELDS}) for c in self.db.customers.values()]

    def customers_waiting(self) -> set[UUID]:
        return {
            c["entity_id"]
            for c in self.db.outbox
            if c["entity"] == "customer" and c["state"] == "pending"
        }

    def levels_unlike_movements(self) -> list[tuple[str, int, int]]:
        moved: dict[tuple[UUID, UUID], int] = {}
        for m in self.db.movements:
            key = (m.warehouse_id, m.product_id)
            moved[key] = moved.get(key, 0) + int(m.quantity * 1000)
        levels = {k: int(p.quantity * 1000) for k, p in self.db.levels.items()}
        return [
            (str(k[1]), levels.get(k, 0), moved.get(k, 0))
            for k in {*moved, *levels}
            if levels.get(k, 0) != moved.get(k, 0)
        ]

    def apply_remote(self, entity: str, payload: dict[str, Any], now: datetime) -> Changes:
        raise NotImplementedError("the fakes do not apply pulled changes: test pulls over SQLite")

    def bulk_apply(
        self, entity: str, payloads: list[dict[str, Any]], now: datetime, source: str, digest: str
    ) -> Changes:
        raise NotImplementedError("the fakes do not load snapshots: test them over SQLite")

    def bulk_kinds(self) -> frozenset[str]:
        return frozenset()

    def rebuild_search(self) -> None:
        raise NotImplementedError("the fakes keep no search index")

    def record_observed_hlc(self, stamp: str, now: datetime) -> None:
        self.db.settings[self.HLC_OBSERVED] = stamp

    def take_server_customer(self, row: dict[str, Any], now: datetime) -> None:
        customer_id = UUID(row["id"])
        kept = self.db.customers.get(customer_id)
        values = {f: row.get(f) or "" for f in FIELDS}
        self.db.customers[customer_id] = CustomerInfo(
            customer_id,
            **values,
            store_credit_minor=kept.store_credit_minor if kept else 0,
            currency=kept.currency if kept else self.db.company.currency,
            field_clocks=dict(row["field_clocks"]),
        )

    def requeue_customers(self, customer_ids: list[UUID], now: datetime) -> int:
        moved = 0
        for c in self.db.outbox:
            if (
                c["entity"] == "customer"
                and c["state"] == "sent"
                and c["entity_id"] in customer_ids
            ):
                c.update(state="pending", updated_at=now)
                moved += 1
        return moved
