"""Writing a stock document: its movements, then the one finalize step every document takes
(number, insert, posting from its payload, outbox row) in the caller's transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from uuid import UUID

from erp_desktop.app.bridge import chart_of, move_stock
from erp_desktop.app.deps import Deps
from erp_desktop.app.documents.finalize import InTransaction, finalize
from erp_desktop.app.ports import UnitOfWork
from erp_desktop.kernel.documents import StockDocument, StockLine
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.inventory.movements import MovementKind

__all__ = ["check_lines", "new_document", "write_document"]


def check_lines(lines: Sequence[tuple[UUID, Decimal]]) -> None:
    if not lines:
        raise ValidationError("inventory.empty_document")
    for product_id, qty in lines:
        if qty == 0:
            raise ValidationError("inventory.zero_quantity", product=str(product_id))


def write_document(
    deps: Deps,
    tx: UnitOfWork,
    doc: StockDocument,
    kind: MovementKind,
    actor_id: UUID,
    costed: bool,
    *,
    sent: StockDocument | None = None,
) -> tuple[StockDocument, Decimal]:
    """Moves stock for each line of ``doc`` and finalizes it; returns the document with the
    unit costs actually used and the total value moved (company currency, signed). A
    transfer in is posted against ``sent``, the transfer out it receives."""
    lines = []
    for line in doc.lines:
        movement = move_stock(
            deps,
            tx,
            warehouse_id=doc.warehouse_id or tx.org.default_warehouse(doc.branch_id),
            branch_id=doc.branch_id,
            product_id=line.product_id,
            kind=kind,
            quantity=line.quantity,
            unit_cost=line.unit_cost if costed else None,
            document_type=doc.kind,
            document_id=doc.id,
            actor_id=actor_id,
        )
        lines.append(replace(line, unit_cost=movement.unit_cost))
    moved = replace(doc, lines=tuple(lines))
    final, _entry = finalize(
        InTransaction(deps, tx, actor_id, deps.now()), moved, chart_of(tx), sent=sent
    )
    return final, final.value()


def new_document(
    tx: UnitOfWork,
    deps: Deps,
    *,
    id: UUID,
    kind: str,
    status: str,
    branch_id: UUID,
    warehouse_id: UUID,
    lines: tuple[StockLine, ...],
    now: datetime,
    currency: str,
    rate: Decimal = Decimal(1),
    reason: str = "",
    counterpart: UUID | None = None,
    related: UUID | None = None,
    supplier: UUID | None = None,
) -> StockDocument:
    """A stock document to write (numbered when it is finalized)."""
    return StockDocument(
        id=id,
        kind=kind,
        number="",
        status=status,
        branch_id=branch_id,
        warehouse_id=warehouse_id,
        issued_at=now,
        counterpart_branch_id=counterpart,
        related_id=related,
        supplier_id=supplier,
        currency=currency,
        rate=rate,
        reason=reason,
        lines=lines,
    )
