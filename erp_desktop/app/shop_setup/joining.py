"""What a shop that ran alone does in its own books when it joins a chain.

The stock of each of its products the chain already had (``merged``: the shop's product ->
the chain's) is carried over to the chain's product, at the shop's average cost, by one
stock document the server takes like any branch's: the shelf is the same, only the
product that names it changed, so the value of the stock does not move. The shop's own
product stays (retired) with its history.
"""

from __future__ import annotations

from uuid import UUID

from erp_desktop.app.changes import Changed, Done
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.stock.documents import new_document, write_document
from erp_desktop.kernel.documents import StockDocument, StockLine
from erp_desktop.kernel.errors import ErpError
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.inventory.movements import MovementKind
from erp_desktop.kernel.ownership import SiteKind
from erp_desktop.kernel.permissions import Permission

CARRY_REASON = "joined the chain: stock carried to the chain's product"


def check_may_join(deps: Deps, actor: Actor) -> None:
    """Only a shop that runs alone joins (said first: a branch's owner is told why), by a
    user who may change its settings."""
    with deps.store.read() as tx:
        kind = tx.org.local_branch().kind
    if kind != SiteKind.STANDALONE:
        raise ErpError("join.not_standalone")
    actor.require(Permission.ADMIN_SETTINGS)


def carry_merged_stock(
    deps: Deps, actor: Actor, merged: dict[UUID, UUID]
) -> Done[StockDocument | None]:
    """One adjustment moving the stock of each merged product to the chain's product (None
    when none of them had stock)."""
    actor.require(Permission.INVENTORY_ADJUST)
    with deps.store.transaction(actor.user_id) as tx:
        warehouse = tx.org.default_warehouse(actor.branch_id)
        lines: list[StockLine] = []
        for shop_product, chains in sorted(merged.items()):
            held = tx.stock.stock_position(warehouse, shop_product)
            if held.quantity == 0:
                continue
            cost = held.average_cost
            lines.append(StockLine(shop_product, -held.quantity, cost))
            lines.append(StockLine(chains, held.quantity, cost))
        if not lines:
            return Done(None, frozenset())
        doc = new_document(
            tx,
            deps,
            id=new_id(),
            kind="adjustment",
            status="final",
            branch_id=actor.branch_id,
            warehouse_id=warehouse,
            lines=tuple(lines),
            now=deps.now(),
            currency=tx.org.company().currency,
            reason=CARRY_REASON,
        )
        doc, _value = write_document(deps, tx, doc, MovementKind.ADJUSTMENT, actor.user_id, True)
    return Done(doc, frozenset({Changed.STOCK, Changed.JOURNAL, Changed.OUTBOX}))
