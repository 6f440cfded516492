"""What shelf labels are printed from: the chosen products with their shelf price (tax
included, as the till charges it: ``app.till.grid.shelf_price``), their barcodes and units,
in the order chosen."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.records import ProductTile
from erp_desktop.app.till.grid import shelf_price
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.permissions import Permission

LABELS_AT_ONCE = 2100  # a hundred sheets


def products_for_labels(deps: Deps, actor: Actor, product_ids: Sequence[UUID]) -> list[ProductTile]:
    actor.require(Permission.INVENTORY_VIEW)
    if not product_ids:
        raise ValidationError("common.required", field="products")
    if len(product_ids) > LABELS_AT_ONCE:
        raise ValidationError("common.invalid_value", field="products", value=str(len(product_ids)))
    with deps.store.read() as tx:
        country = tx.org.company().country
        products = tx.catalog.products(list(dict.fromkeys(product_ids)))
    on = deps.business_date(country)
    return [
        ProductTile(p, shelf_price_minor=shelf_price(deps, p, country, on).to_minor())
        for p in products
    ]
