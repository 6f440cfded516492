"""Stock adjustments (breakage, theft, found goods) and stock counts with a variance review."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from uuid import UUID

from erp_desktop.app.changes import Changed, Changes, Done
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.stock.documents import check_lines, new_document, write_document
from erp_desktop.app.stock.low_stock import stock_moved
from erp_desktop.kernel.documents import StockDocument, StockLine
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.inventory.movements import MovementKind, count_variances
from erp_desktop.kernel.permissions import Permission

STOCK_CHANGES: Changes = frozenset({Changed.STOCK, Changed.JOURNAL, Changed.OUTBOX})


def adjust_stock(
    deps: Deps, actor: Actor, lines: list[tuple[UUID, Decimal]], reason: str
) -> Done[StockDocument]:
    """Signed quantities per product: positive found, negative lost; valued at average cost."""
    actor.require(Permission.INVENTORY_ADJUST)
    check_lines(lines)
    if not reason.strip():
        raise ValidationError("common.required", field="reason")
    return _post(deps, actor, "adjustment", [StockLine(p, q, Decimal(0)) for p, q in lines], reason)


@dataclass(frozen=True, slots=True)
class Variance:
    product_id: UUID
    expected: Decimal
    counted: Decimal
    unit_cost: Decimal

    @property
    def difference(self) -> Decimal:
        return self.counted - self.expected


def review_count(deps: Deps, actor: Actor, counted: dict[UUID, Decimal]) -> list[Variance]:
    """What posting this count would change, for the clerk to review first."""
    actor.require(Permission.INVENTORY_COUNT)
    with deps.store.read() as tx:
        warehouse = tx.org.default_warehouse(actor.branch_id)
        expected = {p: tx.stock.stock_position(warehouse, p).quantity for p in counted}
        return [
            Variance(p, expected[p], counted[p], tx.stock.stock_position(warehouse, p).average_cost)
            for p in count_variances(expected, counted)
        ]


def post_count(deps: Deps, actor: Actor, counted: dict[UUID, Decimal]) -> Done[StockDocument]:
    """Brings the books to the counted quantities; the variance is posted at average cost."""
    actor.require(Permission.INVENTORY_COUNT)
    if not counted:
        raise ValidationError("inventory.empty_document")
    with deps.store.read() as tx:
        warehouse = tx.org.default_warehouse(actor.branch_id)
        expected = {p: tx.stock.stock_position(warehouse, p).quantity for p in counted}
    variances = count_variances(expected, counted)
    lines = [StockLine(p, variances[p], Decimal(0), expected[p]) for p in variances]
    return _post(
        deps,
        actor,
        "count",
        lines,
        "stock count",
        allow_empty=True,
        expected=expected,
        counted=counted,
    )


def _post(
    deps: Deps,
    actor: Actor,
    kind: str,
    lines: list[StockLine],
    reason: str,
    allow_empty: bool = False,
    expected: dict[UUID, Decimal] | None = None,
    counted: dict[UUID, Decimal] | None = None,
) -> Done[StockDocument]:
    with deps.store.transaction(actor.user_id) as tx:
        if expected is not None and counted is not None:
            warehouse = tx.org.default_warehouse(actor.branch_id)
            for product_id in counted:  # the shelf moved between review and posting
                if tx.stock.stock_position(warehouse, product_id).quantity != expected[product_id]:
                    raise ValidationError("inventory.count_not_open", count=str(product_id))
        company = tx.org.company()
        now = deps.now()
        doc = new_document(
            tx,
            deps,
            id=new_id(),
            kind=kind,
            status="final",
            branch_id=actor.branch_id,
            warehouse_id=tx.org.default_warehouse(actor.branch_id),
            lines=tuple(lines),
            now=now,
            currency=company.currency,
            reason=reason,
        )
        movement_kind = MovementKind.COUNT if kind == "count" else MovementKind.ADJUSTMENT
        if not lines and not allow_empty:
            raise ValidationError("inventory.empty_document")
        doc, _value = write_document(deps, tx, doc, movement_kind, actor.user_id, costed=False)
    deps.bus.publish(stock_moved(doc))  # after the commit: a product may have fallen low
    return Done(doc, STOCK_CHANGES)
