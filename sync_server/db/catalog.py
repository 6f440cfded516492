"""Products and barcodes, owned by head office, written a set at a time."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import Connection, text

from erp_desktop.kernel.ids import new_id
from sync_server.db.json_rows import columns_of, rows_param


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
    price_mode: str = "tax_included"  # or "tax_excluded" (a B2B price before VAT)


_PRODUCTS = text(
    f"""
    WITH written AS (
        INSERT INTO inventory.products AS p (id, sku, name, name_ar, unit, price_minor,
            currency, tax_class, reorder_point_milli, price_mode)
        SELECT * FROM (SELECT {
        columns_of(
            "id uuid, sku text, name text, name_ar text, unit text, price_minor bigint, "
            "currency text, tax_class text, reorder_point_milli bigint, price_mode text"
        )
    } FROM jsonb_array_elements(CAST(:products AS jsonb)) AS r) AS incoming
        ON CONFLICT (sku) DO UPDATE SET name = excluded.name, name_ar = excluded.name_ar,
            unit = excluded.unit, price_minor = excluded.price_minor,
            tax_class = excluded.tax_class, reorder_point_milli = excluded.reorder_point_milli,
            price_mode = excluded.price_mode, updated_at = now()
        RETURNING p.id, p.sku
    )
    INSERT INTO inventory.product_barcodes (id, product_id, barcode)
    SELECT b.id, w.id, b.barcode
    FROM (SELECT {columns_of("id uuid, sku text, barcode text")}
          FROM jsonb_array_elements(CAST(:barcodes AS jsonb)) AS r) AS b
    JOIN written w USING (sku)
    ON CONFLICT (barcode) DO NOTHING
    """
)
CHUNK = 5000


def upsert_products(conn: Connection, products: list[ProductRow]) -> int:
    """Inserts new products and updates known ones (by SKU), with their barcodes (a barcode
    already known stays with its product); returns how many were written. A SKU given twice
    takes the last line's fields and both lines' barcodes. 5,000 products a statement."""
    by_sku: dict[str, ProductRow] = {}
    codes: dict[str, list[str]] = {}
    for p in products:
        by_sku.pop(p.sku, None)  # the last line wins, in its own place
        by_sku[p.sku] = p
        codes.setdefault(p.sku, []).extend(c for c in p.barcodes if c not in codes.get(p.sku, []))
    unique = list(by_sku.values())
    for start in range(0, len(unique), CHUNK):
        chunk = unique[start : start + CHUNK]
        conn.execute(
            _PRODUCTS,
            {
                "products": rows_param(
                    [
                        (
                            p.id,
                            p.sku,
                            p.name,
                            p.name_ar,
                            p.unit,
                            p.price_minor,
                            p.currency,
                            p.tax_class,
                            p.reorder_point_milli,
                            p.price_mode,
                        )
                        for p in chunk
                    ]
                ),
                "barcodes": rows_param(
                    [(new_id(), p.sku, code) for p in chunk for code in codes[p.sku]]
                ),
            },
        )
    return len(products)
