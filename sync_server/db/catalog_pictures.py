"""Rows of the till's product grid kept at head office: categories, a product's category,
a product's picture. Written in head-office scope; the change-log triggers send them down."""

from __future__ import annotations

from uuid import UUID

from sqlalchemy import Connection, text

from erp_desktop.kernel.ids import new_id


def product_of_sku(conn: Connection, sku: str) -> UUID | None:
    return conn.execute(
        text("SELECT id FROM inventory.products WHERE sku = :sku"), {"sku": sku}
    ).scalar()


def save_category(conn: Connection, name: str, name_ar: str, position: int) -> UUID:
    """The category of that name (its Arabic name and place corrected), created if new."""
    return UUID(
        str(
            conn.execute(
                text(
                    "INSERT INTO inventory.categories AS c (id, name, name_ar, position) "
                    "VALUES (:id, :name, :name_ar, :position) ON CONFLICT (name) DO UPDATE "
                    "SET name_ar = excluded.name_ar, position = excluded.position, "
                    "updated_at = now() RETURNING id"
                ),
                {"id": new_id(), "name": name, "name_ar": name_ar, "position": position},
            ).scalar_one()
        )
    )


def set_product_category(conn: Connection, product_id: UUID, category_id: UUID) -> None:
    conn.execute(
        text(
            "UPDATE inventory.products SET category_id = :category, updated_at = now() "
            "WHERE id = :id AND category_id IS DISTINCT FROM :category"
        ),
        {"id": product_id, "category": category_id},
    )


def save_product_image(
    conn: Connection, product_id: UUID, media_type: str, thumbnail: bytes
) -> UUID:
    """The product's one picture, replaced by a new one."""
    return UUID(
        str(
            conn.execute(
                text(
                    "INSERT INTO inventory.product_images (id, product_id, media_type, thumbnail) "
                    "VALUES (:id, :product, :media_type, :thumbnail) ON CONFLICT (product_id) "
                    "DO UPDATE SET media_type = excluded.media_type, "
                    "thumbnail = excluded.thumbnail, deleted_at = NULL, updated_at = now() "
                    "RETURNING id"
                ),
                {
                    "id": new_id(),
                    "product": product_id,
                    "media_type": media_type,
                    "thumbnail": thumbnail,
                },
            ).scalar_one()
        )
    )


# --- pushed by head office's client (services/mergers/catalog_grid.py) -----------------------
def category_named(conn: Connection, name: str) -> UUID | None:
    return conn.execute(
        text("SELECT id FROM inventory.categories WHERE name = :name"), {"name": name}
    ).scalar()


def save_category_of_id(
    conn: Connection, category_id: str, name: str, name_ar: str, position: int
) -> None:
    """The category head office's replica made (by its id), or its new names and place."""
    conn.execute(
        text(
            "INSERT INTO inventory.categories AS c (id, name, name_ar, position) "
            "VALUES (:id, :name, :name_ar, :position) ON CONFLICT (id) DO UPDATE "
            "SET name = excluded.name, name_ar = excluded.name_ar, position = excluded.position, "
            "updated_at = now() WHERE (c.name, c.name_ar, c.position) IS DISTINCT FROM "
            "(excluded.name, excluded.name_ar, excluded.position)"
        ),
        {"id": category_id, "name": name, "name_ar": name_ar, "position": position},
    )


def category_exists(conn: Connection, category_id: str) -> bool:
    return bool(
        conn.execute(
            text("SELECT 1 FROM inventory.categories WHERE id = :id"), {"id": category_id}
        ).scalar()
    )


def product_exists(conn: Connection, product_id: str) -> bool:
    return bool(
        conn.execute(
            text("SELECT 1 FROM inventory.products WHERE id = :id"), {"id": product_id}
        ).scalar()
    )


def remove_product_image(conn: Connection, product_id: str) -> None:
    """The product's picture marked removed (kept: business rows are never deleted)."""
    conn.execute(
        text(
            "UPDATE inventory.product_images SET deleted_at = now(), updated_at = now() "
            "WHERE product_id = :product AND deleted_at IS NULL"
        ),
        {"product": product_id},
    )
