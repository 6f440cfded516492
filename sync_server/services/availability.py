"""What other branches hold of a product ("available at ALG02"), read-only, for the till
and the warehouse desk when the customer asks. Read in the device's own scope: stock levels
are the one branch-owned table every site may read (never write)."""

from __future__ import annotations

from uuid import UUID

from sync_server.db import availability as levels
from sync_server.db.engine import Engine, unit_of_work
from sync_server.services.enrollment import Device


def availability(engine: Engine, device: Device, product_id: UUID) -> list[dict[str, object]]:
    with unit_of_work(engine, credential=device.credential) as conn:
        found = levels.levels_elsewhere(conn, product_id, device.branch_id)
    return [{"branch": code, "quantity_milli": quantity} for code, quantity in found]
