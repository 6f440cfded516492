"""Head office edits the catalog and its prices in the client, over its own replica.

A product saved here is written to the replica and queued for the server in the same
local transaction; the server accepts it from the head-office site alone and every branch
pulls it (the CSV import on the server stays for bulk). The edit is refused before it is
queued where the kernel's ownership table says the site does not own the catalog (a
branch: ``sync.owned_by_head_office``), and to a user without ``inventory.catalog_edit``.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Literal
from uuid import UUID

from erp_desktop.app.bridge import queue
from erp_desktop.app.catalog_grid import file_product, thumbnail_of
from erp_desktop.app.changes import Changed, Done
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.ports import ReadView, UnitOfWork
from erp_desktop.app.records import CategoryInfo, ProductInfo
from erp_desktop.kernel.barcodes import is_valid_gtin
from erp_desktop.kernel.errors import ConflictError, ValidationError
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.ownership import may_write, write_refusal
from erp_desktop.kernel.permissions import Permission
from erp_desktop.kernel.quantity import UNITS, quantity

PRICE_MODES = ("tax_included", "tax_excluded")
KEEP: Literal["keep"] = "keep"  # a product's category left as it is


@dataclass(frozen=True, slots=True)
class ProductEdit:
    """What the product editor sends: a new product (no id) or the product's new fields.
    ``price`` in the company currency's units (450.00), tax included unless the price mode
    says otherwise; ``barcode`` is added to the product's barcodes (empty: none)."""

    product_id: UUID | None
    sku: str
    name: str
    name_ar: str
    unit: str
    price: Decimal
    tax_class: str
    price_mode: str = "tax_included"
    reorder_point: Decimal = Decimal(0)
    barcode: str = ""
    # the till's grid (app/catalog_grid.py): the category's id (None: in no tab; KEEP: as
    # it is), a picture file's bytes to make the thumbnail of, or the picture removed
    category_id: UUID | Literal["keep"] | None = KEEP
    picture: bytes | None = None
    remove_picture: bool = False


@dataclass(frozen=True, slots=True)
class CatalogSetup:
    """What the editor offers: whether this site edits the catalog (head office does), the
    currency prices are in, the country's tax classes, the units and price modes."""

    editable: bool
    currency: str
    tax_classes: tuple[str, ...]
    units: tuple[str, ...]
    price_modes: tuple[str, ...] = PRICE_MODES
    categories: tuple[CategoryInfo, ...] = ()  # the till's grid tabs, in their order


def catalog_setup(deps: Deps, actor: Actor) -> CatalogSetup:
    actor.require(Permission.INVENTORY_CATALOG_EDIT)
    with deps.store.read() as tx:
        company = tx.org.company()
        kind = tx.org.local_branch().kind
        grid = tuple(tx.catalog.categories())
    return CatalogSetup(
        may_write("product", kind),
        company.currency,
        tuple(sorted(deps.taxes.tax_classes(company.country))),
        tuple(UNITS),
        categories=grid,
    )


def catalog_products(deps: Deps, actor: Actor, text: str, limit: int = 200) -> list[ProductInfo]:
    """The products matching ``text`` (name in French or Arabic, SKU, barcode), or the
    first ``limit`` by SKU when ``text`` is empty."""
    actor.require(Permission.INVENTORY_CATALOG_EDIT)
    with deps.store.read() as tx:
        code = text.strip()
        if not code:
            return tx.catalog.products_by_sku(limit)
        product = tx.catalog.product_by_barcode(code)
        return (
            [product] if product else tx.catalog.products(tx.catalog.search_products(text, limit))
        )


def save_product(deps: Deps, actor: Actor, edit: ProductEdit) -> Done[ProductInfo]:
    """Creates or changes a product at head office and queues it for every branch, with
    its category and picture on the till's grid."""
    actor.require(Permission.INVENTORY_CATALOG_EDIT)
    picture = thumbnail_of(edit.picture) if edit.picture is not None else None  # off the tx
    with deps.store.transaction(actor.user_id) as tx:
        product = write_product(deps, tx, actor, edit)
        file_product(deps, tx, actor, product.id, picture, edit.remove_picture)
    return Done(product, frozenset({Changed.CATALOG, Changed.OUTBOX}))


