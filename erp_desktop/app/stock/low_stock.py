"""The low-stock event: a movement that takes a product to or under its reorder point.

Stock knows nothing of who cares. After a sale or a stock document commits, the handlers
here compare each product's level before and after what moved out; one that fell to or
under its point (the kernel's ``runs_low``, one rule with the reorder list) raises
``stock.low_stock`` with the product, the warehouse, the level and the point. Another
handler records it as an alert the branch manager's dashboard lists; the Qt bridge
re-emits it so an open dashboard shows it at once. A product already low that sells again
raises nothing new: the alert is about falling low, not about staying there.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from datetime import timedelta
from decimal import Decimal
from uuid import UUID

from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.events import Event, Handler
from erp_desktop.app.records import LowStockAlert
from erp_desktop.kernel.documents import StockDocument
from erp_desktop.kernel.inventory.reorder import runs_low
from erp_desktop.kernel.permissions import Permission

LOW_STOCK = "stock.low_stock"
# data: branch_id, warehouse_id (None: the branch's own), moved {product_id: signed quantity}
STOCK_MOVED = "stock.moved"
SALE_COMPLETED = "sales.sale_completed"
ALERTS_SHOWN_DAYS = 7


def stock_moved(doc: StockDocument) -> Event:
    """The event a stock document publishes after its commit: what each product moved
    (signed: out < 0; a product on two lines once)."""
    moved: dict[UUID, Decimal] = defaultdict(Decimal)
    for line in doc.lines:
        moved[line.product_id] += line.quantity
    return Event(
        STOCK_MOVED,
        {
            "branch_id": str(doc.branch_id),
            "warehouse_id": str(doc.warehouse_id) if doc.warehouse_id else None,
            "moved": {str(p): str(q) for p, q in moved.items()},
        },
    )


def fell_low(before: Decimal, after: Decimal, reorder_point: Decimal) -> bool:
    return runs_low(after, reorder_point) and not runs_low(before, reorder_point)


def _check_levels(deps: Deps, warehouse_id: UUID, moved: Mapping[UUID, Decimal]) -> None:
    going_out = {p: q for p, q in moved.items() if q < 0}
    if not going_out:
        return
    with deps.store.read() as tx:
        found = {p.id: p for p in tx.catalog.products(list(going_out))}
        levels = {p: tx.stock.stock_position(warehouse_id, p).quantity for p in going_out}
    for product_id, quantity in going_out.items():
        product, after = found.get(product_id), levels[product_id]
        if product is None or not fell_low(after - quantity, after, product.reorder_point):
            continue
        deps.bus.publish(
            Event(
                LOW_STOCK,
                {
                    "product_id": str(product_id),
                    "sku": product.sku,
                    "name": product.name,
                    "name_ar": product.name_ar,
                    "warehouse_id": str(warehouse_id),
                    "level": str(after),
                    "reorder_point": str(product.reorder_point),
                },
            )
        )


def watch_stock_documents(deps: Deps) -> Handler:
    """On ``stock.moved``: did a product fall low?"""

    def on_moved(event: Event) -> None:
        moved = {UUID(p): Decimal(q) for p, q in event.data["moved"].items()}
        warehouse = event.data["warehouse_id"]
        if warehouse is None:
            with deps.store.read() as tx:
                warehouse = tx.org.default_warehouse(UUID(event.data["branch_id"]))
        _check_levels(deps, UUID(str(warehouse)), moved)

    return on_moved


def watch_sales(deps: Deps) -> Handler:
    """On ``sales.sale_completed``: did what the sale took out leave a product low?"""

    def on_sale(event: Event) -> None:
        with deps.store.read() as tx:
            sale = tx.sales.sale(UUID(event.data["sale_id"]))
            warehouse_id = tx.org.default_warehouse(sale.branch_id)
        moved: dict[UUID, Decimal] = defaultdict(Decimal)
        for line in sale.lines:
            moved[line.product_id] -= line.quantity
        _check_levels(deps, warehouse_id, moved)

    return on_sale


def record_alerts(deps: Deps) -> Handler:
    """On ``stock.low_stock``: keeps the alert for the branch manager."""

    def on_low(event: Event) -> None:
        data = event.data
        with deps.store.transaction(None) as tx:
            tx.stock.record_low_stock(
                UUID(data["product_id"]),
                UUID(data["warehouse_id"]),
                Decimal(data["level"]),
                Decimal(data["reorder_point"]),
                deps.now(),
            )

    return on_low


def low_stock_alerts(deps: Deps, actor: Actor, limit: int = 50) -> list[LowStockAlert]:
    """The alerts of the branch's warehouse over the last week, newest first (the branch
    manager's dashboard)."""
    actor.require(Permission.REPORTS_BRANCH)
    since = deps.now() - timedelta(days=ALERTS_SHOWN_DAYS)
    with deps.store.read() as tx:
        warehouse_id = tx.org.default_warehouse(actor.branch_id)
        return tx.stock.low_stock_alerts(warehouse_id, since, limit)
