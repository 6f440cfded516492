"""What the branch can still sell of a product: on hand less what open sales orders to
businesses reserve (shown at the till beside each article found)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from uuid import UUID

from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.kernel.permissions import Permission


def availability(
    deps: Deps, actor: Actor, product_ids: Sequence[UUID]
) -> dict[UUID, tuple[Decimal, Decimal]]:
    """Per product: (on hand, reserved) in the actor's branch warehouse."""
    if not (actor.may(Permission.SALES_CHECKOUT) or actor.may(Permission.INVENTORY_VIEW)):
        actor.require(Permission.INVENTORY_VIEW)
    if not product_ids:
        return {}
    with deps.store.read() as tx:
        warehouse = tx.org.default_warehouse(actor.branch_id)
        reserved = tx.business.reserved(actor.branch_id, product_ids)
        return {
            pid: (tx.stock.stock_position(warehouse, pid).quantity, reserved.get(pid, Decimal(0)))
            for pid in product_ids
        }
