"""Head office files its products under categories and gives each a picture, for the
touch till's product grid; both go down to every branch with the next pull.

A picture is cut down here to a thumbnail (128 pixels on its longer side, JPEG, or PNG
when it has transparency), so that 50,000 products with pictures still come down to a
till over a shop's line: the photo a supplier sent never leaves head office."""

from __future__ import annotations

import io
from uuid import UUID

from PIL import Image, UnidentifiedImageError

from erp_desktop.kernel.errors import NotFound, ValidationError
from sync_server.db import catalog_pictures as rows
from sync_server.db.engine import Engine, unit_of_work

THUMBNAIL_SIDE = 128
THUMBNAIL_BYTES = 32768  # the database refuses more (0023_product_pictures.sql)


def thumbnail_of(picture: bytes) -> tuple[str, bytes]:
    """(media type, bytes) of a small copy of ``picture`` (any format Pillow reads)."""
    try:
        image = Image.open(io.BytesIO(picture))
        image.load()
    except (UnidentifiedImageError, OSError, ValueError):
        raise ValidationError("common.invalid_value", field="picture", value="?") from None
    image.thumbnail((THUMBNAIL_SIDE, THUMBNAIL_SIDE))
    out = io.BytesIO()
    transparent = image.mode in ("RGBA", "LA") or (
        image.mode == "P" and "transparency" in image.info
    )
    if transparent:
        image.convert("RGBA").save(out, "PNG", optimize=True)
        media_type = "image/png"
    else:
        image.convert("RGB").save(out, "JPEG", quality=80, optimize=True)
        media_type = "image/jpeg"
    data = out.getvalue()
    if len(data) > THUMBNAIL_BYTES:
        raise ValidationError("common.invalid_value", field="picture", value=f"{len(data)} B")
    return media_type, data


def set_product_picture(engine: Engine, sku: str, picture: bytes) -> UUID:
    media_type, data = thumbnail_of(picture)
    with unit_of_work(engine, head_office=True) as conn:
        product = rows.product_of_sku(conn, sku)
        if product is None:
            raise NotFound("common.not_found", entity="product", id=sku)
        return rows.save_product_image(conn, product, media_type, data)


def file_under_category(
    engine: Engine, skus: list[str], name: str, name_ar: str, position: int = 0
) -> UUID:
    """Files the products of ``skus`` under the category ``name`` (created if new)."""
    name, name_ar = name.strip(), name_ar.strip()
    for field, value in (("name", name), ("name_ar", name_ar)):
        if not value:
            raise ValidationError("common.required", field=field)
    with unit_of_work(engine, head_office=True) as conn:
        category = rows.save_category(conn, name, name_ar, position)
        for sku in skus:
            product = rows.product_of_sku(conn, sku)
            if product is None:
                raise NotFound("common.not_found", entity="product", id=sku)
            rows.set_product_category(conn, product, category)
        return category
