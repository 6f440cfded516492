"""Head office files products under categories and gives them pictures; the next pull brings
both to a branch's replica over real HTTP, and the till's grid reads them: the category's
tab, its products, a thumbnail cut down at head office (never the photo itself)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import Engine, text

from erp_desktop.app.changes import Changed
from erp_desktop.app.till.grid import category_tiles, till_grid
from erp_desktop.kernel.errors import NotFound, ValidationError
from erp_desktop.sync.client import SyncClient
from erp_desktop.sync.runner import enroll_device, synchronize
from sync_server.db.engine import unit_of_work
from sync_server.services import catalog_pictures, headoffice
from tests.builders import Branch, build_branch
from tests.server.helpers import head_office_for, running_server


@pytest.fixture(scope="module")
def enrolled(
    engine: Engine, pg_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Branch]:
    branch = build_branch(Path(tmp_path_factory.mktemp("alger")))
    head_office_for(engine, branch)
    with running_server(pg_url) as url:
        _device, token = headoffice.add_device(engine, "ALG01", "till ALG01")
        client = SyncClient(url)
        enroll_device(branch.deps, client, token)
        client.close()
        synchronize(branch.deps)
        yield branch
    branch.replica.close()


def _photo(width: int = 1600, height: int = 1200) -> bytes:
    """A supplier's photo: far too big for a till."""
    image = Image.new("RGB", (width, height), (198, 40, 40))
    for x in range(0, width, 40):
        for y in range(0, height, 40):
            image.putpixel((x, y), (255, 255, 255))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=95)
    return out.getvalue()


def test_a_category_and_a_picture_come_down_to_the_till(enrolled: Branch, engine: Engine) -> None:
    with unit_of_work(engine, head_office=True) as conn:
        skus = conn.execute(text("SELECT sku FROM inventory.products ORDER BY sku")).scalars().all()
    photo = _photo()
    assert len(photo) > 50_000
    catalog_pictures.file_under_category(engine, list(skus[:3]), "Épicerie", "بقالة", 1)
    catalog_pictures.set_product_picture(engine, skus[0], photo)
    with unit_of_work(engine, head_office=True) as conn:
        stored = conn.execute(
            text("SELECT octet_length(thumbnail), media_type FROM inventory.product_images")
        ).one()
    assert stored[0] < 32768 and stored[1] == "image/jpeg"

    report = synchronize(enrolled.deps)
    assert Changed.CATALOG in report.changes

    cashier = enrolled.actor("cashier")
    grid = till_grid(enrolled.deps, cashier)
    assert [(c.name, c.name_ar, c.position) for c in grid.categories] == [("Épicerie", "بقالة", 1)]
    tiles = category_tiles(enrolled.deps, cashier, grid.categories[0].id)
    assert sorted(t.product.sku for t in tiles) == sorted(skus[:3])
    pictured = next(t for t in tiles if t.product.sku == skus[0])
    assert pictured.media_type == "image/jpeg" and pictured.thumbnail is not None
    thumbnail = Image.open(io.BytesIO(pictured.thumbnail))
    assert max(thumbnail.size) == 128 and thumbnail.size == (128, 96)  # the photo's shape
    assert all(t.thumbnail is None for t in tiles if t.product.sku != skus[0])

    # a new picture replaces the old one, on the server and on the till
    catalog_pictures.set_product_picture(engine, skus[0], _photo(300, 600))
    synchronize(enrolled.deps)
    tiles = category_tiles(enrolled.deps, cashier, grid.categories[0].id)
    again = next(t for t in tiles if t.product.sku == skus[0])
    assert again.thumbnail is not None
    assert Image.open(io.BytesIO(again.thumbnail)).size == (64, 128)


def test_what_is_not_a_picture_or_not_a_product_is_refused(
    engine: Engine, enrolled: Branch
) -> None:
    with pytest.raises(ValidationError):
        catalog_pictures.set_product_picture(engine, "SKU0000", b"not an image")
    with pytest.raises(NotFound):
        catalog_pictures.set_product_picture(engine, "NO-SUCH-SKU", _photo(10, 10))
    with pytest.raises(ValidationError):
        catalog_pictures.file_under_category(engine, [], " ", "بقالة")


def test_a_branch_session_may_not_write_a_picture(engine: Engine, enrolled: Branch) -> None:
    """Head-office data: a branch's scope reads pictures and categories, never writes them."""
    with (
        pytest.raises(Exception, match=r"row-level security|policy"),
        unit_of_work(engine, branch_id=enrolled.branch_id) as conn,
    ):
        conn.execute(
            text(
                "INSERT INTO inventory.categories (id, name, name_ar) "
                "VALUES (gen_random_uuid(), 'X', 'س')"
            )
        )
