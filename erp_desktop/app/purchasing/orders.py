"""Purchase orders (issue 14): raised at a branch for itself, or at head office for any
branch (central buying); kept as a draft on the replica while the buyer edits it; sent to
the supplier through the one finalize step (app/documents/finalize.py), approved by a
manager's PIN when its total is above the threshold in force (kernel.purchasing.orders);
closed or cancelled by the kernel's moves, each move queued for the server.

A draft is numbered when it is made (the raising site's gapless PO series) and stays on
this replica until it is sent: the supplier, and the server, see only sent orders.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from uuid import UUID

from erp_desktop.app.bridge import chart_of, queue
from erp_desktop.app.changes import Changed, Done
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.documents.finalize import InTransaction, finalize
from erp_desktop.app.ports import ReadView, UnitOfWork
from erp_desktop.kernel.documents import payload
from erp_desktop.kernel.documents.purchase import (
    PURCHASE_ORDER,
    PurchaseLineInput,
    PurchaseOrder,
    purchase_order,
)
from erp_desktop.kernel.errors import ConflictError, PermissionDenied, ValidationError
from erp_desktop.kernel.ownership import SiteKind, write_refusal
from erp_desktop.kernel.permissions import Permission
from erp_desktop.kernel.purchasing.orders import check_approved, check_transition, needs_approval
from erp_desktop.kernel.purchasing.suppliers import Supplier

DRAFT = "draft"  # on this replica only, until it is sent
ORDER_CHANGES = frozenset({Changed.PURCHASING, Changed.OUTBOX})


@dataclass(frozen=True, slots=True)
class OrderLineDraft:
    product_id: UUID
    quantity: Decimal
    unit_price: Decimal | None = None  # None: the supplier's last price
    vat_rate: Decimal | None = None  # None: the product's rate today


@dataclass(frozen=True, slots=True)
class OrderDraft:
    supplier_id: UUID
    lines: Sequence[OrderLineDraft]
    for_branch_id: UUID | None = None  # None: the site raising it
    expected_on: date | None = None  # None: today plus the supplier's longest lead time
    order_id: UUID | None = None  # a draft being edited


def save_draft_order(deps: Deps, actor: Actor, draft: OrderDraft) -> Done[PurchaseOrder]:
    """Makes a draft order, or replaces a draft's lines; nothing is queued yet."""
    actor.require(Permission.PURCHASING_ORDER)
    with deps.store.transaction(actor.user_id) as tx:
        order = drafted(deps, tx, actor, draft)
        tx.purchasing.save_order(order, actor.user_id, deps.now())
    return Done(order, frozenset({Changed.PURCHASING}))


def drafted(deps: Deps, tx: UnitOfWork, actor: Actor, draft: OrderDraft) -> PurchaseOrder:
    site = tx.org.local_branch()
    refusal = write_refusal(PURCHASE_ORDER, site.kind)
    if refusal is not None:
        raise refusal
    for_branch = draft.for_branch_id or site.id
    if site.kind != SiteKind.HEAD_OFFICE and for_branch != site.id:
        raise PermissionDenied("payables.order_for_another_branch", order="-")
    target = tx.org.branch(for_branch)
    if target.kind == SiteKind.HEAD_OFFICE:
        raise ValidationError("payables.order_for_head_office", branch=target.code)
    company = tx.org.company()
    now = deps.now()
    today = deps.business_date(company.country, now)
    supplier = tx.suppliers.supplier(draft.supplier_id)
    held = None
    if draft.order_id is not None:
        held = tx.purchasing.purchase_order(draft.order_id)
        if held.status != DRAFT:
            raise ConflictError("payables.order_not_draft", order=held.number, status=held.status)
    rate = Decimal(1)
    if supplier.currency != company.currency:
        found = tx.catalog.exchange_rate(supplier.currency, company.currency, today)
        if found is None:
            raise ValidationError(
                "money.missing_rate",
                source=supplier.currency,
                target=company.currency,
                on=today.isoformat(),
            )
        rate = found
    lines = [_line(deps, tx, supplier, ln, company.country, today) for ln in draft.lines]
    lead = max((_lead_time(supplier, ln.product_id) for ln in draft.lines), default=0)
    number = (
        held.number
        if held
        else tx.purchasing.next_purchase_number(PURCHASE_ORDER, site.code, today.year)
    )
    made = purchase_order(
        number=number,
        branch_id=site.id,
        supplier_id=supplier.id,
        issued_at=held.issued_at if held else now,
        expected_on=draft.expected_on or today + timedelta(days=lead),
        currency=supplier.currency,
        lines=lines,
        terms=supplier.terms,
        rate=rate,
        for_branch_id=for_branch,
        document_id=held.id if held else None,
    )
    return replace(made, status=DRAFT)


