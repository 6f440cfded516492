"""Head office files a product for the touch till's grid in its editor (issue 17): a category
made and placed among the tabs, the product filed under it with a picture cut down to the
till's thumbnail, both queued for the server with the product; a picture removed is queued
as removed; an edit that says nothing of the category keeps it; a branch may do none of it."""

from __future__ import annotations

import base64
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from erp_desktop.app.catalog_editing import catalog_setup, save_product
from erp_desktop.app.catalog_grid import CategoryEdit, grid_place, save_category, thumbnail_of
from erp_desktop.app.till.grid import category_tiles
from erp_desktop.kernel.errors import ErpError
from tests.builders import Branch, build_branch
from tests.desktop.test_head_office_catalog import harissa, make_head_office, queued


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Branch]:
    built = build_branch(tmp_path, "HO", stock=0)
    make_head_office(built)
    yield built
    built.replica.close()


def photo(width: int, height: int, mode: str = "RGB") -> bytes:
    out = io.BytesIO()
    colour: Any = (200, 60, 30, 128) if mode == "RGBA" else (200, 60, 30)
    Image.new(mode, (width, height), colour).save(out, "PNG" if mode == "RGBA" else "JPEG")
    return out.getvalue()


def test_a_supplier_photo_is_cut_down_to_the_tills_thumbnail() -> None:
    big = photo(2400, 1600)
    small = thumbnail_of(big)
    assert small.media_type == "image/jpeg" and len(small.thumbnail) < min(32768, len(big))
    assert Image.open(io.BytesIO(small.thumbnail)).size == (128, 85)
    clear = thumbnail_of(photo(300, 300, "RGBA"))  # transparency kept: PNG
    assert clear.media_type == "image/png"
    with pytest.raises(ErpError) as refused:
        thumbnail_of(b"GIF89a but not really", "faux.gif")
    assert (refused.value.code, refused.value.params) == (
        "common.invalid_value",
        {"field": "picture", "value": "faux.gif"},
    )


def test_head_office_files_a_product_under_a_new_category_with_a_picture(
    office: Branch,
) -> None:
    admin = office.actor("admin")
    spices, changes = save_category(office.deps, admin, CategoryEdit(None, "Épices", "توابل", 3))
    assert changes
    assert [c.name for c in catalog_setup(office.deps, admin).categories] == ["Épices"]
    product, _ = save_product(
        office.deps, admin, harissa(category_id=spices.id, picture=photo(1600, 1200))
    )
    assert queued(office, "category") == [
        {"id": str(spices.id), "name": "Épices", "name_ar": "توابل", "position": 3}
    ]
    assert queued(office, "product")[-1]["category_id"] == str(spices.id)
    [image] = queued(office, "product_image")
    assert image["product_id"] == str(product.id) and image["removed"] is False
    sent = Image.open(io.BytesIO(base64.b64decode(image["thumbnail"])))
    assert sent.size == (128, 96)
    place = grid_place(office.deps, admin, product.id)
    assert place.category_id == spices.id and place.picture is not None
    # the grid of head office's own till shows it as a branch's will
    [tile] = category_tiles(office.deps, office.actor("manager"), spices.id)
    assert tile.product.sku == "HARISSA" and tile.thumbnail == place.picture.thumbnail

    # a price change that says nothing of the grid keeps the tab and the picture
    save_product(office.deps, admin, harissa(product_id=product.id, price=200))
    assert grid_place(office.deps, admin, product.id) == place
    # moved out of every tab, the picture removed: queued as removed
    save_product(
        office.deps, admin, harissa(product_id=product.id, category_id=None, remove_picture=True)
    )
    assert grid_place(office.deps, admin, product.id).category_id is None
    assert grid_place(office.deps, admin, product.id).picture is None
    removed = queued(office, "product_image")[-1]
    assert (removed["removed"], removed["thumbnail"], removed["id"]) == (True, None, image["id"])
    assert queued(office, "product")[-1]["category_id"] is None


def test_a_category_name_is_one_categorys_and_a_bad_edit_is_refused(office: Branch) -> None:
    admin = office.actor("admin")
    first, _ = save_category(office.deps, admin, CategoryEdit(None, "Boissons", "مشروبات"))
    with pytest.raises(ErpError) as twice:
        save_category(office.deps, admin, CategoryEdit(None, "boissons", "مشروبات 2"))
    assert twice.value.params == {"field": "category", "value": "boissons"}
    moved, _ = save_category(office.deps, admin, CategoryEdit(first.id, "Boissons", "مشروبات", 7))
    assert moved.position == 7 and len(queued(office, "category")) == 2
    with pytest.raises(ErpError) as unnamed:
        save_category(office.deps, admin, CategoryEdit(None, " ", "س"))
    assert unnamed.value.code == "common.required"
    with pytest.raises(ErpError) as unknown:
        save_product(office.deps, admin, harissa(category_id=office.products[0]))
    assert unknown.value.params["field"] == "category"
    with pytest.raises(ErpError):
        save_product(office.deps, admin, harissa(picture=b"not a picture"))
    assert queued(office, "product") == [] and queued(office, "product_image") == []


def test_a_branch_files_nothing_on_the_grid(tmp_path: Path) -> None:
    branch = build_branch(tmp_path)
    try:
        with pytest.raises(ErpError) as refused:
            save_category(
                branch.deps, branch.actor("admin"), CategoryEdit(None, "Boissons", "مشروبات")
            )
        assert refused.value.code == "sync.owned_by_head_office"
        with pytest.raises(ErpError):
            save_category(branch.deps, branch.actor("cashier"), CategoryEdit(None, "B", "ب"))
    finally:
        branch.replica.close()
