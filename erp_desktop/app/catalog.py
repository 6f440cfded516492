"""Finding products at the till: scans (with "3*" and scale labels) and text search."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from uuid import UUID

from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.ports import ReadView
from erp_desktop.app.records import ProductInfo, StockRow
from erp_desktop.kernel.barcodes import ScaleLayout, parse_scale_barcode, split_quantity_prefix
from erp_desktop.kernel.errors import NotFound
from erp_desktop.kernel.inventory.movements import StockMovement
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.permissions import Permission

DEFAULT_SCALE_LAYOUTS = ("22IIIIIWWWWWC", "23IIIIIPPPPPC")


@dataclass(frozen=True, slots=True)
class ScanResult:
    product: ProductInfo
    quantity: Decimal
    unit_price: Decimal | None  # set when a price label fixes the line amount


def scan(deps: Deps, actor: Actor, scanned: str) -> ScanResult:
    """What the scanner (or the keyboard) produced: "3*6130000000016", a scale label, a SKU."""
    actor.require(Permission.SALES_CHECKOUT)
    quantity, code = split_quantity_prefix(scanned)
    with deps.store.read() as tx:
        product = tx.catalog.product_by_barcode(code)
        if product is not None:
            return ScanResult(product, quantity, None)
        layouts = [
            ScaleLayout(p) for p in tx.org.setting("scale_layouts", list(DEFAULT_SCALE_LAYOUTS))
        ]
        reading = parse_scale_barcode(code, layouts)
        if reading is not None:
            product = tx.catalog.product_by_scale_code(reading.item_code)
            if product is not None:
                if reading.quantity is not None:
                    return ScanResult(product, reading.quantity, None)
                assert reading.price_minor is not None
                # A price label: one line whose amount is the printed price.
                price = Money.from_minor(reading.price_minor, product.currency).amount
                return ScanResult(product, Decimal(1), price)
    raise NotFound("sales.unknown_product", code=code)


def search_products(deps: Deps, actor: Actor, text: str, limit: int = 50) -> list[ProductInfo]:
    actor.require(Permission.INVENTORY_VIEW)
    with deps.store.read() as tx:
        return tx.catalog.products(tx.catalog.search_products(text, limit))


def stock_count(deps: Deps, actor: Actor) -> int:
    """How many products the stock list shows (the lazy list sizes its scroll bar on it)."""
    actor.require(Permission.INVENTORY_VIEW)
    with deps.store.read() as tx:
        return tx.stock.product_count()


def stock_page(deps: Deps, actor: Actor, offset: int, limit: int) -> list[StockRow]:
    """Rows ``offset`` to ``offset + limit`` of the branch's stock list, in SKU order."""
    actor.require(Permission.INVENTORY_VIEW)
    with deps.store.read() as tx:
        rows = tx.stock.stock_rows(tx.org.default_warehouse(actor.branch_id), max(offset, 0), limit)
        return with_reserved(tx, actor.branch_id, rows)


def search_stock(deps: Deps, actor: Actor, text: str, limit: int = 200) -> list[StockRow]:
    """Stock rows of the products matching ``text`` (name in French or Arabic, barcode, SKU)."""
    actor.require(Permission.INVENTORY_VIEW)
    with deps.store.read() as tx:
        warehouse = tx.org.default_warehouse(actor.branch_id)
        product = tx.catalog.product_by_barcode(text.strip()) if text.strip().isdigit() else None
        ids = [product.id] if product else tx.catalog.search_products(text, limit)
        return with_reserved(tx, actor.branch_id, tx.stock.stock_rows_of(warehouse, ids))


def with_reserved(tx: ReadView, branch_id: UUID, rows: list[StockRow]) -> list[StockRow]:
    """The rows with what the branch's open sales orders reserve (available = on hand −
    reserved)."""
    reserved = tx.business.reserved(branch_id, [r.product_id for r in rows]) if rows else {}
    return [
        replace(r, reserved=reserved[r.product_id]) if r.product_id in reserved else r for r in rows
    ]


def movements_of(
    deps: Deps, actor: Actor, product_id: UUID, limit: int = 500
) -> list[StockMovement]:
    """A product's latest stock movements, newest first."""
    actor.require(Permission.INVENTORY_VIEW)
    with deps.store.read() as tx:
        return tx.stock.movements_of(product_id, limit)


def products_by_id(deps: Deps, actor: Actor, ids: list[UUID]) -> list[ProductInfo]:
    """Products in the order of ``ids`` (a recalled ticket's lines)."""
    actor.require(Permission.SALES_CHECKOUT)
    with deps.store.read() as tx:
        return tx.catalog.products(ids)


def search_for_till(deps: Deps, actor: Actor, text: str, limit: int = 30) -> list[ProductInfo]:
    """The cashier's search by name (French or Arabic), barcode or SKU."""
    actor.require(Permission.SALES_CHECKOUT)
    with deps.store.read() as tx:
        code = text.strip()
        product = tx.catalog.product_by_barcode(code) if code.isdigit() else None
        return (
            [product] if product else tx.catalog.products(tx.catalog.search_products(text, limit))
        )
