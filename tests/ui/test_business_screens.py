"""The screens of selling to businesses, driven as a user would: a business customer made
in the editor (a bad NIF explained in the dialog, which stays open), a quote typed by SKU,
ordered, delivered in part from the quantities dialog, invoiced, credited and printed;
the list filtered by kind and status; the pages in Arabic run right to left."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from erp_desktop.ui.business_customer_dialog import terms_names
from erp_desktop.ui.business_customers_view import BusinessCustomersView
from erp_desktop.ui.business_documents_view import BusinessDocumentsView
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.main_window import MainWindow
from tests.builders import Branch
from tests.desktop.receivables_helpers import wholesale_customer
from tests.ui.conftest import settle


def _page(qtbot: QtBot, ctx: UiContext, branch: Branch, key: str) -> tuple[MainWindow, object]:
    ctx.actor = branch.actor("manager")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.show_page(key)
    settle(qtbot, ctx)
    return window, window.pages[key]


def _customer(qtbot: QtBot, ctx: UiContext, view: BusinessCustomersView) -> None:
    dialog = view.open_editor(None)
    assert dialog is not None
    dialog.name.setText("Restaurant El Bahdja")
    dialog.name_ar.setText("مطعم البهجة")
    dialog.ids["nif"].setText("123")  # too short
    dialog.billing.setPlainText("8 rue Ben Boulaïd, Alger")
    dialog.terms.setCurrentIndex(dialog.terms.findData("net:30"))
    dialog.credit_limit.setText("200 000,00")
    dialog.save()
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=10000)
    assert "nif" in dialog.error.text().lower() and dialog.isVisible()
    dialog.ids["nif"].setText("0000 1600 1234 567")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=10000)
    settle(qtbot, ctx)


def test_a_business_customer_is_made_in_the_editor_and_listed(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    _window, view = _page(qtbot, ctx, branch, "business_customers")
    assert isinstance(view, BusinessCustomersView)
    _customer(qtbot, ctx, view)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10000)
    assert view.model.rows[0][0] == "Restaurant El Bahdja"
    assert view.model.rows[0][1] == "NIF 000016001234567"
    assert view.model.rows[0][3] == terms_names()["net:30"]  # its words, not its code
    view.table.selectRow(0)
    again = view.edit_selected()
    assert again is not None and again.ids["nif"].text() == "000016001234567"
    assert again.terms.currentData() == "net:30"


def test_a_quote_goes_to_an_order_a_partial_delivery_an_invoice_and_a_credit_note(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    window, customers = _page(qtbot, ctx, branch, "business_customers")
    assert isinstance(customers, BusinessCustomersView)
    _customer(qtbot, ctx, customers)
    window.show_page("business_documents")
    view = window.pages["business_documents"]
    assert isinstance(view, BusinessDocumentsView)
    dialog = view.new_document("quote")
    assert dialog is not None
    settle(qtbot, ctx)
    assert dialog.customer.count() == 1
    dialog.code.setText("10*SKU0000")
    dialog.add_product()
    qtbot.waitUntil(lambda: len(dialog.lines) == 1, timeout=10000)
    dialog.code.setText("SKU0001")
    dialog.code_price.setText("95,50")  # agreed with this customer
    dialog.add_product()
    qtbot.waitUntil(lambda: len(dialog.lines) == 2, timeout=10000)
    assert dialog.lines[0][0].quantity == 10
    assert dialog.lines[1][0].unit_price == Decimal("95.50")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=10000)
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10000)
    view.table.selectRow(0)
    settle(qtbot, ctx)
    assert view.buttons["order"].isEnabled() and not view.buttons["deliver"].isEnabled()
    view.order_quote()
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=10000)
    # the newest first: the order
    view.table.selectRow(0)
    settle(qtbot, ctx)
    assert view.model.rows[0][0].startswith("ALG01-BC-")
    deliver = view.deliver_order()
    assert deliver is not None
    deliver.spins[1].setValue(0.0)  # the second article is backordered
    deliver.confirm()
    qtbot.waitUntil(lambda: deliver.saved is not None, timeout=10000)
    settle(qtbot, ctx)
    assert deliver.saved is not None and [ln.quantity for ln in deliver.saved.lines] == [10]
    with branch.deps.store.read() as tx:
        assert tx.business.reserved(branch.branch_id) == {branch.products[1]: Decimal(1)}
    view.kind.setCurrentIndex(view.kind.findData("sales_order"))
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10000)
    view.table.selectRow(0)
    settle(qtbot, ctx)
    assert view.detail is not None and view.detail.status == "partially_delivered"
    invoice = view.invoice_order()
    assert invoice is not None and len(invoice.spins) == 1  # only what was delivered
    invoice.confirm()
    qtbot.waitUntil(lambda: invoice.saved is not None, timeout=10000)
    settle(qtbot, ctx)
    view.kind.setCurrentIndex(view.kind.findData("customer_invoice"))
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10000)
    view.table.selectRow(0)
    settle(qtbot, ctx)
    credit = view.credit_invoice()
    assert credit is not None and credit.restock.isVisibleTo(credit)
    with branch.deps.store.read() as tx:
        warehouse = tx.org.default_warehouse(branch.branch_id)
        before = tx.stock.stock_position(warehouse, branch.products[0]).quantity
    credit.spins[0].setValue(2.0)
    credit.restock.setChecked(True)  # the two come back to the shelf
    credit.confirm()
    qtbot.waitUntil(lambda: credit.saved is not None, timeout=10000)
    settle(qtbot, ctx)
    with branch.deps.store.read() as tx:
        assert tx.stock.stock_position(warehouse, branch.products[0]).quantity == before + 2
    view.status.setCurrentIndex(view.status.findData("partly_credited"))
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10000)
    view.table.selectRow(0)
    settle(qtbot, ctx)
    with branch.replica.transaction(None) as conn:  # the seller's mentions the law asks for
        conn.execute(
            text(
                "UPDATE company SET legal_form = 'SARL', activity = 'Commerce de gros', "
                "address = '1 rue Hassiba, Alger'"
            )
        )
    view.print_selected()
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: view.last_pdf is not None, timeout=10000)
    assert view.last_pdf is not None and view.last_pdf.read_bytes().startswith(b"%PDF")


def test_the_pages_run_right_to_left_in_arabic(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    window, view = _page(qtbot, ctx, branch, "business_documents")
    ctx.languages.switch("ar")
    settle(qtbot, ctx)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert isinstance(view, BusinessDocumentsView)
    assert view.kind.count() == 6


def test_a_paid_ticket_is_invoiced_from_its_number_once(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    window, customers = _page(qtbot, ctx, branch, "business_customers")
    assert isinstance(customers, BusinessCustomersView)
    _customer(qtbot, ctx, customers)
    cashier = branch.actor("cashier")
    open_cash_session(branch.deps, cashier, Money.of(Decimal(1000), "DZD"))
    sale = checkout(
        branch.deps,
        cashier,
        CheckoutRequest(
            (CartLine(branch.products[0], Decimal(2)),),
            (Tender(TenderKind.CASH, Money.of(Decimal(5000), "DZD")),),
        ),
    ).sale
    window.show_page("business_documents")
    view = window.pages["business_documents"]
    assert isinstance(view, BusinessDocumentsView)
    for attempt in range(2):
        dialog = view.invoice_ticket()
        assert dialog is not None
        settle(qtbot, ctx)
        dialog.ticket.setText(sale.number)
        dialog.save()
        if attempt == 0:
            qtbot.waitUntil(lambda d=dialog: d.saved is not None, timeout=10000)
            assert dialog.saved is not None and dialog.saved.ticket_id == sale.id
        else:
            qtbot.waitUntil(lambda d=dialog: bool(d.error.text()), timeout=10000)
            assert sale.number in dialog.error.text() and dialog.isVisible()
            dialog.reject()
        settle(qtbot, ctx)


def test_an_order_over_a_blocking_credit_limit_goes_through_with_a_managers_pin(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    """The documents screen asks for a manager's PIN when the customer's blocking limit
    refuses the order, and issues it once a manager allowed it (issue 13)."""
    customer = wholesale_customer(branch, limit="100", blocks=True)
    _window, view = _page(qtbot, ctx, branch, "business_documents")
    assert isinstance(view, BusinessDocumentsView)
    dialog = view.new_document("sales_order")
    assert dialog is not None
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: dialog.customer.count() > 0, timeout=10000)
    listed = [dialog.customer.itemData(i) for i in range(dialog.customer.count())]
    dialog.customer.setCurrentIndex(listed.index(customer))
    dialog.code.setText("10*SKU0000")
    dialog.add_product()
    qtbot.waitUntil(lambda: len(dialog.lines) == 1, timeout=10000)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.override is not None, timeout=10000)
    assert dialog.saved is None and dialog.override is not None
    qtbot.keyClicks(dialog.override.pin, "3222")  # the manager's PIN
    qtbot.keyClick(dialog.override.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=10000)
    assert dialog.saved is not None and dialog.saved.kind == "sales_order"
