"""Transfers between branches through goods in transit.

The sending branch posts its goods out at average cost into goods in transit; the document
travels through the server to the receiving branch (``accept_incoming_transfer`` is what the
sync pull calls), which receives what actually arrived at the sender's unit costs. A
quantity difference is reported and posted to inventory variance.

Sending more than the replica shows on hand is refused (a typo of 500 for 50 empties the
shelf on paper), unless a manager confirms with their own login: the shelf may truly hold
more than the books say while the branch is offline, so the server still accepts the
transfer and only flags the level it leaves negative. The confirmer is written in the
document's reason.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import NamedTuple
from uuid import UUID

from erp_desktop.app.changes import Changes, Done
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.ports import UnitOfWork
from erp_desktop.app.stock.adjustments import STOCK_CHANGES
from erp_desktop.app.stock.documents import check_lines, new_document, write_document
from erp_desktop.app.stock.low_stock import stock_moved
from erp_desktop.kernel.documents import StockDocument, StockLine
from erp_desktop.kernel.errors import ConflictError, PermissionDenied, ValidationError
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.inventory.movements import MovementKind, transfer_difference
from erp_desktop.kernel.permissions import Permission


class TransferReceived(NamedTuple):
    """A received transfer, what differs from what was sent, and what it changed."""

    document: StockDocument
    differences: dict[UUID, Decimal]
    changes: Changes


# Who may let a transfer take the books below zero: the one who may adjust stock.
CONFIRMS_BEYOND_STOCK = Permission.INVENTORY_ADJUST


def send_transfer(
    deps: Deps,
    actor: Actor,
    to_branch_id: UUID,
    lines: list[tuple[UUID, Decimal]],
    confirmed_by: Actor | None = None,
) -> Done[StockDocument]:
    """Sends goods to another branch. ``confirmed_by`` is the manager who, having been
    warned, lets it send more than on hand; without one, that is refused."""
    actor.require(Permission.INVENTORY_TRANSFER)
    if confirmed_by is not None and (
        not confirmed_by.may(CONFIRMS_BEYOND_STOCK) or confirmed_by.branch_id != actor.branch_id
    ):
        raise PermissionDenied(
            "inventory.transfer_confirmer_not_allowed", user=confirmed_by.username
        )
    check_lines(lines)
    if any(q <= 0 for _, q in lines):
        raise ValidationError("common.invalid_value", field="quantity", value="<= 0")
    if to_branch_id == actor.branch_id:
        raise ValidationError("inventory.same_branch_transfer")
    with deps.store.transaction(actor.user_id) as tx:
        tx.org.branch(to_branch_id)
        warehouse = tx.org.default_warehouse(actor.branch_id)
        beyond = _beyond_stock(tx, warehouse, lines)
        if beyond and confirmed_by is None:
            raise ConflictError("inventory.transfer_exceeds_stock", **beyond[0])
        company = tx.org.company()
        now = deps.now()
        doc = new_document(
            tx,
            deps,
            id=new_id(),
            kind="transfer_out",
            status="in_transit",
            branch_id=actor.branch_id,
            warehouse_id=warehouse,
            lines=tuple(StockLine(p, -q, Decimal(0)) for p, q in lines),
            now=now,
            currency=company.currency,
            counterpart=to_branch_id,
            reason=f"transfer beyond stock, confirmed by {confirmed_by.username}"
            if beyond and confirmed_by is not None
            else "transfer",
        )
        doc, _value = write_document(
            deps, tx, doc, MovementKind.TRANSFER_OUT, actor.user_id, costed=False
        )
    deps.bus.publish(stock_moved(doc))  # after the commit: a product may have fallen low
    return Done(doc, STOCK_CHANGES)


def _beyond_stock(
    tx: UnitOfWork, warehouse: UUID, lines: list[tuple[UUID, Decimal]]
) -> list[dict[str, str]]:
    """The lines that would send more than on hand (a product on two lines counts once)."""
    wanted: dict[UUID, Decimal] = {}
    for product_id, quantity in lines:
        wanted[product_id] = wanted.get(product_id, Decimal(0)) + quantity
    beyond = []
    for product_id, quantity in wanted.items():
        on_hand = tx.stock.stock_position(warehouse, product_id).quantity
        if quantity > on_hand:
            sku = tx.catalog.product(product_id).sku
            beyond.append(
                {"product": sku, "quantity": _plain(quantity), "on_hand": _plain(on_hand)}
            )
    return beyond


def accept_incoming_transfer(tx: UnitOfWork, doc: StockDocument, now: datetime) -> None:
    """Stores a transfer sent to this branch (as pulled from the server) to await receipt."""
    if doc.kind != "transfer_out" or doc.status != "in_transit":
        raise ConflictError("inventory.transfer_not_in_transit", transfer=doc.number)
    tx.stock.insert_stock_document(doc, None, now)


def receive_transfer(
    deps: Deps, actor: Actor, transfer_id: UUID, received: dict[UUID, Decimal] | None = None
) -> TransferReceived:
    """Receives a transfer; ``received`` defaults to what was sent. Returns the differences."""
    actor.require(Permission.INVENTORY_TRANSFER)
    with deps.store.transaction(actor.user_id) as tx:
        sent_doc = tx.stock.stock_document(transfer_id)
        if sent_doc.kind != "transfer_out" or sent_doc.status != "in_transit":
            raise ConflictError("inventory.transfer_not_in_transit", transfer=sent_doc.number)
        if sent_doc.counterpart_branch_id != actor.branch_id:
            raise ConflictError("inventory.transfer_wrong_branch", transfer=sent_doc.number)
        sent = {ln.product_id: -ln.quantity for ln in sent_doc.lines}
        costs = {ln.product_id: ln.unit_cost for ln in sent_doc.lines}
        got = dict(sent) if received is None else {p: q for p, q in received.items()}
        unknown = set(got) - set(sent)
        if unknown or any(q < 0 for q in got.values()):
            raise ValidationError(
                "common.invalid_value", field="received", value=str(sorted(map(str, unknown)))
            )
        company = tx.org.company()
        now = deps.now()
        lines = tuple(StockLine(p, q, costs[p]) for p, q in got.items() if q > 0)
        doc = new_document(
            tx,
            deps,
            id=new_id(),
            kind="transfer_in",
            status="received",
            branch_id=actor.branch_id,
            warehouse_id=tx.org.default_warehouse(actor.branch_id),
            lines=lines,
            now=now,
            currency=company.currency,
            counterpart=sent_doc.branch_id,
            related=sent_doc.id,
            reason="transfer",
        )
        doc, _received_value = write_document(
            deps, tx, doc, MovementKind.TRANSFER_IN, actor.user_id, costed=True, sent=sent_doc
        )
        tx.stock.set_stock_document_status(sent_doc.id, "received", now)
    return TransferReceived(doc, transfer_difference(sent, got), STOCK_CHANGES)


def _plain(quantity: Decimal) -> str:
    return format(quantity.normalize(), "f")
