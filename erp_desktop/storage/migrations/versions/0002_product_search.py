"""Product search: an FTS5 index over normalized names (French and Arabic), SKU and barcodes.

Existing products of a replica made at 0001 are indexed during the upgrade. Triggers keep
the index in the same transaction as the product or barcode change; the FTS row id is the
product's rowid so updates touch one row.

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"

_TEXT = (
    "erp_normalize(p.name || ' ' || p.name_ar || ' ' || p.sku || ' ' || "
    "coalesce((SELECT group_concat(b.barcode, ' ') FROM product_barcodes b "
    "WHERE b.product_id = p.id), ''))"
)


def upgrade() -> None:
    c = op.get_bind()
    c.exec_driver_sql(
        "CREATE VIRTUAL TABLE product_search USING fts5("
        "text, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
    )
    c.exec_driver_sql(f"INSERT INTO product_search (rowid, text) SELECT p.rowid, {_TEXT} FROM products p")
    c.exec_driver_sql(
        "CREATE TRIGGER search_products_insert AFTER INSERT ON products BEGIN "
        f"INSERT INTO product_search (rowid, text) SELECT p.rowid, {_TEXT} FROM products p "
        "WHERE p.rowid = NEW.rowid; END"
    )
    c.exec_driver_sql(
        "CREATE TRIGGER search_products_update AFTER UPDATE OF name, name_ar, sku ON products BEGIN "
        "DELETE FROM product_search WHERE rowid = OLD.rowid; "
        f"INSERT INTO product_search (rowid, text) SELECT p.rowid, {_TEXT} FROM products p "
        "WHERE p.rowid = NEW.rowid; END"
    )
    c.exec_driver_sql(
        "CREATE TRIGGER search_barcodes_insert AFTER INSERT ON product_barcodes BEGIN "
        "DELETE FROM product_search WHERE rowid = (SELECT rowid FROM products WHERE id = NEW.product_id); "
        f"INSERT INTO product_search (rowid, text) SELECT p.rowid, {_TEXT} FROM products p "
        "WHERE p.id = NEW.product_id; END"
    )
