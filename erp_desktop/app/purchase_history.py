"""Each customer's purchase history, for CRM: how many purchases, how much spent, the first
and the last one.

Kept by a handler of ``sales.sale_completed`` after the sale commits: the till never waits
on it, and a failing history never fails a sale (the bus isolates its handlers). A sale
without a customer changes nothing; the same sale heard twice counts once.
"""

from __future__ import annotations

from uuid import UUID

from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.events import Event, Handler
from erp_desktop.app.records import PurchaseHistory
from erp_desktop.kernel.permissions import Permission


def record_purchases(deps: Deps) -> Handler:
    """On ``sales.sale_completed``: one more purchase for the sale's customer, if any."""

    def on_sale(event: Event) -> None:
        with deps.store.read() as tx:
            sale = tx.sales.sale(UUID(event.data["sale_id"]))
        if sale.customer_id is None:
            return
        with deps.store.transaction(None) as tx:
            tx.customers.add_purchase(
                sale.customer_id,
                sale.id,
                sale.total.to_minor(),
                sale.total.currency,
                sale.issued_at,
                deps.now(),
            )

    return on_sale


def purchase_history(deps: Deps, actor: Actor, customer_id: UUID) -> PurchaseHistory | None:
    """What the customer bought here so far (None before a first purchase)."""
    actor.require(Permission.CRM_CUSTOMER_VIEW)
    with deps.store.read() as tx:
        return tx.customers.purchase_history(customer_id)
