"""Products and barcodes, owned by head office."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import Connection, text

from erp_desktop.kernel.ids import new_id


@dataclass(frozen=True, slots=True)
class ProductRow:
    id: UUID
    sku: str
    name: str
    name_ar: str
    unit: str
    price_minor: int
    currency: str
    tax_class: str
    barcodes: tuple[str, ...] = ()
    reorder_point_milli: int = 0


def upsert_products(conn: Connection, products: list[ProductRow]) -> int:
    """Inserts new products and updates known ones (by SKU); returns how many were written."""
    for p in products:
        conn.execute(
            text(
                "INSERT INTO inventory.products (id, sku, name, name_ar, unit, price_minor, currency, "
                "tax_class, reorder_point_milli) VALUES (:id, :sku, :name, :name_ar, :unit, :price, "
                ":currency, :tax, :reorder) ON CONFLICT (sku) DO UPDATE SET name = excluded.name, "
                "name_ar = excluded.name_ar, unit = excluded.unit, price_minor = excluded.price_minor, "
                "tax_class = excluded.tax_class, reorder_point_milli = excluded.reorder_point_milli, "
                "updated_at = now()"
            ),
            {
                "id": p.id,
                "sku": p.sku,
                "name": p.name,
                "name_ar": p.name_ar,
                "unit": p.unit,
                "price": p.price_minor,
                "currency": p.currency,
                "tax": p.tax_class,
                "reorder": p.reorder_point_milli,
            },
        )
        product_id = conn.execute(
            text("SELECT id FROM inventory.products WHERE sku = :sku"), {"sku": p.sku}
        ).scalar_one()
        for code in p.barcodes:
            conn.execute(
                text(
                    "INSERT INTO inventory.product_barcodes (id, product_id, barcode) "
                    "VALUES (:id, :p, :code) ON CONFLICT (barcode) DO NOTHING"
                ),
                {"id": new_id(), "p": product_id, "code": code},
            )
    return len(products)
