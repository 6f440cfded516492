"""Pulled payroll rows: HR's items of a month come back to head office's replica (a
replica set up again, another PC of head office). A branch never receives them; one that
did would drop them, as it drops the records (storage.remote_hr)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from erp_desktop.app.changes import Changed, Changes
from erp_desktop.kernel.payroll.month_items import items_from_payload
from erp_desktop.storage.remote_hr import at_head_office
from erp_desktop.storage.repositories.payroll_items import MonthItemsRows

Applier = Callable[[Connection, Mapping[str, Any], datetime], None]


def _month_items(conn: Connection, p: Mapping[str, Any], now: datetime) -> None:
    if not at_head_office(conn):
        return
    found = items_from_payload(p)
    rows = MonthItemsRows(conn)
    if p.get("deleted_at") or p.get("removed"):
        rows.remove_month_items(found.employee_id, found.month, now)
    else:
        rows.save_month_items(found, now)


PAYROLL_APPLIERS: dict[str, Applier] = {"payroll_items": _month_items}
PAYROLL_CHANGES: dict[str, Changes] = {"payroll_items": frozenset({Changed.PAYROLL})}