def write_product(deps: Deps, tx: UnitOfWork, actor: Actor, edit: ProductEdit) -> ProductInfo:
    """The product checked, written and queued in the caller's transaction (the import's
    too); its category set unless the edit keeps it."""
    refusal = write_refusal("product", tx.org.local_branch().kind)
    if refusal is not None:
        raise refusal
    company = tx.org.company()
    product = _checked(edit, company.currency, deps.taxes.tax_classes(company.country))
    _check_unique(tx, product)
    before = tx.catalog.product(product.id) if edit.product_id is not None else None
    codes = tuple(dict.fromkeys((*(before.barcodes if before else ()), *product.barcodes)))
    product = ProductInfo(
        product.id,
        product.sku,
        product.name,
        product.name_ar,
        product.unit,
        product.price_minor,
        product.currency,
        product.price_mode,
        product.tax_class,
        product.reorder_point,
        codes,
    )
    tx.catalog.save_product(product, deps.now())
    if edit.category_id != KEEP:
        if edit.category_id is not None and all(
            c.id != edit.category_id for c in tx.catalog.categories()
        ):
            raise ValidationError(
                "common.invalid_value", field="category", value=str(edit.category_id)
            )
        tx.catalog.set_product_category(product.id, edit.category_id, deps.now())
    category, _media, _picture = tx.catalog.product_grid_place(product.id)
    queue(deps, tx, "product", product.id, product_payload(product, category), actor.user_id)
    return product


def product_payload(product: ProductInfo, category_id: UUID | None = None) -> dict[str, object]:
    return {
        "id": str(product.id),
        "sku": product.sku,
        "name": product.name,
        "name_ar": product.name_ar,
        "unit": product.unit,
        "price_minor": product.price_minor,
        "currency": product.currency,
        "price_mode": product.price_mode,
        "tax_class": product.tax_class,
        "reorder_point_milli": int(product.reorder_point.scaleb(3)),
        "barcodes": [{"barcode": code} for code in product.barcodes],
        "category_id": str(category_id) if category_id else None,
    }


def _checked(edit: ProductEdit, currency: str, tax_classes: frozenset[str]) -> ProductInfo:
    fields = {
        "sku": edit.sku.strip(),
        "name": edit.name.strip(),
        "name_ar": edit.name_ar.strip(),
        "unit": edit.unit.strip(),
        "tax_class": edit.tax_class.strip(),
    }
    for field, value in fields.items():
        if not value:
            raise ValidationError("common.required", field=field)
    if fields["unit"] not in UNITS:
        raise ValidationError("quantity.unknown_unit", unit=fields["unit"])
    if fields["tax_class"] not in tax_classes:
        raise ValidationError("common.invalid_value", field="tax_class", value=edit.tax_class)
    if edit.price_mode not in PRICE_MODES:
        raise ValidationError("common.invalid_value", field="price_mode", value=edit.price_mode)
    try:
        price = Money.of(edit.price, currency)
    except (InvalidOperation, ValueError):
        raise ValidationError(
            "common.invalid_value", field="price", value=str(edit.price)
        ) from None
    if edit.price < 0 or price.amount != edit.price:  # never rounded behind the user's back
        raise ValidationError("common.invalid_value", field="price", value=str(edit.price))
    reorder = quantity(edit.reorder_point, fields["unit"])
    if reorder < 0:
        raise ValidationError("quantity.invalid", quantity=str(edit.reorder_point))
    code = edit.barcode.strip()
    if code and not is_valid_gtin(code):
        raise ValidationError("barcodes.invalid", code=code)
    return ProductInfo(
        edit.product_id or new_id(),
        fields["sku"],
        fields["name"],
        fields["name_ar"],
        fields["unit"],
        price.to_minor(),
        currency,
        edit.price_mode,
        fields["tax_class"],
        reorder,
        (code,) if code else (),
    )


checked_product = _checked  # one product's fields checked as the editor checks them (shop setup)


def _check_unique(tx: ReadView, product: ProductInfo) -> None:
    """A SKU or a barcode names one product: another product's is refused."""
    same_sku = tx.catalog.product_by_sku(product.sku)
    if same_sku is not None and same_sku.id != product.id:
        raise ConflictError("common.invalid_value", field="sku", value=product.sku)
    for code in product.barcodes:
        owner = tx.catalog.product_by_barcode(code)
        if owner is not None and owner.id != product.id and code in owner.barcodes:
            raise ConflictError("common.invalid_value", field="barcode", value=code)
