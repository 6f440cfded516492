"""The purchasing page at head office, real widgets offscreen (issue 14): a supplier saved
from the editor, a draft order sent and saved as a PDF, a supplier invoice entered from
the branch's order (prefilled with what arrived) and its match shown line by line, the
difference accepted, the payables aged and paid; the page in Arabic lays out right to
left."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableWidgetItem
from pytestqt.qtbot import QtBot

from erp_desktop.app.purchasing.orders import OrderDraft, OrderLineDraft, save_draft_order
from erp_desktop.kernel.ids import new_id
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.i18n import LanguageManager
from erp_desktop.ui.main_window import MainWindow
from erp_desktop.ui.purchasing.purchasing_view import PurchasingView
from erp_desktop.ui.tasks import TaskRunner
from tests.builders import PRODUCTS, Branch, build_branch
from tests.desktop.purchasing.flow import ordered_and_received, pulled
from tests.desktop.purchasing.helpers import give_supplier
from tests.desktop.test_head_office_catalog import make_head_office
from tests.ui.conftest import settle


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[tuple[Branch, Branch]]:
    keys = ["alg01", "alg02", "wh01", "wh02", "reg01", "reg02"]
    ids = {k: new_id() for k in (*keys, *(f"p{i}" for i in range(len(PRODUCTS))))}
    branch = build_branch(tmp_path / "b", "ALG01", stock=5, ids=ids)
    office = build_branch(tmp_path / "o", "ALG02", stock=0, ids=ids)
    make_head_office(office)
    yield branch, office
    branch.replica.close()
    office.replica.close()


@pytest.fixture
def office_ctx(
    qapp: QApplication, sites: tuple[Branch, Branch], tmp_path: Path
) -> Iterator[UiContext]:
    languages = LanguageManager(qapp, "DZ")
    languages.switch("fr")
    office = sites[1]
    context = UiContext(office.deps, TaskRunner("office"), languages, tmp_path, office.register_id)
    yield context
    languages.switch("fr")
    context.shutdown()


def page(
    qtbot: QtBot, ctx: UiContext, site: Branch, user: str = "admin"
) -> tuple[MainWindow, PurchasingView]:
    ctx.actor = site.actor(user)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.show_page("purchasing")
    settle(qtbot, ctx)
    view = window.pages["purchasing"]
    assert isinstance(view, PurchasingView)
    return window, view


def test_a_supplier_is_saved_from_the_editor_with_what_it_supplies(
    qtbot: QtBot, office_ctx: UiContext, sites: tuple[Branch, Branch]
) -> None:
    _branch, office = sites
    _window, view = page(qtbot, office_ctx, office)
    tab = view.suppliers
    assert tab.save_button.isEnabled()
    tab.edit(None)
    tab.code.setText("F010")
    tab.name.setText("Moulins du Sud")
    tab.name_ar.setText("مطاحن الجنوب")
    tab.legal_ids.setText("nif=408 020 000 150 039")
    tab.products.insertRow(0)
    for column, text in enumerate(("SKU0003", "FAR-25", "75,50", "6", "10")):
        tab.products.setItem(0, column, QTableWidgetItem(text))
    tab.save()
    settle(qtbot, office_ctx, 200)
    assert [s.code for s in tab.suppliers] == ["F010"]
    [made] = tab.suppliers
    assert made.products[0].last_price.amount == Decimal("75.50")
    assert made.products[0].pack == 10
    assert tab.model.rows[0][2] == "مطاحن الجنوب"


def test_an_invoice_from_the_branchs_order_is_matched_accepted_and_paid_on_screen(
    qtbot: QtBot, office_ctx: UiContext, sites: tuple[Branch, Branch], tmp_path: Path
) -> None:
    branch, office = sites
    supplier = give_supplier(branch, "F001", {0: "380.00", 1: "90.00"})
    give_supplier(office, "F001", {}, supplier=supplier)
    order, receipt = ordered_and_received(branch, supplier, {0: 20, 1: 10}, {0: 20, 1: 8})
    pulled(office, "purchase_order", order, branch.branch_id)
    pulled(office, "purchase_receipt", receipt, branch.branch_id)
    draft, _ = save_draft_order(
        office.deps,
        office.actor("admin"),
        OrderDraft(
            supplier.id,
            [OrderLineDraft(office.products[0], Decimal(5))],
            for_branch_id=branch.branch_id,
        ),
    )
    window, view = page(qtbot, office_ctx, office)
    assert view.keys == ["suppliers", "orders", "invoices", "payables", "returns"]

    orders = view.orders
    assert orders is not None
    row = [o.id for o in orders.orders].index(draft.id)
    orders.table.selectRow(row)
    orders.send_selected()
    settle(qtbot, office_ctx, 200)
    assert "envoy" in orders.status.text() or "sent" in orders.status.text(), orders.status.text()
    pdf = tmp_path / "order.pdf"
    orders.table.selectRow([o.id for o in orders.orders].index(draft.id))
    orders.save_pdf(pdf)
    settle(qtbot, office_ctx, 200)
    assert pdf.read_bytes().startswith(b"%PDF")

    invoices = view.invoices
    assert invoices is not None
    invoices.order.setCurrentIndex(invoices.order.findData(str(order.id)))
    settle(qtbot, office_ctx, 200)
    assert invoices.lines.item(1, 1).text() == "8"  # milk: 8 of 10 arrived
    invoices.lines.item(1, 2).setText("95,00")  # the supplier billed 95 for 90 ordered
    invoices.supplier_number.setText("FA-0117")
    invoices.enter_invoice()
    settle(qtbot, office_ctx, 200)
    [invoice] = invoices.invoices
    assert invoice.match == "blocked"
    invoices.table.selectRow(0)
    invoices.show_match(invoice)
    settle(qtbot, office_ctx, 200)
    assert [r[0] for r in invoices.match_model.rows] == ["1", "2"]
    assert invoices.match_model.bold_rows == frozenset({1})
    assert invoices.accept.isEnabled()
    invoices.accept_selected("new price list from 1 March")
    settle(qtbot, office_ctx, 200)
    assert invoices.invoices[0].match == "accepted"

    payables = view.payables
    assert payables is not None
    assert len(payables.model.rows) == 1
    payables.amount.setText("1000")
    payables.submit()
    settle(qtbot, office_ctx, 200)
    assert "SP" in payables.status.text(), payables.status.text()

    office_ctx.languages.switch("ar")
    settle(qtbot, office_ctx, 100)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft


@pytest.fixture
def branch_ctx(
    qapp: QApplication, sites: tuple[Branch, Branch], tmp_path: Path
) -> Iterator[UiContext]:
    languages = LanguageManager(qapp, "DZ")
    languages.switch("fr")
    branch = sites[0]
    context = UiContext(branch.deps, TaskRunner("branch"), languages, tmp_path, branch.register_id)
    yield context
    languages.switch("fr")
    context.shutdown()


def test_goods_are_sent_back_from_a_receipt_on_screen_and_the_return_saved_as_pdf(
    qtbot: QtBot, branch_ctx: UiContext, sites: tuple[Branch, Branch], tmp_path: Path
) -> None:
    branch, _office = sites
    supplier = give_supplier(branch, "F001", {0: "380.00", 1: "90.00"})
    _order, receipt = ordered_and_received(branch, supplier, {0: 20, 1: 10}, {0: 20, 1: 10})
    window, view = page(qtbot, branch_ctx, branch, "manager")
    tab = view.returns
    assert tab is not None and "returns" in view.keys
    assert tab.receipt.currentData() == str(receipt.id)
    assert tab.lines.rowCount() == 2 and _plain(tab.lines.item(1, 1).text()) == "10"
    tab.set_quantity(1, "abc")
    tab.submit()
    settle(qtbot, branch_ctx, 100)
    assert tab.status.text() and tab.returns == []
    tab.set_quantity(1, "12")  # more than the 10 received: the kernel's code, translated
    tab.submit()
    settle(qtbot, branch_ctx, 200)
    assert "12" in tab.status.text() and tab.returns == []
    tab.set_quantity(1, "4")
    tab.reason.setText("périmé")
    tab.submit()
    settle(qtbot, branch_ctx, 300)
    assert "ALG01-SR-2026-000001" in tab.status.text(), tab.status.text()
    [made] = tab.returns
    assert (made.total.amount, made.reason) == (Decimal(360), "périmé")
    assert tab.model.rows[0][0] == "ALG01-SR-2026-000001"
    assert _plain(tab.lines.item(1, 1).text()) == "6"  # 10 less the 4 sent back
    tab.table.selectRow(0)
    pdf = tmp_path / "return.pdf"
    tab.save_pdf(pdf)
    settle(qtbot, branch_ctx, 300)
    assert pdf.read_bytes().startswith(b"%PDF")

    branch_ctx.languages.switch("ar")
    settle(qtbot, branch_ctx, 100)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert tab.layoutDirection() == Qt.LayoutDirection.RightToLeft


def _plain(shown: str) -> str:
    """A figure without the isolation marks that keep it left to right in Arabic."""
    return shown.strip("\u2066\u2069")
