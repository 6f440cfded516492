"""What the warehouse screens read: products by scanned code, the other branches, goods in
transit to this branch, and what to reorder."""

from __future__ import annotations

from decimal import Decimal

from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.records import BranchInfo, ProductInfo, StockRow
from erp_desktop.kernel.barcodes import split_quantity_prefix
from erp_desktop.kernel.documents import StockDocument
from erp_desktop.kernel.errors import NotFound
from erp_desktop.kernel.inventory.reorder import reorder_quantity
from erp_desktop.kernel.permissions import Permission


def product_for_code(deps: Deps, actor: Actor, scanned: str) -> tuple[ProductInfo, Decimal]:
    """A scanned barcode or a typed SKU, with its "12*" quantity prefix (default 1)."""
    actor.require(Permission.INVENTORY_VIEW)
    quantity, code = split_quantity_prefix(scanned.strip())
    with deps.store.read() as tx:
        product = tx.catalog.product_by_barcode(code)
        if product is None:
            for candidate in tx.catalog.products(tx.catalog.search_products(code, 5)):
                if candidate.sku.lower() == code.lower():
                    product = candidate
                    break
    if product is None:
        raise NotFound("sales.unknown_product", code=code)
    return product, quantity


def other_branches(deps: Deps, actor: Actor) -> list[BranchInfo]:
    actor.require(Permission.INVENTORY_VIEW)
    with deps.store.read() as tx:
        return [b for b in tx.org.branches() if b.id != actor.branch_id]


def incoming_transfers(deps: Deps, actor: Actor) -> list[StockDocument]:
    """Transfers other branches sent here that are still on the road."""
    actor.require(Permission.INVENTORY_TRANSFER)
    with deps.store.read() as tx:
        return tx.stock.transfers_in_transit_to(actor.branch_id)


def reorder_suggestions(
    deps: Deps, actor: Actor, limit: int = 500
) -> list[tuple[StockRow, Decimal]]:
    """Products at or under their reorder point, with what to order of each (the kernel's
    ``reorder_quantity``), the furthest under first."""
    actor.require(Permission.INVENTORY_VIEW)
    with deps.store.read() as tx:
        rows = tx.stock.low_stock(tx.org.default_warehouse(actor.branch_id), limit)
    return [(row, reorder_quantity(row.quantity, row.reorder_point)) for row in rows]


def receiving_defaults(deps: Deps, actor: Actor, product: ProductInfo) -> tuple[Decimal, Decimal]:
    """The VAT rate of ``product`` today and its current average cost, to prefill a line of
    a goods receipt (the clerk types the supplier's price over it)."""
    actor.require(Permission.INVENTORY_RECEIVE)
    with deps.store.read() as tx:
        country = tx.org.company().country
        position = tx.stock.stock_position(tx.org.default_warehouse(actor.branch_id), product.id)
    rate = deps.taxes.vat_rate(country, product.tax_class, deps.business_date(country)).rate
    return rate, position.average_cost.quantize(Decimal("0.01"))
