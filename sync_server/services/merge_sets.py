"""Merging the bulk of a push (stock movements and sales) a set at a time.

What can be checked without writing is checked first, for all the batch's changes at once
(the warehouse or register belongs to the branch, the product exists, the posting can be
built); the changes that fail get their error code and parameters. The rest are written by
one statement per entity and acting user (``db.merge_sets``), inside a savepoint. Should the
database refuse one row of the set (a document number already used by another id, say), the
savepoint is rolled back and the set goes through the change-by-change path, which finds the
change at fault and accepts the others: the answers are the same either way.

A level left negative by the batch is flagged once per product and warehouse, naming the
last movement that moved it; a chain break is flagged once, on the document after it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any
from uuid import UUID

from erp_desktop.kernel.calendar import business_date
from erp_desktop.kernel.errors import ErpError, NotFound
from erp_desktop.kernel.ledger.accounts import Chart
from erp_desktop.kernel.ledger.journal import JournalEntry
from erp_desktop.kernel.posting.from_payload import post_sale_payload
from erp_desktop.kernel.protocol.envelope import Change, ChangeResult, ChangeStatus
from sync_server.db import merge_sets
from sync_server.db.engine import Connection, DatabaseError, act_as
from sync_server.services.enrollment import Device
from sync_server.services.merge_one import (
    UNPROCESSABLE,
    apply_one,
    chain_problems,
    owned,
    rejected,
    unprocessable,
)
from sync_server.services.periods import ClosedPeriods

SET_WISE = frozenset({"stock_movement", "sale"})


def merge_movements(
    conn: Connection, changes: Sequence[Change], device: Device, chart: Chart
) -> dict[UUID, ChangeResult]:
    branch_id = device.branch_id
    warehouses = merge_sets.warehouses_of(conn, (c.payload["warehouse_id"] for c in changes))
    products = merge_sets.known_products(conn, (c.payload["product_id"] for c in changes))

    def check(change: Change) -> None:
        p = change.payload
        owned(warehouses.get(p["warehouse_id"]), branch_id, "warehouse", p["warehouse_id"])
        if p["product_id"] not in products:
            raise NotFound("common.not_found", entity="product", id=p["product_id"])

    results, fit = _checked(changes, check)

    def write() -> None:
        levels: dict[tuple[str, str], int] = {}
        for actor, group in _by_actor(fit):
            act_as(conn, actor)
            levels.update(
                merge_sets.insert_movements(
                    conn, branch_id, [(c.payload, c.actor_id) for c in group]
                )
            )
        last = {(c.payload["warehouse_id"], c.payload["product_id"]): c.payload["id"] for c in fit}
        merge_sets.insert_alerts(
            conn,
            branch_id,
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

    _write_or_one_by_one(conn, changes, fit, write, results, device, chart)
    return results


def merge_sales(
    conn: Connection, changes: Sequence[Change], device: Device, chart: Chart
) -> dict[UUID, ChangeResult]:
    branch_id = device.branch_id
    registers = merge_sets.registers_of(conn, (c.payload["register_id"] for c in changes))
    postings: dict[UUID, tuple[date, JournalEntry | None]] = {}
    closed = ClosedPeriods.of(conn)
    moved: dict[UUID, tuple[str, Mapping[str, Any]]] = {}

    def check(change: Change) -> None:
        p = change.payload
        owned(registers.get(p["register_id"]), branch_id, "register", p["register_id"])
        entry = post_sale_payload(chart, p, branch_id)
        day = (
            entry.on
            if entry
            else business_date(chart.country, datetime.fromisoformat(p["issued_at"]))
        )
        entry, late = closed.place(entry)  # dated in a closed period: its first open day
        if late is not None:
            moved[change.id] = late
        postings[change.id] = (day, entry)

    results, fit = _checked(changes, check)

    def write() -> None:
        inserted: dict[str, Mapping[str, Any]] = {}
        for actor, group in _by_actor(fit):
            act_as(conn, actor)
            new = merge_sets.insert_sales(
                conn, branch_id, [(c.payload, *postings[c.id]) for c in group]
            )
            inserted.update({c.payload["id"]: c.payload for c in group if c.payload["id"] in new})
        alerts: list[tuple[str, Mapping[str, Any]]] = []
        for doc in merge_sets.neighbours(conn, inserted.values()):
            p = inserted[doc.id]
            after = None if doc.after_id in inserted else doc.after_previous
            problems = chain_problems(p, doc.before_hash, after)
            if problems:
                alerts.append(("chain_break", {"number": p["number"], "reasons": problems}))
        alerts += [moved[c.id] for c in fit if c.id in moved and c.payload["id"] in inserted]
        merge_sets.insert_alerts(conn, branch_id, alerts)

    _write_or_one_by_one(conn, changes, fit, write, results, device, chart)
    return results


def _checked(
    changes: Sequence[Change], check: Callable[[Change], None]
) -> tuple[dict[UUID, ChangeResult], list[Change]]:
    """Answers for the changes that fail ``check``, accepted ones for the others, and the
    others to write (each document once, should the batch carry it twice)."""
    results: dict[UUID, ChangeResult] = {}
    fit: list[Change] = []
    seen: set[str] = set()
    for change in changes:
        try:
            check(change)
        except ErpError as error:
            results[change.id] = rejected(change, error)
            continue
        except UNPROCESSABLE as error:
            results[change.id] = unprocessable(change, error)
            continue
        results[change.id] = ChangeResult(change.id, ChangeStatus.ACCEPTED)
        if change.payload["id"] not in seen:
            seen.add(change.payload["id"])
            fit.append(change)
    return results, fit


def _by_actor(changes: Iterable[Change]) -> list[tuple[UUID | None, list[Change]]]:
    """The changes grouped by acting user (the audit trigger reads one per statement)."""
    groups: dict[UUID | None, list[Change]] = {}
    for change in changes:
        groups.setdefault(change.actor_id, []).append(change)
    return list(groups.items())


def _write_or_one_by_one(
    conn: Connection,
    changes: Sequence[Change],
    fit: Sequence[Change],
    write: Callable[[], None],
    results: dict[UUID, ChangeResult],
    device: Device,
    chart: Chart,
) -> None:
    if not fit:
        return
    try:
        with conn.begin_nested():
            write()
    except DatabaseError:
        for change in changes:
            if results[change.id].status is ChangeStatus.ACCEPTED:
                results[change.id] = apply_one(conn, change, device, chart)
