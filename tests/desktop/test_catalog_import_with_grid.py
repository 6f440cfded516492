"""Head office imports a file of products with their categories and pictures (issue 17): a
CSV or xlsx file beside a folder of photos; new categories made in the grid's order, each
picture cut down and queued, a known SKU changed rather than doubled; a bad file imports
nothing and names every bad line with its code."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest
from openpyxl import Workbook
from PIL import Image

from erp_desktop.app.catalog_grid import grid_place
from erp_desktop.app.catalog_import import import_catalog
from erp_desktop.app.changes import Changed
from tests.builders import Branch, build_branch
from tests.desktop.test_head_office_catalog import make_head_office, queued

HEADER = ["sku", "name", "name_ar", "price", "tax_class", "category", "category_ar", "picture"]


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Branch]:
    built = build_branch(tmp_path / "replica", "HO", stock=0)
    make_head_office(built)
    yield built
    built.replica.close()


def write_photo(path: Path, size: tuple[int, int] = (900, 600)) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", size, (10, 150, 60)).save(path, "JPEG")


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        csv.writer(out, delimiter=";").writerows([HEADER, *rows])
    return path


def test_a_file_of_products_with_categories_and_pictures_is_imported(
    office: Branch, tmp_path: Path
) -> None:
    write_photo(tmp_path / "photos" / "lait.jpg")
    write_photo(tmp_path / "sucre.png", (200, 400))
    known = office.products[0]
    with office.deps.store.read() as tx:
        sku = tx.catalog.product(known).sku
    path = write_csv(
        tmp_path / "catalogue.csv",
        [
            [
                "LAIT-1L",
                "Lait 1 L",
                "حليب 1 ل",
                "120,00",
                "standard",
                "Crèmerie",
                "ألبان",
                "photos/lait.jpg",
            ],
            ["SUCRE-KG", "Sucre", "سكر", "95.50", "standard", "Épicerie", "", "sucre.png"],
            ["BEURRE", "Beurre", "زبدة", "310", "standard", "Crèmerie", "ألبان", ""],
            [sku, "Renamed", "معدل", "10", "standard", "", "", ""],  # changed, out of the tabs
        ],
    )
    made = import_catalog(office.deps, office.actor("admin"), path)
    assert made.problems == ()
    assert (made.created, made.updated, made.categories, made.pictures) == (3, 1, 2, 2)
    assert made.changes == {Changed.CATALOG, Changed.OUTBOX}
    categories = {c["name"]: c for c in queued(office, "category")}
    assert categories["Crèmerie"]["name_ar"] == "ألبان" and categories["Crèmerie"]["position"] == 0
    assert (
        categories["Épicerie"]["name_ar"] == "Épicerie" and categories["Épicerie"]["position"] == 1
    )
    products = {p["sku"]: p for p in queued(office, "product")}
    assert products["LAIT-1L"]["category_id"] == products["BEURRE"]["category_id"]
    assert products["LAIT-1L"]["price_minor"] == 12000 and products[sku]["name"] == "Renamed"
    assert products[sku]["id"] == str(known) and products[sku]["category_id"] is None
    admin = office.actor("admin")
    lait = grid_place(office.deps, admin, office_id(office, "LAIT-1L"))
    assert lait.picture is not None
    assert Image.open(io.BytesIO(lait.picture.thumbnail)).size == (128, 85)
    assert len(queued(office, "product_image")) == 2


def office_id(office: Branch, sku: str) -> UUID:
    with office.deps.store.read() as tx:
        found = tx.catalog.product_by_sku(sku)
    assert found is not None
    return found.id


def test_every_bad_line_is_named_with_its_code_and_nothing_is_imported(
    office: Branch, tmp_path: Path
) -> None:
    (tmp_path / "not-a-picture.jpg").write_text("hello")
    write_photo(tmp_path / "ok.jpg")
    path = write_csv(
        tmp_path / "bad.csv",
        [
            ["A1", "Un", "واحد", "10", "standard", "Épicerie", "", "ok.jpg"],  # fine
            ["A2", "Deux", "اثنان", "10", "standard", "", "", "https://example.com/a.jpg"],
            ["A3", "Trois", "ثلاثة", "10", "standard", "", "", "/etc/passwd"],
            ["A4", "Quatre", "أربعة", "10", "standard", "", "", "../outside.jpg"],
            ["A5", "Cinq", "خمسة", "10", "standard", "", "", "missing.jpg"],
            ["A6", "Six", "ستة", "10", "standard", "", "", "not-a-picture.jpg"],
            ["A7", "Sept", "سبعة", "10", "standard", "", "فئة", ""],  # an Arabic name alone
            ["A8", "Huit", "ثمانية", "dix", "standard", "", "", ""],
            ["A9", "Neuf", "تسعة", "10", "standard", "", "", "C:\\photos\\a.jpg"],
        ],
    )
    made = import_catalog(office.deps, office.actor("admin"), path)
    assert made.changes == frozenset()
    assert [(p.line, p.error.code, p.error.params) for p in made.problems] == [
        (3, "setup.picture_not_a_file_name", {"file": "https://example.com/a.jpg"}),
        (4, "setup.picture_not_a_file_name", {"file": "/etc/passwd"}),
        (5, "setup.picture_not_a_file_name", {"file": "../outside.jpg"}),
        (6, "setup.picture_not_found", {"file": "missing.jpg"}),
        (7, "setup.picture_unreadable", {"file": "not-a-picture.jpg"}),
        (8, "common.required", {"field": "category"}),
        (9, "common.invalid_value", {"field": "price", "value": "dix"}),
        (10, "setup.picture_not_a_file_name", {"file": "C:\\photos\\a.jpg"}),
    ]
    assert queued(office, "product") == [] and queued(office, "category") == []


def test_an_xlsx_workbook_with_the_grid_columns_imports_too_and_the_wizard_refuses_them(
    office: Branch, tmp_path: Path
) -> None:
    from erp_desktop.app.shop_setup.product_file import read_product_file

    write_photo(tmp_path / "cafe.jpg")
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADER)
    sheet.append(["CAFE", "Café 250 g", "قهوة", 450, "standard", "Épicerie", "بقالة", "cafe.jpg"])
    book.save(tmp_path / "catalogue.xlsx")
    made = import_catalog(office.deps, office.actor("admin"), tmp_path / "catalogue.xlsx")
    assert (made.problems, made.created, made.categories, made.pictures) == ((), 1, 1, 1)
    # a shop set up alone has no grid of head office's: the wizard's file refuses the columns
    _products, problems = read_product_file(
        tmp_path / "catalogue.xlsx", "DZD", frozenset({"standard"})
    )
    assert problems[0].error.code == "setup.product_file_columns"
