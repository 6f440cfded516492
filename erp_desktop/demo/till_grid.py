"""The demo's touch-till grid: the catalog filed under seven categories, a pictogram for
the first article of each kind (what head office's pictures look like on a till), and the
fresh produce sold by weight starred on register C1 (keyed without a barcode)."""

from __future__ import annotations

import colorsys
import io
from collections.abc import Sequence
from datetime import datetime
from uuid import UUID

from PIL import Image, ImageDraw
from sqlalchemy import Connection, insert, update

from erp_desktop.app.till.grid import favourites_key
from erp_desktop.demo.names import ITEMS
from erp_desktop.kernel.ids import new_id
from erp_desktop.storage.repositories.org import write_setting
from erp_desktop.storage.seed import ProductSeed
from erp_desktop.storage.tables.catalog import categories, product_images, products

# (French, Arabic, the kinds of ITEMS it holds, by index)
CATEGORIES: tuple[tuple[str, str, range], ...] = (
    ("Épicerie", "بقالة", range(0, 20)),
    ("Boissons", "مشروبات", range(20, 23)),
    ("Crèmerie", "منتجات الألبان", range(23, 26)),
    ("Hygiène et entretien", "النظافة والتنظيف", range(26, 33)),
    ("Fruits et légumes", "خضر وفواكه", range(33, 40)),
    ("Boucherie et fromages", "لحوم وأجبان", range(40, 43)),
    ("Électroménager", "أجهزة كهربائية", range(43, 46)),
)


def pictogram(kind: int, side: int = 96) -> bytes:
    """A rounded tile in the kind's colour with its initials: a stand-in for a photo."""
    hue = (kind * 0.137) % 1.0
    red, green, blue = (int(c * 255) for c in colorsys.hsv_to_rgb(hue, 0.55, 0.85))
    image = Image.new("RGB", (side, side), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((4, 4, side - 5, side - 5), radius=18, fill=(red, green, blue))
    initials = "".join(word[0] for word in ITEMS[kind][0].split()[:2]).upper()
    draw.text((side / 2, side / 2), initials, fill=(255, 255, 255), anchor="mm", font_size=34)
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


def seed_till_grid(
    conn: Connection, now: datetime, catalog: Sequence[ProductSeed], register_id: UUID
) -> None:
    stamps = {"created_at": now, "updated_at": now, "deleted_at": None}
    category_of_kind: dict[int, UUID] = {}
    for position, (name, name_ar, kinds) in enumerate(CATEGORIES):
        category = new_id()
        conn.execute(
            insert(categories).values(
                id=category, name=name, name_ar=name_ar, position=position, **stamps
            )
        )
        category_of_kind.update(dict.fromkeys(kinds, category))
    by_category: dict[UUID, list[UUID]] = {}
    for n, product in enumerate(catalog):
        by_category.setdefault(category_of_kind[n % len(ITEMS)], []).append(product.id)
    for category, ids in by_category.items():
        for start in range(0, len(ids), 900):
            conn.execute(
                update(products)
                .where(products.c.id.in_(ids[start : start + 900]))
                .values(category_id=category)
            )
    for kind, product in enumerate(catalog[: len(ITEMS)]):
        conn.execute(
            insert(product_images).values(
                id=new_id(),
                product_id=product.id,
                media_type="image/png",
                thumbnail=pictogram(kind),
                **stamps,
            )
        )
    weighed = [p.id for n, p in enumerate(catalog[: len(ITEMS) * 2]) if ITEMS[n % len(ITEMS)][5]]
    write_setting(conn, favourites_key(register_id), [str(i) for i in weighed[:12]], now)
