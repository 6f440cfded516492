"""Small steps shared by the use cases: post an entry, queue a change, move stock.

Kept apart so that each use case reads as the business flow it is (Tryton's bridge idea).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from decimal import Decimal
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
    return purchasing_chart(load_chart(tx.org.company().country))


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
    position = tx.stock.stock_position(warehouse_id, product_id)
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
        unit_cost=cost_in if kind.brings_cost or unit_cost is not None else position.average_cost,
        occurred_at=deps.now(),
        document_type=document_type,
        document_id=document_id,
    )
    tx.stock.record_movement(
        movement, branch_id, actor_id, StockPosition(after.quantity, after.unit_cost), deps.now()
    )
    queue(
        deps,
        tx,
        "stock_movement",
        movement.id,
        {
            "id": str(movement.id),
            "product_id": str(product_id),
            "warehouse_id": str(warehouse_id),
            "kind": str(kind),
            "quantity_milli": to_milli(quantity),
            "unit_cost": str(movement.unit_cost),
            "occurred_at": movement.occurred_at.isoformat(),
            "document_type": document_type,
            "document_id": str(document_id),
        },
        actor_id,
    )
    return movement
