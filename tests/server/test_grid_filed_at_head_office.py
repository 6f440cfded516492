"""Head office files a product for the till's grid in its own client (issue 17): a category
made in the editor, the product filed under it with a picture chosen from a file; pushed
over real HTTP, the server keeps the thumbnail (never the photo), and the branch's till
shows the tab, the product and the picture; a picture removed at head office leaves the
till's grid too. A branch pushing a category is refused: the grid is head office's."""

from __future__ import annotations

import io
from decimal import Decimal
from uuid import UUID

from PIL import Image
from sqlalchemy import Engine, text

from erp_desktop.app.catalog_editing import ProductEdit, save_product
from erp_desktop.app.catalog_grid import CategoryEdit, save_category
from erp_desktop.app.till.grid import category_tiles, till_grid
from erp_desktop.sync.runner import synchronize
from sync_server.db.engine import unit_of_work
from tests.builders import Branch
from tests.server.test_head_office_site import outbox_row, world

__all__ = ["world"]  # the module's sites, enrolled, shared with test_head_office_site


def photo(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (30, 120, 200)).save(out, "JPEG", quality=95)
    return out.getvalue()


def edit_of(site: Branch, product_id: UUID, **fields: object) -> ProductEdit:
    with site.deps.store.read() as tx:
        p = tx.catalog.product(product_id)
    values: dict[str, object] = {
        "product_id": p.id,
        "sku": p.sku,
        "name": p.name,
        "name_ar": p.name_ar,
        "unit": p.unit,
        "price": Decimal(p.price_minor).scaleb(-2),
        "tax_class": p.tax_class,
    }
    return ProductEdit(**{**values, **fields})  # type: ignore[arg-type]


def test_a_category_and_a_picture_chosen_at_head_office_reach_the_branch_till(
    world: tuple[Branch, Branch], engine: Engine
) -> None:
    alger, office = world
    admin = office.actor("admin")
    drinks, _ = save_category(office.deps, admin, CategoryEdit(None, "Boissons", "مشروبات", 2))
    product_id = alger.products[1]
    save_product(
        office.deps,
        admin,
        edit_of(office, product_id, category_id=drinks.id, picture=photo(1200, 900)),
    )
    pushed = synchronize(office.deps)
    assert pushed.rejected == 0 and pushed.accepted >= 3  # category, product, picture
    with unit_of_work(engine, head_office=True) as conn:
        size, media = conn.execute(
            text(
                "SELECT octet_length(thumbnail), media_type FROM inventory.product_images "
                "WHERE product_id = :p"
            ),
            {"p": product_id},
        ).one()
        filed = conn.execute(
            text("SELECT category_id FROM inventory.products WHERE id = :p"), {"p": product_id}
        ).scalar()
    assert size < 32768 and media == "image/jpeg" and filed == drinks.id

    synchronize(alger.deps)
    cashier = alger.actor("cashier")
    grid = till_grid(alger.deps, cashier)
    tab = next(c for c in grid.categories if c.id == drinks.id)
    assert (tab.name, tab.name_ar, tab.position) == ("Boissons", "مشروبات", 2)
    tiles = category_tiles(alger.deps, cashier, drinks.id)
    assert [t.product.id for t in tiles] == [product_id]
    assert tiles[0].thumbnail is not None
    assert Image.open(io.BytesIO(tiles[0].thumbnail)).size == (128, 96)

    # removed at head office: the till's tile shows no picture after the next pull
    save_product(office.deps, admin, edit_of(office, product_id, remove_picture=True))
    assert synchronize(office.deps).rejected == 0
    synchronize(alger.deps)
    tiles = category_tiles(alger.deps, cashier, drinks.id)
    assert [t.thumbnail for t in tiles] == [None]


def test_a_branch_pushing_a_category_is_refused(world: tuple[Branch, Branch]) -> None:
    alger, _office = world
    with alger.deps.store.transaction(None) as tx:  # a replica bent to push one anyway
        tx.outbox.queue_change(
            "category",
            UUID("01900000-0000-7000-8000-00000000c0de"),
            {
                "id": "01900000-0000-7000-8000-00000000c0de",
                "name": "Pirate",
                "name_ar": "قرصان",
                "position": 0,
            },
            alger.deps.hlc.now().encode(),
            alger.users["admin"],
            alger.deps.now(),
        )
    report = synchronize(alger.deps)
    assert report.rejected >= 1
    assert outbox_row(alger, "category")["error_code"] == "sync.owned_by_head_office"
    assert till_grid(alger.deps, alger.actor("cashier")).categories == [] or all(
        c.name != "Pirate" for c in till_grid(alger.deps, alger.actor("cashier")).categories
    )
