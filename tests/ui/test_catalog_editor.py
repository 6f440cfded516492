"""Head office's catalog screen: a product created and a price changed in the editor, shown
in the list and queued for the branches; a refusal shown in the dialog, which stays open; a
branch sees the catalog read-only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from erp_desktop.kernel.barcodes import make_ean13
from erp_desktop.storage.outbox import pending_changes
from erp_desktop.ui.catalog_view import CatalogView
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.i18n import LanguageManager
from erp_desktop.ui.main_window import MainWindow
from erp_desktop.ui.product_editor_dialog import ProductEditorDialog
from erp_desktop.ui.tasks import TaskRunner
from tests.builders import Branch, build_branch
from tests.desktop.test_head_office_catalog import make_head_office
from tests.ui.conftest import settle


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Branch]:
    built = build_branch(tmp_path, "HO", stock=0)
    make_head_office(built)
    yield built
    built.replica.close()


@pytest.fixture
def office_ctx(qapp: QApplication, office: Branch, tmp_path: Path) -> Iterator[UiContext]:
    languages = LanguageManager(qapp, "DZ")
    languages.switch("fr")
    context = UiContext(
        office.deps, TaskRunner("replica-test"), languages, tmp_path, office.register_id
    )
    yield context
    languages.switch("fr")
    context.shutdown()


def catalog_page(qtbot: QtBot, ctx: UiContext, site: Branch) -> CatalogView:
    ctx.actor = site.actor("admin")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.show_page("catalog")
    settle(qtbot, ctx)
    view = window.pages["catalog"]
    assert isinstance(view, CatalogView)
    settle(qtbot, ctx)
    return view


def fill(dialog: ProductEditorDialog, **fields: str) -> None:
    for name, value in fields.items():
        getattr(dialog, name).setText(value)


def queued_products(site: Branch) -> list[dict[str, object]]:
    with site.replica.read() as conn:
        return [r["payload"] for r in pending_changes(conn, 100) if r["entity"] == "product"]


def test_head_office_creates_a_product_in_the_editor_and_it_is_queued(
    qtbot: QtBot, office_ctx: UiContext, office: Branch
) -> None:
    view = catalog_page(qtbot, office_ctx, office)
    assert view.new_button.isEnabled() and not view.note.isVisibleTo(view)
    assert view.model.rowCount() == 10
    dialog = view.open_editor(None)
    assert dialog is not None
    fill(
        dialog,
        name="Harissa du Cap Bon 135 g",
        name_ar="هريسة الوطن القبلي 135 غ",
        sku="HARISSA",
        barcode=make_ean13("613999000001"),
        price="185,50",
        reorder_point="12",
    )
    dialog.tax_class.setCurrentIndex(dialog.tax_class.findData("standard"))
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=10000)
    settle(qtbot, office_ctx)
    assert [p["sku"] for p in queued_products(office)] == ["HARISSA"]
    assert queued_products(office)[0]["price_minor"] == 18550
    view.search.setText("harissa")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10000)
    assert view.model.rows[0][:3] == (
        "HARISSA",
        "Harissa du Cap Bon 135 g",
        "هريسة الوطن القبلي 135 غ",
    )


def test_a_new_price_typed_in_the_editor_replaces_the_old_one(
    qtbot: QtBot, office_ctx: UiContext, office: Branch
) -> None:
    view = catalog_page(qtbot, office_ctx, office)
    view.table.selectRow(0)
    dialog = view.edit_selected()
    assert dialog is not None
    assert (dialog.sku.text(), dialog.price.text()) == ("SKU0000", "450.00")
    fill(dialog, price="475")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=10000)
    assert dialog.saved is not None and dialog.saved.price_minor == 47500
    settle(qtbot, office_ctx)
    assert "475" in view.model.rows[0][3]


def test_a_refused_product_is_explained_in_the_dialog_which_stays_open(
    qtbot: QtBot, office_ctx: UiContext, office: Branch
) -> None:
    view = catalog_page(qtbot, office_ctx, office)
    dialog = view.open_editor(None)
    assert dialog is not None
    fill(dialog, name="Double", name_ar="مكرر", sku="SKU0001", price="10")
    dialog.save()
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=10000)
    assert "SKU0001" in dialog.error.text()
    assert dialog.isVisible() and dialog.saved is None
    assert queued_products(office) == []


def test_a_branch_sees_the_catalog_read_only(qtbot: QtBot, ctx: UiContext, branch: Branch) -> None:
    view = catalog_page(qtbot, ctx, branch)
    assert view.note.isVisibleTo(view)
    assert not view.new_button.isEnabled() and not view.edit_button.isEnabled()
    assert view.open_editor(None) is None
