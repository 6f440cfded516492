"""Held tickets: park a customer's cart (they forgot their wallet) and recall it later.

The ticket keeps its customer: recalled, it comes back with them attached (their store
credit, their invoice), not as an anonymous cart the cashier must fill in again.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from uuid import UUID

from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.records import CustomerInfo
from erp_desktop.app.till.checkout import CartLine
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.permissions import Permission


@dataclass(frozen=True, slots=True)
class RecalledTicket:
    lines: tuple[CartLine, ...]
    customer: CustomerInfo | None


def hold_ticket(
    deps: Deps,
    actor: Actor,
    label: str,
    lines: tuple[CartLine, ...],
    customer_id: UUID | None = None,
) -> UUID:
    actor.require(Permission.SALES_CHECKOUT)
    if actor.register_id is None:
        raise ValidationError("common.required", field="register")
    if not lines:
        raise ValidationError("sales.empty_document")
    cart: dict[str, Any] = {
        "lines": [
            {
                "product_id": str(ln.product_id),
                "quantity": str(ln.quantity),
                "unit_price": None if ln.unit_price is None else str(ln.unit_price),
                "price_overridden": ln.price_overridden,
            }
            for ln in lines
        ],
        "customer_id": None if customer_id is None else str(customer_id),
    }
    ticket = new_id()
    with deps.store.transaction(actor.user_id) as tx:
        tx.till.hold_ticket(
            ticket, actor.register_id, label.strip() or "ticket", cart, actor.user_id, deps.now()
        )
    return ticket


def recall_held(deps: Deps, actor: Actor, ticket_id: UUID) -> RecalledTicket:
    """The parked cart and its customer (discounts are re-entered, and a typed price asks
    a manager again at payment: the approval was not parked with the ticket)."""
    actor.require(Permission.SALES_CHECKOUT)
    with deps.store.transaction(actor.user_id) as tx:
        cart = tx.till.recall_ticket(ticket_id, deps.now())
        customer_id = cart.get("customer_id")
        customer = tx.customers.customer(UUID(customer_id)) if customer_id else None
    lines = tuple(
        CartLine(
            UUID(ln["product_id"]),
            Decimal(ln["quantity"]),
            unit_price=None if ln["unit_price"] is None else Decimal(ln["unit_price"]),
            price_overridden=bool(ln.get("price_overridden", False)),
        )
        for ln in cart["lines"]
    )
    return RecalledTicket(lines, customer)


def recall_ticket(deps: Deps, actor: Actor, ticket_id: UUID) -> tuple[CartLine, ...]:
    """The parked cart's lines (see ``recall_held`` for its customer too)."""
    return recall_held(deps, actor, ticket_id).lines


def held_tickets(deps: Deps, actor: Actor) -> list[tuple[UUID, str]]:
    actor.require(Permission.SALES_CHECKOUT)
    if actor.register_id is None:
        return []
    with deps.store.read() as tx:
        return tx.till.held_tickets(actor.register_id)
