"""Products, barcodes, search and exchange rates."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from sqlalchemy import bindparam, func, select, update

from erp_desktop.app.records import CategoryInfo, ProductInfo, ProductTile
from erp_desktop.kernel.ids import new_id
from erp_desktop.storage.repositories.base import (
    RepositoryBase,
    driver_rows,
    fetch_mappings,
    from_milli,
    not_found,
    stamped,
)
from erp_desktop.storage.search import search_products
from erp_desktop.storage.tables.catalog import (
    categories,
    exchange_rates,
    product_barcodes,
    product_images,
    products,
)

# A product with its barcodes in one row: the barcodes joined by a unit separator (a barcode
# is digits, a SKU letters and digits: neither holds one).
_SEP = "\x1f"
_CODES = (
    select(func.group_concat(product_barcodes.c.barcode, _SEP))
    .where(product_barcodes.c.product_id == products.c.id)
    .scalar_subquery()
    .label("codes")
)
_PRODUCT_ROW = select(products, _CODES)
_ROW_KEYS = tuple(c.key for c in _PRODUCT_ROW.selected_columns)
_BY_ID = _PRODUCT_ROW.where(products.c.id == bindparam("id"))
_BY_IDS = _PRODUCT_ROW.where(products.c.id.in_(bindparam("ids", expanding=True)))
_by_code = products.alias("by_code")
_by_sku = products.alias("by_sku")
# A scan in one statement: the active product holding the barcode, else the product of
# that SKU, read with its barcodes (three statements until 2026-12-01).
_BY_BARCODE = _PRODUCT_ROW.where(
    products.c.id
    == func.coalesce(
        select(product_barcodes.c.product_id)
        .join(_by_code, _by_code.c.id == product_barcodes.c.product_id)
        .where(product_barcodes.c.barcode == bindparam("code"), _by_code.c.active.is_(True))
        .limit(1)
        .scalar_subquery(),
        select(_by_sku.c.id).where(_by_sku.c.sku == bindparam("code")).scalar_subquery(),
    )
)
_ACTIVE = _PRODUCT_ROW.where(products.c.active.is_(True))
_BY_SCALE_CODE = _PRODUCT_ROW.where(products.c.scale_code == bindparam("code"))
_BY_SKU = _PRODUCT_ROW.where(products.c.sku == bindparam("sku"))
_FIRST_BY_SKU = _PRODUCT_ROW.order_by(products.c.sku).limit(bindparam("n"))
# The touch till's grid: the products of a category (or of a list of ids) with their
# pictures, in one statement.
_TILE_ROW = select(
    products, _CODES, product_images.c.thumbnail, product_images.c.media_type
).outerjoin(
    product_images,
    (product_images.c.product_id == products.c.id) & product_images.c.deleted_at.is_(None),
)  # a picture head office removed is no longer shown
_TILES_OF_CATEGORY = (
    _TILE_ROW.where(
        products.c.category_id == bindparam("category"),
        products.c.active.is_(True),
        products.c.deleted_at.is_(None),
    )
    .order_by(products.c.name)
    .limit(bindparam("n"))
)
_TILES_BY_IDS = _TILE_ROW.where(
    products.c.id.in_(bindparam("ids", expanding=True)), products.c.active.is_(True)
)
_CATEGORIES = (
    select(categories.c.id, categories.c.name, categories.c.name_ar, categories.c.position)
    .where(categories.c.deleted_at.is_(None))
    .order_by(categories.c.position, categories.c.name)
)


class CatalogRepository(RepositoryBase):
    @staticmethod
    def _product(row: Any) -> ProductInfo:
        codes = row["codes"]
        return ProductInfo(
            row["id"],
            row["sku"],
            row["name"],
            row["name_ar"],
            row["unit"],
            row["price_minor"],
            row["currency"],
            row["price_mode"],
            row["tax_class"],
            from_milli(row["reorder_point_milli"]),
            tuple(codes.split(_SEP)) if codes else (),
        )

    def product(self, product_id: UUID) -> ProductInfo:
        row = self.conn.execute(_BY_ID, {"id": product_id}).mappings().first()
        if row is None:
            raise not_found("product", product_id)
        return self._product(row)

    def products(self, ids: Sequence[UUID]) -> list[ProductInfo]:
        if not ids:
            return []
        rows = fetch_mappings(self.conn, _BY_IDS, {"ids": list(ids)})
        by_id = {r["id"]: self._product(r) for r in rows}
        return [by_id[i] for i in ids if i in by_id]

    def product_by_barcode(self, barcode: str) -> ProductInfo | None:
        rows = driver_rows(self.conn, _BY_BARCODE, {"code": barcode})  # the scan: hot
        if not rows:
            return None
        row = dict(zip(_ROW_KEYS, rows[0], strict=True))
        return self._product({**row, "id": UUID(hex=row["id"])})

    def active_barcodes(self) -> dict[str, ProductInfo]:
        """Every barcode of an active product, with its product (the till's index)."""
        rows = self.conn.execute(_ACTIVE).mappings()
        return {
            code: product
            for r in rows
            for product in (self._product(r),)
            for code in product.barcodes
        }

    def product_by_scale_code(self, item_code: str) -> ProductInfo | None:
        row = self.conn.execute(_BY_SCALE_CODE, {"code": item_code}).mappings().first()
        return self._product(row) if row else None

    def search_products(self, text: str, limit: int) -> list[UUID]:
        return search_products(self.conn, text, limit)

    def exchange_rate(self, source: str, target: str, on: date) -> Decimal | None:
        row = self.conn.execute(
            select(exchange_rates.c.rate)
            .where(
                exchange_rates.c.source == source,
                exchange_rates.c.target == target,
                exchange_rates.c.on_date <= on.isoformat(),
            )
            .order_by(exchange_rates.c.on_date.desc())
            .limit(1)
        ).first()
        return row[0] if row else None

    # the touch till's grid (app/till/grid.py)
    def categories(self) -> list[CategoryInfo]:
        return [CategoryInfo(*row) for row in self.conn.execute(_CATEGORIES)]

    def tiles_of_category(self, category_id: UUID, limit: int) -> list[ProductTile]:
        rows = self.conn.execute(_TILES_OF_CATEGORY, {"category": category_id, "n": limit})
        return [self._tile(r) for r in rows.mappings()]

    def tiles(self, ids: Sequence[UUID]) -> list[ProductTile]:
        if not ids:
            return []
        rows = self.conn.execute(_TILES_BY_IDS, {"ids": list(ids)}).mappings().all()
        by_id = {r["id"]: self._tile(r) for r in rows}
        return [by_id[i] for i in ids if i in by_id]

    def _tile(self, row: Any) -> ProductTile:
        picture = row["thumbnail"]
        return ProductTile(
            self._product(row), bytes(picture) if picture else None, row["media_type"] or ""
        )

    # head office's catalog editor (app/catalog_editing.py)
    def products_by_sku(self, limit: int) -> list[ProductInfo]:
        rows = self.conn.execute(_FIRST_BY_SKU, {"n": limit}).mappings().all()
        return [self._product(r) for r in rows]

    def product_by_sku(self, sku: str) -> ProductInfo | None:
        row = self.conn.execute(_BY_SKU, {"sku": sku}).mappings().first()
        return self._product(row) if row else None

    def save_product(self, product: ProductInfo, now: datetime) -> None:
        """Creates the product or overwrites its head-office fields (by id), and adds the
        barcodes it does not have yet (a barcode never moves to another product)."""
        values = {
            "sku": product.sku,
            "name": product.name,
            "name_ar": product.name_ar,
            "unit": product.unit,
            "price_minor": product.price_minor,
            "currency": product.currency,
            "price_mode": product.price_mode,
            "tax_class": product.tax_class,
            "reorder_point_milli": int(product.reorder_point.scaleb(3)),
        }
        done = self.conn.execute(
            update(products).where(products.c.id == product.id).values(**values, updated_at=now)
        )
        if done.rowcount == 0:
            self.conn.execute(
                products.insert().values(
                    stamped(
                        now,
                        id=product.id,
                        **values,
                        category_id=None,
                        scale_code=None,
                        metadata={},
                        active=True,
                    )
                )
            )
        held = set(
            self.conn.execute(
                select(product_barcodes.c.barcode).where(
                    product_barcodes.c.product_id == product.id
                )
            ).scalars()
        )
        for code in product.barcodes:
            if code not in held:
                self.conn.execute(
                    product_barcodes.insert().values(
                        stamped(now, id=new_id(), product_id=product.id, barcode=code)
                    )
                )

    # --- the till's grid, as head office's editor files a product (app/catalog_grid.py) ----
    def product_grid_place(self, product_id: UUID) -> tuple[UUID | None, str, bytes | None]:
        """The product's category and its picture (media type, thumbnail), if it has one."""
        category = self.conn.execute(
            select(products.c.category_id).where(products.c.id == product_id)
        ).scalar()
        picture = self.conn.execute(
            select(product_images.c.media_type, product_images.c.thumbnail).where(
                product_images.c.product_id == product_id, product_images.c.deleted_at.is_(None)
            )
        ).first()
        if picture is None:
            return category, "", None
        return category, str(picture[0]), bytes(picture[1])

    def set_product_category(
        self, product_id: UUID, category_id: UUID | None, now: datetime
    ) -> None:
        self.conn.execute(
            update(products)
            .where(products.c.id == product_id)
            .values(category_id=category_id, updated_at=now)
        )

    def save_category(self, category: CategoryInfo, now: datetime) -> None:
        values = {"name": category.name, "name_ar": category.name_ar, "position": category.position}
        done = self.conn.execute(
            update(categories)
            .where(categories.c.id == category.id)
            .values(**values, updated_at=now)
        )
        if done.rowcount == 0:
            self.conn.execute(categories.insert().values(stamped(now, id=category.id, **values)))

    def save_product_picture(
        self, product_id: UUID, media_type: str, thumbnail: bytes, now: datetime
    ) -> UUID:
        """The product's one picture, replacing the one it had (or a removed one); its id."""
        held = self.conn.execute(
            select(product_images.c.id).where(product_images.c.product_id == product_id)
        ).scalar()
        values = {"media_type": media_type, "thumbnail": thumbnail, "deleted_at": None}
        if held is not None:
            self.conn.execute(
                update(product_images)
                .where(product_images.c.id == held)
                .values(**values, updated_at=now)
            )
            return UUID(str(held))
        made = new_id()
        self.conn.execute(
            product_images.insert().values(
                stamped(
                    now, id=made, product_id=product_id, media_type=media_type, thumbnail=thumbnail
                )
            )
        )
        return made

    def remove_product_picture(self, product_id: UUID, now: datetime) -> UUID | None:
        """The picture's id, marked removed (business rows are never deleted); None when the
        product had none."""
        held = self.conn.execute(
            select(product_images.c.id).where(
                product_images.c.product_id == product_id, product_images.c.deleted_at.is_(None)
            )
        ).scalar()
        if held is None:
            return None
        self.conn.execute(
            update(product_images)
            .where(product_images.c.id == held)
            .values(deleted_at=now, updated_at=now)
        )
        return UUID(str(held))
