"""What the server holds of a branch (movements, quantity per product, documents per series
with their totals), so the branch can compare after a sync and re-send what is missing."""

from __future__ import annotations

from typing import Any

from sync_server.db.engine import Engine, unit_of_work
from sync_server.db.summary import branch_summary
from sync_server.services.enrollment import Device


def summary(engine: Engine, device: Device) -> dict[str, Any]:
    # narrowed to the device's own site: a head-office device reads its site's share,
    # not the whole company's (a branch's device is narrowed to its branch anyway)
    with unit_of_work(engine, branch_id=device.branch_id, credential=device.credential) as conn:
        return branch_summary(conn)
