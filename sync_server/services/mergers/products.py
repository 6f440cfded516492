"""Products (the catalog and its prices) edited in head office's client and pushed from
its replica; accepted from the head-office site alone (``services.ownership``), sent down
to every branch by the change log. The CSV import (``services.headoffice``) stays for bulk.

The checks are the import's: the fields a till needs, a price mode it knows, a tax class
of the company's tax catalog, valid barcodes. A SKU or a barcode is one product's: another
product's is refused, never moved.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from erp_desktop.kernel.barcodes import is_valid_gtin
from erp_desktop.kernel.errors import ConflictError, NotFound, ValidationError
from erp_desktop.kernel.protocol.envelope import Change
from sync_server.db.catalog_pictures import category_exists
from sync_server.db.engine import act_as
from sync_server.db.mergers import head_office as rows
from sync_server.services.headoffice import PRICE_MODES, tax_classes_of
from sync_server.services.mergers.base import MergeContext

Payload = Mapping[str, Any]


class ProductMerger:
    entity = "product"

    def checks(self, ctx: MergeContext, changes: Sequence[Change]) -> Callable[[Change], Payload]:
        known = tax_classes_of(ctx.conn)

        def check(change: Change) -> Payload:
            p = change.payload
            for field in ("sku", "name", "name_ar", "unit", "tax_class"):
                if not str(p[field]).strip():
                    raise ValidationError("common.required", field=field)
            if p["price_minor"] < 0:
                raise ValidationError(
                    "common.invalid_value", field="price", value=str(p["price_minor"])
                )
            if p["price_mode"] not in PRICE_MODES:
                raise ValidationError(
                    "common.invalid_value", field="price_mode", value=p["price_mode"]
                )
            if known is not None and p["tax_class"] not in known:
                raise ValidationError(
                    "common.invalid_value", field="tax_class", value=p["tax_class"]
                )
            for line in p["barcodes"]:
                if not is_valid_gtin(line["barcode"]):
                    raise ValidationError("barcodes.invalid", code=line["barcode"])
            category = p.get("category_id")
            if category is not None and not category_exists(ctx.conn, category):
                raise NotFound("common.not_found", entity="category", id=category)
            return p

        return check

    def write(self, ctx: MergeContext, checked: Sequence[tuple[Change, Payload]]) -> None:
        for change, p in checked:  # in the batch's order: a later edit wins
            act_as(ctx.conn, change.actor_id)
            same_sku = rows.product_with_sku(ctx.conn, p["sku"])
            if same_sku is not None and str(same_sku) != p["id"]:
                raise ConflictError("common.invalid_value", field="sku", value=p["sku"])
            codes = [line["barcode"] for line in p["barcodes"]]
            for code, owner in rows.owners_of_barcodes(ctx.conn, codes).items():
                if str(owner) != p["id"]:
                    raise ConflictError("common.invalid_value", field="barcode", value=code)
            rows.save_product(ctx.conn, p, codes)
