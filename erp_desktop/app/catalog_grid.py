"""Head office files its products for the touch till's grid from its own client: the
categories (the grid's tabs, in their place) and one small picture per product, queued for
the server in the same local transaction as the product and sent down to every branch.

A picture is cut down here to the thumbnail the server keeps (128 pixels on its longer side,
JPEG, or PNG when it has transparency, at most 32 KiB): the photo a supplier sent never
leaves head office's PC. The server checks the thumbnail again (``mergers/catalog_grid``).
"""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass
from uuid import UUID

from PIL import Image, UnidentifiedImageError

from erp_desktop.app.bridge import queue
from erp_desktop.app.changes import Changed, Done
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.ports import UnitOfWork
from erp_desktop.app.records import CategoryInfo
from erp_desktop.kernel.errors import ConflictError, ValidationError
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.ownership import write_refusal
from erp_desktop.kernel.permissions import Permission
from erp_desktop.kernel.protocol.readers import THUMBNAIL_BYTES

THUMBNAIL_SIDE = 128
PICTURE_FILE_BYTES = 20 * 1024 * 1024  # a photo straight off a camera, not a film


@dataclass(frozen=True, slots=True)
class Picture:
    """A product's thumbnail as the till's grid shows it."""

    media_type: str
    thumbnail: bytes


@dataclass(frozen=True, slots=True)
class GridPlace:
    """Where a product sits on the till's grid: its category (none: in no tab) and picture."""

    category_id: UUID | None
    picture: Picture | None


def thumbnail_of(picture: bytes, name: str = "?") -> Picture:
    """A small copy of ``picture`` (any format Pillow reads); ``name`` says which file in
    the error (``common.invalid_value``, field ``picture``)."""
    if not picture or len(picture) > PICTURE_FILE_BYTES:
        raise ValidationError("common.invalid_value", field="picture", value=name)
    try:
        image = Image.open(io.BytesIO(picture))
        image.load()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise ValidationError("common.invalid_value", field="picture", value=name) from None
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
        raise ValidationError("common.invalid_value", field="picture", value=name)
    return Picture(media_type, data)


def grid_place(deps: Deps, actor: Actor, product_id: UUID) -> GridPlace:
    """What the editor shows of a product: its category and its picture."""
    actor.require(Permission.INVENTORY_CATALOG_EDIT)
    with deps.store.read() as tx:
        category, media_type, thumbnail = tx.catalog.product_grid_place(product_id)
    return GridPlace(category, Picture(media_type, thumbnail) if thumbnail else None)


def categories(deps: Deps, actor: Actor) -> list[CategoryInfo]:
    actor.require(Permission.INVENTORY_CATALOG_EDIT)
    with deps.store.read() as tx:
        return tx.catalog.categories()


@dataclass(frozen=True, slots=True)
class CategoryEdit:
    """A new category (no id) or a category's names and place among the grid's tabs."""

    category_id: UUID | None
    name: str
    name_ar: str
    position: int = 0


def save_category(deps: Deps, actor: Actor, edit: CategoryEdit) -> Done[CategoryInfo]:
    actor.require(Permission.INVENTORY_CATALOG_EDIT)
    with deps.store.transaction(actor.user_id) as tx:
        made = write_category(deps, tx, actor, edit)
    return Done(made, frozenset({Changed.CATALOG, Changed.OUTBOX}))


def write_category(deps: Deps, tx: UnitOfWork, actor: Actor, edit: CategoryEdit) -> CategoryInfo:
    """The category written and queued, in the caller's transaction (the import's too)."""
    refusal = write_refusal("category", tx.org.local_branch().kind)
    if refusal is not None:
        raise refusal
    name, name_ar = edit.name.strip(), edit.name_ar.strip()
    for field, value in (("category", name), ("category_ar", name_ar)):
        if not value:
            raise ValidationError("common.required", field=field)
    if not 0 <= edit.position <= 999:
        raise ValidationError("common.invalid_value", field="position", value=str(edit.position))
    known = tx.catalog.categories()
    if any(c.name.casefold() == name.casefold() and c.id != edit.category_id for c in known):
        raise ConflictError("common.invalid_value", field="category", value=name)
    made = CategoryInfo(edit.category_id or new_id(), name, name_ar, edit.position)
    tx.catalog.save_category(made, deps.now())
    payload = {"id": str(made.id), "name": name, "name_ar": name_ar, "position": made.position}
    queue(deps, tx, "category", made.id, payload, actor.user_id)
    return made


def file_product(
    deps: Deps,
    tx: UnitOfWork,
    actor: Actor,
    product_id: UUID,
    picture: Picture | None,
    remove_picture: bool,
) -> bool:
    """The product's new picture (or its removal) written and queued; whether it changed."""
    now = deps.now()
    if picture is not None:
        image_id = tx.catalog.save_product_picture(
            product_id, picture.media_type, picture.thumbnail, now
        )
        encoded: str | None = base64.b64encode(picture.thumbnail).decode("ascii")
        media_type = picture.media_type
    elif remove_picture:
        removed = tx.catalog.remove_product_picture(product_id, now)
        if removed is None:
            return False
        image_id, encoded, media_type = removed, None, "image/jpeg"
    else:
        return False
    payload = {
        "id": str(image_id),
        "product_id": str(product_id),
        "media_type": media_type,
        "thumbnail": encoded,
        "removed": encoded is None,
    }
    queue(deps, tx, "product_image", image_id, payload, actor.user_id)
    return True
