"""The fake of the catalog repository (app/ports/catalog.py)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from uuid import UUID

from erp_desktop.app.records import (
    CategoryInfo,
    ProductInfo,
    ProductTile,
)
from tests.desktop.fakes.replica import FakeReplica, _not_found


class FakeCatalog:
    def __init__(self, db: FakeReplica) -> None:
        self.db = db

    def product(self, product_id: UUID) -> ProductInfo:
        if product_id not in self.db.products:
            raise _not_found("product", product_id)
        return self.db.products[product_id]

    def product_by_barcode(self, barcode: str) -> ProductInfo | None:
        by_code = (p for p in self.db.products.values() if barcode in p.barcodes)
        by_sku = (p for p in self.db.products.values() if p.sku == barcode)
        return next(by_code, None) or next(by_sku, None)

    def active_barcodes(self) -> dict[str, ProductInfo]:
        return {code: p for p in self.db.products.values() for code in p.barcodes}

    def product_by_scale_code(self, item_code: str) -> ProductInfo | None:
        found = self.db.scale_codes.get(item_code)
        return self.db.products[found] if found else None

    def search_products(self, text: str, limit: int) -> list[UUID]:
        needle = text.strip().casefold()
        found = [
            p
            for p in self.db.products.values()
            if needle in p.name.casefold() or needle in p.name_ar or needle in p.sku.casefold()
        ]
        return [p.id for p in sorted(found, key=lambda p: p.sku)][:limit]

    def products(self, ids: Sequence[UUID]) -> list[ProductInfo]:
        return [self.db.products[i] for i in ids if i in self.db.products]

    def exchange_rate(self, source: str, target: str, on: date) -> Decimal | None:
        known = [(d, r) for s, t, d, r in self.db.rates if (s, t) == (source, target) and d <= on]
        return max(known)[1] if known else None

    def products_by_sku(self, limit: int) -> list[ProductInfo]:
        return sorted(self.db.products.values(), key=lambda p: p.sku)[:limit]

    def product_by_sku(self, sku: str) -> ProductInfo | None:
        return next((p for p in self.db.products.values() if p.sku == sku), None)

    def save_product(self, product: ProductInfo, now: datetime) -> None:
        self.db.products[product.id] = product

    def categories(self) -> list[CategoryInfo]:
        return sorted(self.db.categories.values(), key=lambda c: (c.position, c.name))

    def tiles_of_category(self, category_id: UUID, limit: int) -> list[ProductTile]:
        ids = [p for p, c in self.db.product_category.items() if c == category_id]
        found = sorted((self.db.products[i] for i in ids), key=lambda p: p.name)[:limit]
        return self.tiles([p.id for p in found])

    def tiles(self, ids: Sequence[UUID]) -> list[ProductTile]:
        tiles = []
        for i in ids:
            if i in self.db.products:
                media_type, picture = self.db.pictures.get(i, ("", b""))
                tiles.append(ProductTile(self.db.products[i], picture or None, media_type))
        return tiles

    def product_grid_place(self, product_id: UUID) -> tuple[UUID | None, str, bytes | None]:
        media_type, picture = self.db.pictures.get(product_id, ("", b""))
        return self.db.product_category.get(product_id), media_type, picture or None

    def set_product_category(
        self, product_id: UUID, category_id: UUID | None, now: datetime
    ) -> None:
        if category_id is None:
            self.db.product_category.pop(product_id, None)
        else:
            self.db.product_category[product_id] = category_id

    def save_category(self, category: CategoryInfo, now: datetime) -> None:
        self.db.categories[category.id] = category

    def save_product_picture(
        self, product_id: UUID, media_type: str, thumbnail: bytes, now: datetime
    ) -> UUID:
        self.db.pictures[product_id] = (media_type, thumbnail)
        return product_id

    def remove_product_picture(self, product_id: UUID, now: datetime) -> UUID | None:
        return product_id if self.db.pictures.pop(product_id, None) else None
