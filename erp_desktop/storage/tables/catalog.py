"""What head office owns and sends down: products, barcodes, taxes, rates; and customers."""

from sqlalchemy import (
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Uuid,
)

from erp_desktop.kernel.partners.customers import BUSINESS_FIELDS
from erp_desktop.storage.tables.base import DecimalText, Json, UtcDateTime, metadata, pk, stamps

categories = Table(
    "categories",
    metadata,
    pk(),
    Column("name", String(200), nullable=False),
    Column("name_ar", String(200), nullable=False),
    *stamps(),
    Column("position", Integer, nullable=False, server_default="0"),  # among the grid's tabs
)

products = Table(
    "products",
    metadata,
    pk(),
    Column("sku", String(40), nullable=False, unique=True),
    Column("name", String(300), nullable=False),
    Column("name_ar", String(300), nullable=False),
    Column("unit", String(10), nullable=False),
    Column("category_id", Uuid, ForeignKey("categories.id"), nullable=True),
    Column("price_minor", Integer, nullable=False),
    Column("currency", String(3), nullable=False),
    Column("price_mode", String(20), nullable=False),
    Column("tax_class", String(30), nullable=False),
    Column("reorder_point_milli", Integer, nullable=False),
    Column("scale_code", String(6), nullable=True, unique=True),  # item code on scale labels
    Column("metadata", Json, nullable=False),
    Column("active", Boolean, nullable=False),
    *stamps(),
    Index("ix_products_category", "category_id", "name"),  # a tab of the till's grid
)

product_barcodes = Table(
    "product_barcodes",
    metadata,
    pk(),
    Column("product_id", Uuid, ForeignKey("products.id"), nullable=False, index=True),
    Column("barcode", String(32), nullable=False, unique=True),
    *stamps(),
)

customers = Table(
    "customers",
    metadata,
    pk(),
    Column("name", String(200), nullable=False),
    Column("name_ar", String(200), nullable=False),
    Column("phone", String(40), nullable=False),
    Column("email", String(200), nullable=False),
    Column("tax_id", String(60), nullable=False),
    Column("store_credit_minor", Integer, nullable=False),
    Column("currency", String(3), nullable=False),
    Column("field_clocks", Json, nullable=False),  # field -> HLC timestamp of its last edit
    Column("metadata", Json, nullable=False),
    # a business customer's fields (kernel.partners.customers.BUSINESS_FIELDS), revision 0012
    *(Column(name, String(500), nullable=False, server_default="") for name in BUSINESS_FIELDS),
    *stamps(),
)

# Head office's suppliers, as they flow down (kernel.purchasing.suppliers; issue 14): the
# legal identifiers as a JSON object (kind -> value), the products they supply in
# supplier_products (storage/tables/purchasing.py). ``tax_id`` is the first table's column,
# kept (the fiscal identifier, when the supplier has one).
suppliers = Table(
    "suppliers",
    metadata,
    pk(),
    Column("name", String(200), nullable=False),
    Column("name_ar", String(200), nullable=False),
    Column("tax_id", String(60), nullable=False),
    Column("metadata", Json, nullable=False),
    *stamps(),
    Column("code", String(40), nullable=True),
    Column("country", String(2), nullable=False, server_default="DZ"),
    Column("currency", String(3), nullable=False, server_default="DZD"),
    Column("terms", String(60), nullable=False, server_default="cash"),
    Column("legal_ids", Json, nullable=False, server_default="{}"),
    Column("bank_account", String(40), nullable=False, server_default=""),
    Column("active", Boolean, nullable=False, server_default="1"),
    Index("ix_suppliers_code", "code", unique=True),
)

exchange_rates = Table(
    "exchange_rates",
    metadata,
    pk(),
    Column("on_date", String(10), nullable=False),
    Column("source", String(3), nullable=False),
    Column("target", String(3), nullable=False),
    Column("rate", DecimalText, nullable=False),
    *stamps(),
    Index("ix_exchange_rates_pair", "source", "target", "on_date", unique=True),
)

held_tickets = Table(
    "held_tickets",
    metadata,
    pk(),
    Column("register_id", Uuid, ForeignKey("registers.id"), nullable=False),
    Column("label", String(100), nullable=False),
    Column("cart", Json, nullable=False),
    Column("held_by", Uuid, ForeignKey("users.id"), nullable=False),
    Column("recalled_at", UtcDateTime, nullable=True),
    *stamps(),
)

# One small picture of a product for the touch till's grid (migration 0018), sent down by
# head office: a thumbnail of a few kilobytes, never the photo itself.
product_images = Table(
    "product_images",
    metadata,
    pk(),
    Column("product_id", Uuid, ForeignKey("products.id"), nullable=False, unique=True),
    Column("media_type", String(20), nullable=False),
    Column("thumbnail", LargeBinary, nullable=False),
    *stamps(),
)
