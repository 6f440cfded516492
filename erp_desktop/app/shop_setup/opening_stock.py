"""A shop set up alone brings in the stock it already has on its shelves, once, at cost:
one stock document of kind ``opening`` whose movements are of the opening kind, posted
against the opening balance (``kernel.posting.rules.post_opening_stock``), queued like any
stock document so that it goes up when the shop joins a chain."""

from __future__ import annotations

from decimal import Decimal
from uuid import UUID

from erp_desktop.app.changes import Changed, Done
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.stock.documents import check_lines, new_document, write_document
from erp_desktop.kernel.documents import StockDocument, StockLine
from erp_desktop.kernel.errors import ErpError, ValidationError
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.inventory.movements import MovementKind
from erp_desktop.kernel.ownership import SiteKind
from erp_desktop.kernel.permissions import Permission


def record_opening_stock(
    deps: Deps, actor: Actor, lines: list[tuple[UUID, Decimal, Decimal]]
) -> Done[StockDocument]:
    """``lines``: product, quantity on the shelf (positive), unit cost before VAT."""
    actor.require(Permission.INVENTORY_ADJUST)
    check_lines([(p, q) for p, q, _c in lines])
    for product_id, quantity, cost in lines:
        if quantity <= 0 or cost < 0:
            raise ValidationError(
                "common.invalid_value", field="opening stock", value=f"{product_id}: {quantity}"
            )
    with deps.store.transaction(actor.user_id) as tx:
        if tx.org.local_branch().kind != SiteKind.STANDALONE:
            raise ErpError("setup.users_on_the_server")
        warehouse = tx.org.default_warehouse(actor.branch_id)
        doc = new_document(
            tx,
            deps,
            id=new_id(),
            kind="opening",
            status="final",
            branch_id=actor.branch_id,
            warehouse_id=warehouse,
            lines=tuple(StockLine(p, q, c) for p, q, c in lines),
            now=deps.now(),
            currency=tx.org.company().currency,
            reason="opening stock",
        )
        doc, _value = write_document(deps, tx, doc, MovementKind.OPENING, actor.user_id, True)
    return Done(doc, frozenset({Changed.STOCK, Changed.JOURNAL, Changed.OUTBOX}))
