"""The touch till's product grid: head office's categories as tabs, the products of a
category with their pictures, and the register's favourites (the first tab).

Favourites are the register's own (a bakery counter and a checkout lane of one branch want
different ones): a list of product ids kept in the replica's settings, in the order they
were starred, never synced."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from uuid import UUID

from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.records import CategoryInfo, ProductInfo, ProductTile
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.permissions import Permission
from erp_desktop.kernel.tax.vat import PriceMode, vat_on_base

TILES_PER_CATEGORY = 120  # a grid page a cashier scrolls; past it, F3 searches
FAVOURITES_AT_MOST = 48


@dataclass(frozen=True, slots=True)
class TillGrid:
    categories: list[CategoryInfo]
    favourites: list[ProductTile]


def shelf_price(deps: Deps, product: ProductInfo, country: str, on: date) -> Money:
    """The price a customer reads on the shelf and on the grid: tax included (an article
    priced before VAT gets its VAT added, as the till will charge it)."""
    price = Money.from_minor(product.price_minor, product.currency)
    if product.price_mode != PriceMode.TAX_EXCLUDED:
        return price
    rate = deps.taxes.vat_rate(country, product.tax_class, on).rate
    return price + vat_on_base(price, rate)


def _priced(deps: Deps, country: str, on: date, tiles: list[ProductTile]) -> list[ProductTile]:
    return [
        replace(t, shelf_price_minor=shelf_price(deps, t.product, country, on).to_minor())
        for t in tiles
    ]


def favourites_key(register_id: UUID | None) -> str:
    return f"till.favourites.{register_id or 'branch'}"


def till_grid(deps: Deps, actor: Actor) -> TillGrid:
    actor.require(Permission.SALES_CHECKOUT)
    with deps.store.read() as tx:
        country = tx.org.company().country
        ids = [UUID(i) for i in tx.org.setting(favourites_key(actor.register_id)) or []]
        categories, favourites = tx.catalog.categories(), tx.catalog.tiles(ids)
    on = deps.business_date(country)
    return TillGrid(categories, _priced(deps, country, on, favourites))


def category_tiles(deps: Deps, actor: Actor, category_id: UUID) -> list[ProductTile]:
    actor.require(Permission.SALES_CHECKOUT)
    with deps.store.read() as tx:
        country = tx.org.company().country
        tiles = tx.catalog.tiles_of_category(category_id, TILES_PER_CATEGORY)
    return _priced(deps, country, deps.business_date(country), tiles)


def toggle_favourite(deps: Deps, actor: Actor, product_id: UUID) -> list[ProductTile]:
    """Stars the product on this register's favourites, or takes it off; the favourites
    after. The oldest falls off past ``FAVOURITES_AT_MOST``."""
    actor.require(Permission.SALES_CHECKOUT)
    key = favourites_key(actor.register_id)
    with deps.store.transaction(actor.user_id) as tx:
        tx.catalog.product(product_id)  # a product this replica knows
        ids = [i for i in tx.org.setting(key) or [] if i != str(product_id)]
        if len(ids) == len(tx.org.setting(key) or []):
            ids.append(str(product_id))
        ids = ids[-FAVOURITES_AT_MOST:]
        tx.org.set_setting(key, ids, deps.now())
        country = tx.org.company().country
        tiles = tx.catalog.tiles([UUID(i) for i in ids])
    return _priced(deps, country, deps.business_date(country), tiles)
