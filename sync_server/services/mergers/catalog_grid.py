"""The till's grid as head office's client files its products (issue 17): categories (the
grid's tabs, in their place) and a product's one picture, pushed from head office's replica
and accepted from the head-office site alone (``services.ownership``); the change log sends
both down to every branch.

The client cuts a picture down to a thumbnail before it leaves the PC; the server checks it
again as the CLI's pictures are checked (a JPEG or PNG Pillow reads, 128 pixels a side at
most, 32 KiB at most), so that no photo reaches 50,000 tills' replicas. A category's name
is one category's: another category's is refused, never taken over.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Callable, Mapping, Sequence
from typing import Any
from uuid import UUID

from PIL import Image, UnidentifiedImageError

from erp_desktop.kernel.errors import ConflictError, NotFound, ValidationError
from erp_desktop.kernel.protocol.envelope import Change
from sync_server.db import catalog_pictures as rows
from sync_server.db.engine import act_as
from sync_server.services.catalog_pictures import THUMBNAIL_SIDE
from sync_server.services.mergers.base import MergeContext

Payload = Mapping[str, Any]
MEDIA_TYPES = {"image/jpeg": "JPEG", "image/png": "PNG"}


class CategoryMerger:
    entity = "category"

    def checks(self, ctx: MergeContext, changes: Sequence[Change]) -> Callable[[Change], Payload]:
        def check(change: Change) -> Payload:
            p = change.payload
            for field in ("name", "name_ar"):
                if not str(p[field]).strip():
                    raise ValidationError("common.required", field=field)
            if not 0 <= p["position"] <= 999:
                raise ValidationError(
                    "common.invalid_value", field="position", value=str(p["position"])
                )
            return p

        return check

    def write(self, ctx: MergeContext, checked: Sequence[tuple[Change, Payload]]) -> None:
        for change, p in checked:  # in the batch's order: a later edit wins
            act_as(ctx.conn, change.actor_id)
            owner = rows.category_named(ctx.conn, p["name"])
            if owner is not None and str(owner) != p["id"]:
                raise ConflictError("common.invalid_value", field="category", value=p["name"])
            rows.save_category_of_id(ctx.conn, p["id"], p["name"], p["name_ar"], p["position"])


def checked_thumbnail(p: Payload) -> bytes:
    """The pushed thumbnail's bytes, once it is a small JPEG or PNG as the grid shows."""
    refused = ValidationError("common.invalid_value", field="picture", value=p["product_id"])
    if p["media_type"] not in MEDIA_TYPES or p["thumbnail"] is None:
        raise refused
    data = base64.b64decode(p["thumbnail"])
    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except (UnidentifiedImageError, OSError, ValueError):
        raise refused from None
    if image.format != MEDIA_TYPES[p["media_type"]] or max(image.size) > THUMBNAIL_SIDE:
        raise refused
    return data


class ProductImageMerger:
    entity = "product_image"

    def checks(self, ctx: MergeContext, changes: Sequence[Change]) -> Callable[[Change], Payload]:
        def check(change: Change) -> Payload:
            p = change.payload
            if not rows.product_exists(ctx.conn, p["product_id"]):
                raise NotFound("common.not_found", entity="product", id=p["product_id"])
            if not p["removed"]:
                checked_thumbnail(p)
            return p

        return check

    def write(self, ctx: MergeContext, checked: Sequence[tuple[Change, Payload]]) -> None:
        for change, p in checked:  # in the batch's order: the last picture stays
            act_as(ctx.conn, change.actor_id)
            if p["removed"]:
                rows.remove_product_image(ctx.conn, p["product_id"])
            else:
                data = base64.b64decode(p["thumbnail"])
                product = UUID(p["product_id"])
                rows.save_product_image(ctx.conn, product, p["media_type"], data)