def _lead_time(supplier: Supplier, product_id: UUID) -> int:
    item = supplier.product(product_id)
    return item.lead_time_days if item else 0


def _line(
    deps: Deps,
    tx: ReadView,
    supplier: Supplier,
    ln: OrderLineDraft,
    country: str,
    today: date,
) -> PurchaseLineInput:
    product = tx.catalog.product(ln.product_id)
    item = supplier.product(ln.product_id)
    price = ln.unit_price
    if price is None:
        if item is None:
            raise ValidationError(
                "payables.product_not_supplied", supplier=supplier.code, product=product.sku
            )
        price = item.last_price.amount
    rate = ln.vat_rate
    if rate is None:
        rate = deps.taxes.vat_rate(country, product.tax_class, today).rate
    return PurchaseLineInput(
        product_id=product.id,
        quantity=ln.quantity,
        unit_price=price,
        vat_rate=rate,
        reference=item.reference if item else product.sku,
        description=product.name,
    )


def order_needs_approval(deps: Deps, actor: Actor, order_id: UUID) -> bool:
    """Whether sending the order needs a manager's PIN (its total above the threshold)."""
    actor.require(Permission.PURCHASING_ORDER)
    with deps.store.read() as tx:
        order = tx.purchasing.purchase_order(order_id)
        return needs_approval(order, tx.org.company().country)


def send_order(
    deps: Deps, actor: Actor, order_id: UUID, approver: Actor | None = None
) -> Done[PurchaseOrder]:
    """Sends a draft: approved by ``approver`` (a manager who typed their PIN) when its total
    needs it, then open, finalized and queued for the server."""
    actor.require(Permission.PURCHASING_ORDER)
    with deps.store.transaction(actor.user_id) as tx:
        order = tx.purchasing.purchase_order(order_id)
        if order.status != DRAFT:
            raise ConflictError("payables.order_not_draft", order=order.number, status=order.status)
        country = tx.org.company().country
        approved_by = None
        if needs_approval(order, country):
            manager = approver or actor
            if manager.may(Permission.PURCHASING_APPROVE):
                approved_by = manager.user_id
        order = replace(order, status="open", approved_by=approved_by)
        check_approved(order, country)
        sent, _entry = finalize(
            InTransaction(deps, tx, actor.user_id, deps.now()), order, chart_of(tx)
        )
    return Done(sent, ORDER_CHANGES)


def move_order(deps: Deps, actor: Actor, order_id: UUID, target: str) -> Done[PurchaseOrder]:
    """Closes (the rest will not come) or cancels (nothing came) an order; queued again. A
    draft is cancelled where it is, never sent."""
    actor.require(Permission.PURCHASING_ORDER)
    with deps.store.transaction(actor.user_id) as tx:
        order = tx.purchasing.purchase_order(order_id)
        if order.status == DRAFT:
            if target != "cancelled":
                raise ConflictError(
                    "payables.bad_order_transition",
                    order=order.number,
                    status=order.status,
                    target=target,
                )
            moved = replace(order, status="cancelled")
            tx.purchasing.save_order(moved, actor.user_id, deps.now())
            return Done(moved, frozenset({Changed.PURCHASING}))
        check_transition(order.number, order.status, target)
        moved = replace(order, status=target)
        requeue_order(deps, tx, moved, actor.user_id)
    return Done(moved, ORDER_CHANGES)


def requeue_order(deps: Deps, tx: UnitOfWork, order: PurchaseOrder, actor_id: UUID | None) -> None:
    """An order's new status on the replica and in the outbox (the server keeps the last)."""
    tx.purchasing.save_order(order, actor_id, deps.now())
    queue(deps, tx, PURCHASE_ORDER, order.id, payload(order), actor_id)


def find_orders(
    deps: Deps,
    actor: Actor,
    statuses: Sequence[str] = (),
    for_branch_id: UUID | None = None,
    limit: int = 200,
) -> list[PurchaseOrder]:
    actor.require(Permission.PURCHASING_VIEW)
    with deps.store.read() as tx:
        return tx.purchasing.purchase_orders(statuses, for_branch_id, limit)


def branch_codes(deps: Deps, actor: Actor) -> dict[UUID, str]:
    """Every site's code, for the lists that name the branch an order is for."""
    actor.require(Permission.PURCHASING_VIEW)
    with deps.store.read() as tx:
        return {b.id: b.code for b in tx.org.branches()}
