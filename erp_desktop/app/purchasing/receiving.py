"""Receiving goods at a branch (issue 14): against a purchase order, scanned line by line
in the warehouse desk, or without one (a market purchase) naming its supplier.

The kernel decides (kernel.purchasing.receiving): the order's supplier and branch, an
order still open, partial receipts adding up, over-delivery within the tolerance reported
and beyond it refused unless a manager accepted it, a substitution refused unless a
manager accepted it, under-delivery reported on the last receipt. Then, in one local
transaction: the receipt through the one finalize step (numbered, posted to stock against
"invoices not yet received" at the order's price, queued), a stock movement per line at
that cost (re-averaging it), and the order's new status, queued again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from uuid import UUID

from erp_desktop.app.bridge import chart_of, move_stock
from erp_desktop.app.changes import Changed, Done
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.documents.finalize import InTransaction, finalize
from erp_desktop.app.ports import UnitOfWork
from erp_desktop.app.purchasing.orders import requeue_order
from erp_desktop.kernel.documents.purchase import PURCHASE_RECEIPT, PurchaseOrder, PurchaseReceipt
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.inventory.movements import MovementKind
from erp_desktop.kernel.permissions import Permission
from erp_desktop.kernel.purchasing.accounts import purchasing_chart
from erp_desktop.kernel.purchasing.orders import received_by_line, status_from_receipts
from erp_desktop.kernel.purchasing.receiving import DeliveryDifference, Received, receive

RECEIPT_CHANGES = frozenset({Changed.PURCHASING, Changed.STOCK, Changed.JOURNAL, Changed.OUTBOX})


@dataclass(frozen=True, slots=True)
class ReceivedLine:
    """One product as scanned and counted."""

    product_id: UUID
    quantity: Decimal
    unit_cost: Decimal | None = None  # off an order: the price paid, tax excluded
    substitute_for: UUID | None = None  # an ordered product it replaces (a manager's call)


@dataclass(frozen=True, slots=True)
class ReceiptRequest:
    lines: Sequence[ReceivedLine]
    order_id: UUID | None = None
    supplier_id: UUID | None = None  # None: the order's
    final: bool = False  # the last delivery of the order: what is short is reported
    approver: Actor | None = None  # a manager who typed their PIN (over-delivery, substitute)


@dataclass(frozen=True, slots=True)
class ReceiptOutcome:
    receipt: PurchaseReceipt
    differences: tuple[DeliveryDifference, ...]
    order_status: str | None  # the order's status now (None: no order)


def received_so_far(tx: UnitOfWork, order: PurchaseOrder) -> dict[UUID, Decimal]:
    """What earlier receipts brought of each order line."""
    earlier = tx.purchasing.receipts_of_order(order.id)
    by_receipt = []
    for receipt in earlier:
        got: dict[UUID, Decimal] = {}
        for ln in receipt.lines:
            if ln.order_line_id is not None:
                got[ln.order_line_id] = got.get(ln.order_line_id, Decimal(0)) + ln.quantity
        by_receipt.append(got)
    return received_by_line(order, by_receipt)


def receive_purchase(deps: Deps, actor: Actor, request: ReceiptRequest) -> Done[ReceiptOutcome]:
    """Receives what arrived; refused with the kernel's code and nothing written."""
    actor.require(Permission.INVENTORY_RECEIVE)
    accepted_by = None
    if request.approver is not None:
        request.approver.require(Permission.PURCHASING_APPROVE)
        accepted_by = request.approver.user_id
    with deps.store.transaction(actor.user_id) as tx:
        company = tx.org.company()
        now = deps.now()
        today = deps.business_date(company.country, now)
        site = tx.org.local_branch()
        order = tx.purchasing.purchase_order(request.order_id) if request.order_id else None
        already = received_so_far(tx, order) if order is not None else {}
        supplier_id = request.supplier_id or (order.supplier_id if order else None)
        if supplier_id is not None:
            tx.suppliers.supplier(supplier_id)  # common.not_found for one head office never sent
        rate = None
        if order is not None and order.currency != company.currency:
            rate = tx.catalog.exchange_rate(order.currency, company.currency, today)
        lines = []
        for ln in request.lines:
            product = tx.catalog.product(ln.product_id)
            vat = deps.taxes.vat_rate(company.country, product.tax_class, today).rate
            lines.append(Received(ln.product_id, ln.quantity, vat, ln.unit_cost, ln.substitute_for))
        receipt, differences = receive(
            number="",
            branch_id=site.id,
            supplier_id=supplier_id,
            received_at=now,
            lines=lines,
            order=order,
            already=already,
            final=request.final,
            accepted_by=accepted_by,
            rate=rate,
        )
        warehouse = tx.org.default_warehouse(site.id)
        steps = InTransaction(deps, tx, actor.user_id, now, warehouse_id=warehouse)
        receipt, _entry = finalize(steps, receipt, purchasing_chart(chart_of(tx)))
        for came in receipt.lines:
            move_stock(
                deps,
                tx,
                warehouse_id=warehouse,
                branch_id=site.id,
                product_id=came.product_id,
                kind=MovementKind.RECEIPT,
                quantity=came.quantity,
                unit_cost=came.unit_cost,
                document_type=PURCHASE_RECEIPT,
                document_id=receipt.id,
                actor_id=actor.user_id,
            )
        status = None
        if order is not None:
            got = received_so_far(tx, order)
            status = status_from_receipts(order, got)
            if request.final and status != "received":
                status = "closed"  # the rest will not come
            if status != order.status:
                requeue_order(deps, tx, replace(order, status=status), actor.user_id)
    return Done(ReceiptOutcome(receipt, differences, status), RECEIPT_CHANGES)


def open_orders_to_receive(deps: Deps, actor: Actor) -> list[PurchaseOrder]:
    """The orders this branch is waiting for (open or partially received)."""
    actor.require(Permission.INVENTORY_RECEIVE)
    with deps.store.read() as tx:
        branch = tx.org.local_branch().id
        return tx.purchasing.purchase_orders(("open", "partially_received"), branch, 200)


def order_by_number(deps: Deps, actor: Actor, number: str) -> PurchaseOrder:
    """The order a clerk scanned or typed the number of, if it is this branch's."""
    actor.require(Permission.INVENTORY_RECEIVE)
    with deps.store.read() as tx:
        order = tx.purchasing.purchase_order_by_number(number.strip())
        if order is None:
            raise ValidationError("common.not_found", entity="purchase_order", id=number)
        if order.for_branch_id != tx.org.local_branch().id:
            raise ValidationError("payables.order_for_another_branch", order=order.number)
        return order


def received_quantities(deps: Deps, actor: Actor, order_id: UUID) -> dict[UUID, Decimal]:
    """What arrived of each line of the order, over every receipt (the branches' too)."""
    actor.require(Permission.PURCHASING_VIEW)
    with deps.store.read() as tx:
        order = tx.purchasing.purchase_order(order_id)
        earlier = tx.purchasing.receipts_of_order(order.id)
        got: dict[UUID, Decimal] = {ln.id: Decimal(0) for ln in order.lines}
        for receipt in earlier:
            for ln in receipt.lines:
                if ln.order_line_id in got:
                    got[ln.order_line_id] += ln.quantity
        return got
