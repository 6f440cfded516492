"""Small steps shared by the use cases: post an entry, queue a change, move stock.

Kept apart so that each use case reads as the business flow it is (Tryton's bridge idea).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from functools import cache
from typing import Any
from uuid import UUID

from erp_desktop.app.deps import Deps
from erp_desktop.app.ports import ReadView, UnitOfWork
from erp_desktop.app.records import StockPosition
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.inventory.costing import AverageCost, apply_movement
from erp_desktop.kernel.inventory.movements import MovementKind, StockMovement
from erp_desktop.kernel.ledger.accounts import Chart, load_chart
from erp_desktop.kernel.ledger.journal import JournalEntry
from erp_desktop.kernel.ledger.periods import local_posting_date
from erp_desktop.kernel.protocol.payloads import validate_payload
from erp_desktop.kernel.purchasing.accounts import purchasing_chart
from erp_desktop.kernel.quantity import to_milli


def chart_of(tx: ReadView) -> Chart:
    """The company's chart, with the accounts purchasing posts to that have no chart role
    yet (goods received not invoiced, traites to pay, withholding: issue 14)."""
    return _chart_of_country(tx.org.company().country)


@cache
def _chart_of_country(country: str) -> Chart:
    """Made once per country, like ``load_chart``'s template: a checkout rebuilt it each
    time (a tenth of its kernel time, issue 19); nothing changes a chart once made."""
    return purchasing_chart(load_chart(country))


def post_entry(tx: UnitOfWork, entry: JournalEntry | None, now: datetime) -> None:
    """Posts ``entry`` to the local journal: on its own day, or, dated inside a period head
    office closed, on the first open day after it, as the server does (the kernel's rule);
    a period this site closed on its own replica refuses it (``ledger.period_closed``)."""
    if entry is None:
        return
    closed = tx.ledger.month_closes()  # code -> closed at head office (the company's close)
    company = {code for code, by_head_office in closed.items() if by_head_office}
    day = local_posting_date(entry.on, company, set(closed) - company)
    tx.ledger.insert_entry(entry if day == entry.on else replace(entry, on=day), now)


def queue(
    deps: Deps,
    tx: UnitOfWork,
    entity: str,
    entity_id: UUID,
    payload: dict[str, Any],
    actor_id: UUID | None,
) -> None:
    """Queues a change for the server, checked against the wire schema first."""
    tx.outbox.queue_change(
        entity,
        entity_id,
        validate_payload(entity, payload),
        deps.hlc.now().encode(),
        actor_id,
        deps.now(),
    )


def move_stock(
    deps: Deps,
    tx: UnitOfWork,
    *,
    warehouse_id: UUID,
    branch_id: UUID,
    product_id: UUID,
    kind: MovementKind,
    quantity: Decimal,
    unit_cost: Decimal | None,
    document_type: str,
    document_id: UUID,
    actor_id: UUID | None,
) -> StockMovement:
    """Records one movement and the level it leads to; goods out leave at average cost."""
    return move_stock_lines(
        deps,
        tx,
        warehouse_id=warehouse_id,
        branch_id=branch_id,
        lines=[(product_id, quantity, unit_cost)],
        kind=kind,
        document_type=document_type,
        document_id=document_id,
        actor_id=actor_id,
    )[0]


def move_stock_lines(
    deps: Deps,
    tx: UnitOfWork,
    *,
    warehouse_id: UUID,
    branch_id: UUID,
    lines: Sequence[tuple[UUID, Decimal, Decimal | None]],
    kind: MovementKind,
    document_type: str,
    document_id: UUID,
    actor_id: UUID | None,
    queue: bool = True,
) -> list[StockMovement]:
    """The movements of one document's lines (product, quantity, unit cost or None: at
    average cost), each priced from the position the lines before it left, as one line at a
    time would; written a table at a time: one read of the positions, one insert of the
    movements, one of the levels, one of their changes for the server (issue 19: a 3-line
    sale issued 18 statements for its stock, now 6). With ``queue`` False their changes are
    the caller's to queue (:func:`movement_changes`), with its document's, in one insert."""
    positions = tx.stock.stock_positions(warehouse_id, list(dict.fromkeys(p for p, _, _ in lines)))
    batch: list[tuple[StockMovement, StockPosition]] = []
    for product_id, quantity, unit_cost in lines:
        position = positions[product_id]
        cost_in = unit_cost if unit_cost is not None else position.average_cost
        after = apply_movement(
            AverageCost(position.quantity, position.average_cost), kind, quantity, cost_in
        )
        movement = StockMovement(
            id=new_id(),
            product_id=product_id,
            warehouse_id=warehouse_id,
            kind=kind,
            quantity=quantity,
            unit_cost=(
                cost_in if kind.brings_cost or unit_cost is not None else position.average_cost
            ),
            occurred_at=deps.now(),
            document_type=document_type,
            document_id=document_id,
        )
        positions[product_id] = StockPosition(after.quantity, after.unit_cost)
        batch.append((movement, positions[product_id]))
    now = deps.now()
    tx.stock.record_movements(batch, branch_id, actor_id, now)
    movements = [m for m, _ in batch]
    if queue:
        tx.outbox.queue_changes(
            [(*change, deps.hlc.now().encode()) for change in movement_changes(movements)],
            actor_id,
            now,
        )
    return movements


def movement_changes(
    movements: Sequence[StockMovement],
) -> list[tuple[str, UUID, dict[str, Any]]]:
    """What the server is sent of each movement: (entity, id, payload checked against the
    wire schema), in order."""
    return [
        ("stock_movement", m.id, validate_payload("stock_movement", _movement_payload(m)))
        for m in movements
    ]


def _movement_payload(movement: StockMovement) -> dict[str, Any]:
    return {
        "id": str(movement.id),
        "product_id": str(movement.product_id),
        "warehouse_id": str(movement.warehouse_id),
        "kind": str(movement.kind),
        "quantity_milli": to_milli(movement.quantity),
        "unit_cost": str(movement.unit_cost),
        "occurred_at": movement.occurred_at.isoformat(),
        "document_type": movement.document_type,
        "document_id": str(movement.document_id),
    }
