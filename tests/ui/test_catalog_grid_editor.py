"""Head office's product editor files the product for the touch till's grid (issue 17): a
category made in its small dialog and chosen, a picture chosen from a file (the dialog
replaced by a path in tests) and shown, saved and queued; reopened, the editor shows the
category and the picture, and removes it; the catalog page imports a file with categories
and pictures, or names each bad line."""

from __future__ import annotations

import csv
from pathlib import Path

from PIL import Image
from pytestqt.qtbot import QtBot

from erp_desktop.storage.outbox import pending_changes
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.product_editor_dialog import ProductEditorDialog
from tests.builders import Branch
from tests.ui.conftest import settle
from tests.ui.test_catalog_editor import catalog_page, fill, office, office_ctx

__all__ = ["office", "office_ctx"]  # the head office's replica and screens, shared


def queued(site: Branch, entity: str) -> list[dict[str, object]]:
    with site.replica.read() as conn:
        return [r["payload"] for r in pending_changes(conn, 100) if r["entity"] == entity]


def test_the_editor_files_a_product_under_a_new_category_with_a_chosen_picture(
    qtbot: QtBot, office_ctx: UiContext, office: Branch, tmp_path: Path
) -> None:
    view = catalog_page(qtbot, office_ctx, office)
    view.table.selectRow(0)
    dialog = view.edit_selected()
    assert isinstance(dialog, ProductEditorDialog)
    settle(qtbot, office_ctx)
    grid = dialog.grid
    assert grid.loaded and grid.category.currentData() is None
    assert not grid.remove.isEnabled() and not grid.edit_category.isEnabled()

    made = grid.open_category(None)
    made.name.setText("Épicerie")
    made.name_ar.setText("بقالة")
    made.position.setValue(2)
    made.save()
    qtbot.waitUntil(lambda: made.saved is not None, timeout=10000)
    assert grid.category.currentText() == "Épicerie" and grid.edit_category.isEnabled()

    Image.new("RGB", (1000, 800), (200, 30, 30)).save(tmp_path / "harissa.jpg", "JPEG")
    grid.ask_path = lambda: str(tmp_path / "harissa.jpg")
    assert grid.choose.isEnabled() and grid.choose_picture()
    shown = grid.preview.pixmap()
    assert not shown.isNull() and max(shown.width(), shown.height()) == 128
    assert grid.remove.isEnabled()
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=10000)
    settle(qtbot, office_ctx)
    [category] = queued(office, "category")
    assert (category["name"], category["position"]) == ("Épicerie", 2)
    assert queued(office, "product")[-1]["category_id"] == category["id"]
    assert len(queued(office, "product_image")) == 1

    view.table.selectRow(0)
    again = view.edit_selected()
    assert isinstance(again, ProductEditorDialog)
    settle(qtbot, office_ctx)
    assert again.grid.category.currentText() == "Épicerie"
    assert not again.grid.preview.pixmap().isNull() and again.grid.remove.isEnabled()
    again.grid.remove.click()
    assert again.grid.preview.pixmap().isNull() and not again.grid.remove.isEnabled()
    again.save()
    qtbot.waitUntil(lambda: again.saved is not None, timeout=10000)
    settle(qtbot, office_ctx)
    assert queued(office, "product_image")[-1]["removed"] is True


def test_a_file_that_is_no_picture_is_said_and_nothing_is_kept(
    qtbot: QtBot, office_ctx: UiContext, office: Branch, tmp_path: Path
) -> None:
    view = catalog_page(qtbot, office_ctx, office)
    dialog = view.open_editor(None)
    assert dialog is not None
    (tmp_path / "notes.jpg").write_text("not a picture")
    dialog.grid.ask_path = lambda: str(tmp_path / "notes.jpg")
    assert not dialog.grid.choose_picture()
    assert dialog.grid.picture is None and "notes.jpg" in dialog.grid.preview.text()
    fill(dialog, name="Sel", name_ar="ملح", sku="SEL", price="30")
    dialog.tax_class.setCurrentIndex(dialog.tax_class.findData("standard"))
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=10000)
    assert queued(office, "product_image") == []


def test_the_catalog_page_imports_a_file_or_names_its_bad_lines(
    qtbot: QtBot, office_ctx: UiContext, office: Branch, tmp_path: Path
) -> None:
    view = catalog_page(qtbot, office_ctx, office)
    Image.new("RGB", (400, 400), (20, 90, 160)).save(tmp_path / "eau.jpg", "JPEG")
    header = ["sku", "name", "name_ar", "price", "tax_class", "category", "picture"]
    bad = tmp_path / "bad.csv"
    with bad.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(
            [header, ["EAU", "Eau 1,5 L", "ماء", "35", "standard", "Boissons", "absent.jpg"]]
        )
    view.ask_import_path = lambda: str(bad)
    view.import_button.click()
    qtbot.waitUntil(lambda: view.import_report.isVisibleTo(view), timeout=10000)
    assert "2" in view.import_report.text() and "absent.jpg" in view.import_report.text()
    assert queued(office, "product") == []

    good = tmp_path / "good.csv"
    with good.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(
            [header, ["EAU", "Eau 1,5 L", "ماء", "35", "standard", "Boissons", "eau.jpg"]]
        )
    view.import_file(good)
    qtbot.waitUntil(lambda: bool(queued(office, "product")), timeout=10000)
    settle(qtbot, office_ctx)
    assert "1" in view.import_report.text() and view.import_button.isEnabled()
    assert [p["sku"] for p in queued(office, "product")] == ["EAU"]
    assert len(queued(office, "product_image")) == 1
