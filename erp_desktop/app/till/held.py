"""Held tickets: park a customer's cart (they forgot their wallet) and recall it later."""

from __future__ import annotations

from decimal import Decimal
from uuid import UUID

from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.till.checkout import CartLine
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.permissions import Permission


def hold_ticket(deps: Deps, actor: Actor, label: str, lines: tuple[CartLine, ...]) -> UUID:
    actor.require(Permission.SALES_CHECKOUT)
    if actor.register_id is None:
        raise ValidationError("common.required", field="register")
    if not lines:
        raise ValidationError("sales.empty_document")
    cart = {
        "lines": [
            {
                "product_id": str(ln.product_id),
                "quantity": str(ln.quantity),
                "unit_price": None if ln.unit_price is None else str(ln.unit_price),
            }
            for ln in lines
        ]
    }
    ticket = new_id()
    with deps.store.transaction(actor.user_id) as tx:
        tx.hold_ticket(
            ticket, actor.register_id, label.strip() or "ticket", cart, actor.user_id, deps.now()
        )
    return ticket


def recall_ticket(deps: Deps, actor: Actor, ticket_id: UUID) -> tuple[CartLine, ...]:
    """The parked cart (discounts are re-entered: they may need a manager again)."""
    actor.require(Permission.SALES_CHECKOUT)
    with deps.store.transaction(actor.user_id) as tx:
        cart = tx.recall_ticket(ticket_id, deps.now())
    return tuple(
        CartLine(
            UUID(ln["product_id"]),
            Decimal(ln["quantity"]),
            unit_price=None if ln["unit_price"] is None else Decimal(ln["unit_price"]),
        )
        for ln in cart["lines"]
    )


def held_tickets(deps: Deps, actor: Actor) -> list[tuple[UUID, str]]:
    actor.require(Permission.SALES_CHECKOUT)
    if actor.register_id is None:
        return []
    with deps.store.read() as tx:
        return tx.held_tickets(actor.register_id)
