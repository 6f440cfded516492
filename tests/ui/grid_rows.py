"""Head office's grid rows (categories, a product's category, its picture) brought onto a
test replica the way a pull brings them: through the replica's appliers."""

from __future__ import annotations

import base64
from uuid import UUID

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QImage

from erp_desktop.kernel.ids import new_id
from tests.builders import Branch


def picture(color: str = "#c62828", side: int = 96) -> bytes:
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def pull_grid(
    branch: Branch, categories: dict[str, tuple[str, list[int]]], pictures: dict[int, bytes]
) -> dict[str, UUID]:
    """``categories``: French name -> (Arabic name, indexes of the builder's products);
    ``pictures``: product index -> image bytes. Returns the categories' ids by name."""
    ids: dict[str, UUID] = {}
    now = branch.deps.now()
    with branch.deps.store.transaction(None) as tx:
        for position, (name, (name_ar, members)) in enumerate(categories.items()):
            ids[name] = new_id()
            payload = {"id": str(ids[name]), "name": name, "name_ar": name_ar, "position": position}
            tx.sync.apply_remote("category", payload, now)
            for index in members:
                p = tx.catalog.product(branch.products[index])
                tx.sync.apply_remote(
                    "product",
                    {
                        "id": str(p.id),
                        "sku": p.sku,
                        "name": p.name,
                        "name_ar": p.name_ar,
                        "unit": p.unit,
                        "price_minor": p.price_minor,
                        "currency": p.currency,
                        "price_mode": p.price_mode,
                        "tax_class": p.tax_class,
                        "reorder_point_milli": int(p.reorder_point * 1000),
                        "scale_code": None,
                        "metadata": {},
                        "active": True,
                        "category_id": str(ids[name]),
                    },
                    now,
                )
        for index, data in pictures.items():
            tx.sync.apply_remote(
                "product_image",
                {
                    "id": str(new_id()),
                    "product_id": str(branch.products[index]),
                    "media_type": "image/png",
                    "thumbnail": base64.b64encode(data).decode("ascii"),
                },
                now,
            )
    return ids
