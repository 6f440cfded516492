"""Writing a stock document with its movements, entry and outbox row in one go."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from erp_desktop.app.bridge import move_stock, queue
from erp_desktop.app.deps import Deps
from erp_desktop.app.ports import UnitOfWork
from erp_desktop.app.records import StockDocumentInfo, StockLineInfo
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.inventory.movements import MovementKind


def check_lines(lines: Sequence[tuple[UUID, Decimal]]) -> None:
    if not lines:
        raise ValidationError("inventory.empty_document")
    for product_id, qty in lines:
        if qty == 0:
            raise ValidationError("inventory.zero_quantity", product=str(product_id))


def write_document(
    deps: Deps,
    tx: UnitOfWork,
    doc: StockDocumentInfo,
    kind: MovementKind,
    actor_id: UUID,
    costed: bool,
) -> tuple[StockDocumentInfo, Decimal]:
    """Inserts ``doc``, moves stock for each line; returns the document with the unit costs
    actually used and the total value moved (company currency, signed)."""
    lines = []
    value = Decimal(0)
    for line in doc.lines:
        movement = move_stock(
            deps,
            tx,
            warehouse_id=doc.warehouse_id,
            branch_id=doc.branch_id,
            product_id=line.product_id,
            kind=kind,
            quantity=line.quantity,
            unit_cost=line.unit_cost if costed else None,
            document_type=doc.kind,
            document_id=doc.id,
            actor_id=actor_id,
        )
        value += movement.unit_cost * line.quantity
        lines.append(
            StockLineInfo(
                line.product_id, line.quantity, movement.unit_cost, line.expected, line.vat_rate
            )
        )
    final = StockDocumentInfo(**{**_fields(doc), "lines": tuple(lines)})
    tx.stock.insert_stock_document(final, actor_id, deps.now())
    queue(deps, tx, "stock_document", doc.id, payload(final), actor_id)
    return final, value


def _fields(doc: StockDocumentInfo) -> dict[str, Any]:
    return {name: getattr(doc, name) for name in doc.__slots__}


def payload(doc: StockDocumentInfo) -> dict[str, Any]:
    return {
        "id": str(doc.id),
        "kind": doc.kind,
        "number": doc.number,
        "status": doc.status,
        "issued_at": doc.issued_at.isoformat(),
        "counterpart_branch_id": str(doc.counterpart_branch_id)
        if doc.counterpart_branch_id
        else None,
        "related_id": str(doc.related_id) if doc.related_id else None,
        "supplier_id": str(doc.supplier_id) if doc.supplier_id else None,
        "currency": doc.currency,
        "rate": str(doc.rate),
        "lines": [
            {
                "product_id": str(ln.product_id),
                "quantity_milli": int(ln.quantity * 1000),
                "unit_cost": str(ln.unit_cost),
                "vat_rate": None if ln.vat_rate is None else str(ln.vat_rate),
            }
            for ln in doc.lines
        ],
    }


def new_document(
    tx: UnitOfWork,
    deps: Deps,
    *,
    id: UUID,
    kind: str,
    status: str,
    branch_id: UUID,
    warehouse_id: UUID,
    lines: tuple[StockLineInfo, ...],
    now: datetime,
    currency: str,
    rate: Decimal = Decimal(1),
    reason: str = "",
    counterpart: UUID | None = None,
    related: UUID | None = None,
    supplier: UUID | None = None,
) -> StockDocumentInfo:
    branch = tx.org.branch(branch_id)
    number = tx.stock.next_stock_number(
        kind, branch.code, deps.business_date(tx.org.company().country, now).year
    )
    return StockDocumentInfo(
        id,
        kind,
        number,
        status,
        branch_id,
        warehouse_id,
        counterpart,
        related,
        supplier,
        currency,
        rate,
        reason,
        now,
        lines,
    )
