"""Stock movements: inserted idempotently by id (and time), moving the levels by their
deltas, so the order they arrive in never matters. A level going negative is flagged for
head office, once per product and warehouse, naming the last movement that moved it; it is
never refused (the shelf was real)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from erp_desktop.kernel.errors import NotFound
from erp_desktop.kernel.protocol.envelope import Change
from sync_server.db.engine import act_as
from sync_server.db.mergers import alerts, movements, owners
from sync_server.services.mergers.base import MergeContext, by_actor, owned

Payload = Mapping[str, Any]


class StockMovementMerger:
    entity = "stock_movement"

    def checks(self, ctx: MergeContext, changes: Sequence[Change]) -> Callable[[Change], Payload]:
        warehouses = owners.warehouses_of(ctx.conn, (c.payload["warehouse_id"] for c in changes))
        products = owners.known_products(ctx.conn, (c.payload["product_id"] for c in changes))

        def check(change: Change) -> Payload:
            p = change.payload
            owned(warehouses.get(p["warehouse_id"]), ctx.branch_id, "warehouse", p["warehouse_id"])
            if p["product_id"] not in products:
                raise NotFound("common.not_found", entity="product", id=p["product_id"])
            return p

        return check

    def write(self, ctx: MergeContext, checked: Sequence[tuple[Change, Payload]]) -> None:
        levels: dict[tuple[str, str], int] = {}
        for actor, group in by_actor(checked):
            act_as(ctx.conn, actor)
            levels.update(
                movements.insert_movements(ctx.conn, ctx.branch_id, [(p, actor) for p in group])
            )
        last = {(p["warehouse_id"], p["product_id"]): p["id"] for _, p in checked}
        alerts.insert_alerts(
            ctx.conn,
            ctx.branch_id,
            [
                (
                    "negative_stock",
                    {
                        "warehouse_id": warehouse,
                        "product_id": product,
                        "quantity_milli": level,
                        "movement_id": last[warehouse, product],
                    },
                )
                for (warehouse, product), level in levels.items()
                if level < 0
            ],
        )
