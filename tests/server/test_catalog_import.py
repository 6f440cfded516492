"""Head office's catalog import writes a set at a time and keeps the row-by-row meaning:
a SKU is created or updated, a SKU given twice takes its last line and both lines'
barcodes, a barcode already known stays with its product, each change goes down once."""

from __future__ import annotations

from sqlalchemy import Engine, text

from sync_server.db.engine import unit_of_work
from sync_server.services import headoffice


def record(sku: str, price: str, barcodes: str = "", name: str = "") -> dict[str, str]:
    return {
        "sku": sku,
        "name": name or f"Article {sku}",
        "name_ar": f"منتج {sku}",
        "unit": "pce",
        "price": price,
        "currency": "DZD",
        "tax_class": "standard",
        "barcodes": barcodes,
    }


def catalog(engine: Engine) -> dict[str, tuple[str, int, list[str]]]:
    with unit_of_work(engine, head_office=True) as conn:
        rows = conn.execute(
            text(
                "SELECT p.sku, p.name, p.price_minor, "
                "coalesce(array_agg(b.barcode ORDER BY b.barcode) FILTER (WHERE b.id IS NOT NULL), '{}') "
                "FROM inventory.products p LEFT JOIN inventory.product_barcodes b "
                "ON b.product_id = p.id GROUP BY p.sku, p.name, p.price_minor"
            )
        )
        return {r[0]: (r[1], int(r[2]), list(r[3])) for r in rows}


def logged(engine: Engine, entity: str) -> int:
    with unit_of_work(engine, head_office=True) as conn:
        return int(
            conn.execute(
                text("SELECT count(*) FROM sync.change_log WHERE entity = :e"), {"e": entity}
            ).scalar_one()
        )


def test_a_catalog_import_creates_updates_and_keeps_barcodes(engine: Engine) -> None:
    headoffice.set_up_company(engine, "El Bahia", "البهية", "DZ", "DZD")
    assert (
        headoffice.import_products(
            engine,
            [
                record("CAF250", "450,00", "6130000000015"),
                record("LAIT1", "120"),
                record("CAF250", "455", "6130000000022", name="Café moulu 250 g"),
            ],
        )
        == 3
    )
    assert catalog(engine) == {
        "CAF250": ("Café moulu 250 g", 45500, ["6130000000015", "6130000000022"]),
        "LAIT1": ("Article LAIT1", 12000, []),
    }
    assert logged(engine, "product") == 2 and logged(engine, "product_barcode") == 2
    headoffice.import_products(
        engine,
        [record("LAIT1", "125", "6130000000015"), record("THE100", "300", "6130000000039")],
    )
    assert catalog(engine) == {
        "CAF250": ("Café moulu 250 g", 45500, ["6130000000015", "6130000000022"]),
        "LAIT1": ("Article LAIT1", 12500, []),  # the café's barcode stays the café's
        "THE100": ("Article THE100", 30000, ["6130000000039"]),
    }
    assert logged(engine, "product") == 4  # LAIT1 updated, THE100 created
