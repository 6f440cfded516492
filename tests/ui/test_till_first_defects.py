"""What a cashier hits in the first minutes at the till: Del with the scan field focused, a
line's quantity changed, a price typed with a manager's PIN, the ticket cancelled, amounts
cut off in the cart, the missing cash session told at once, the change due in big, and a
held ticket that keeps its customer."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDoubleSpinBox, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from erp_desktop.app.customers import save_customer
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from erp_desktop.ui import till_payment
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.main_window import MainWindow
from erp_desktop.ui.pos_view import PosView
from tests.builders import Branch
from tests.ui.conftest import on_next_dialog, settle
from tests.ui.test_till_by_keyboard import scan


def till(qtbot: QtBot, ctx: UiContext, branch: Branch, *, session: bool = True) -> PosView:
    ctx.actor = branch.actor("cashier")
    if session:
        open_cash_session(branch.deps, ctx.actor, Money.of(Decimal(2000), "DZD"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    settle(qtbot, ctx)
    pos = window.pages["till"]
    assert isinstance(pos, PosView)
    return pos


def run_dialog(
    qtbot: QtBot, pos: PosView, key: Qt.Key, act: object, modifier: object = None
) -> None:
    failures: list[BaseException] = []
    on_next_dialog(act, failures)  # type: ignore[arg-type]
    if modifier is None:
        qtbot.keyClick(pos.scan_field, key)
    else:
        qtbot.keyClick(pos.scan_field, key, modifier)  # type: ignore[arg-type]
    settle(qtbot, pos.ctx)
    if failures:
        raise failures[0]


def plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def test_del_removes_the_selected_line_while_the_scan_field_has_the_focus(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    pos = till(qtbot, ctx, branch)
    scan(qtbot, pos, branch.barcodes[0])
    scan(qtbot, pos, branch.barcodes[1])
    settle(qtbot, ctx)
    assert pos.scan_field.hasFocus()
    pos.table.selectRow(0)
    qtbot.keyClick(pos.scan_field, Qt.Key.Key_Delete)
    settle(qtbot, ctx)
    assert [e.product.id for e in pos.cart.entries] == [branch.products[1]]
    qtbot.keyClick(pos.scan_field, Qt.Key.Key_Delete)  # the last line when none is selected
    settle(qtbot, ctx)
    assert pos.cart.entries == []


def test_n_star_enter_sets_the_quantity_of_the_line_and_refuses_what_the_unit_forbids(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    pos = till(qtbot, ctx, branch)
    scan(qtbot, pos, branch.barcodes[1])  # lait 120, counted in pieces
    settle(qtbot, ctx)
    scan(qtbot, pos, "4*")
    settle(qtbot, ctx)
    assert pos.cart.entries[0].quantity == 4
    assert plain(pos.total_label.text()) == "480,00 DA"

    scan(qtbot, pos, "1,5*")  # half a bottle: pieces are whole
    settle(qtbot, ctx)
    assert pos.cart.entries[0].quantity == 4
    assert "1.5" in pos.status.text() and "pce" in pos.status.text()

    scan(qtbot, pos, "0*")
    settle(qtbot, ctx)
    assert pos.cart.entries[0].quantity == 4
    assert pos.status.text() == "La quantité 0 doit être supérieure à zéro."


def type_price(
    value: str, failures: list[BaseException], then: Callable[[QDialog], None]
) -> Callable[[QDialog], None]:
    """Types the price, then answers the PIN dialog that opens right after."""

    def act(dialog: QDialog) -> None:
        spin = dialog.findChild(QDoubleSpinBox)
        spin.setValue(float(value))
        on_next_dialog(then, failures)
        dialog.accept()

    return act


def manager_pin(dialog: QDialog) -> None:
    field = dialog.findChild(QLineEdit)
    assert field.echoMode() == QLineEdit.EchoMode.Password
    field.setText("3222")  # the manager's PIN
    dialog.accept()


def test_a_cashier_overrides_a_price_with_a_manager_pin_and_the_sale_records_who(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    pos = till(qtbot, ctx, branch)
    scan(qtbot, pos, branch.barcodes[5])  # savon 150
    settle(qtbot, ctx)
    failures: list[BaseException] = []
    on_next_dialog(type_price("120", failures, manager_pin), failures)
    qtbot.keyClick(pos.scan_field, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: pos.price_approver is not None or bool(failures), timeout=8000)
    if failures:
        raise failures[0]
    settle(qtbot, ctx)
    assert pos.cart.entries[0].unit_price == 120
    assert plain(pos.total_label.text()) == "120,00 DA"

    pos.submit_payment((Tender(TenderKind.CASH, Money.of(Decimal(200), "DZD")),))
    qtbot.waitUntil(lambda: pos.last_receipt is not None, timeout=8000)
    assert pos.last_receipt is not None
    with branch.deps.store.read() as tx:
        sale = tx.sales.sale_by_number(pos.last_receipt.stem)
    assert sale is not None
    assert sale.total.to_minor() == 12000
    assert sale.lines[0].unit_price == 120
    assert sale.approved_by == branch.users["manager"]


def test_a_wrong_approver_leaves_the_price_as_it_was(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    pos = till(qtbot, ctx, branch)
    scan(qtbot, pos, branch.barcodes[5])
    settle(qtbot, ctx)

    def cashier_pin(dialog: QDialog) -> None:
        dialog.findChild(QLineEdit).setText("2111")  # the cashier's own PIN
        dialog.accept()

    failures: list[BaseException] = []
    on_next_dialog(type_price("10", failures, cashier_pin), failures)
    qtbot.keyClick(pos.scan_field, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "cashier" in pos.status.text() or bool(failures), timeout=8000)
    if failures:
        raise failures[0]
    assert pos.cart.entries[0].unit_price == 150
    assert not pos.cart.entries[0].price_overridden


def test_ctrl_del_cancels_the_ticket_after_a_confirmation(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    pos = till(qtbot, ctx, branch)
    scan(qtbot, pos, branch.barcodes[0])
    scan(qtbot, pos, branch.barcodes[1])
    settle(qtbot, ctx)

    def say_no(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        dialog.button(QMessageBox.StandardButton.No).click()

    def say_yes(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        dialog.button(QMessageBox.StandardButton.Yes).click()

    run_dialog(qtbot, pos, Qt.Key.Key_Delete, say_no, Qt.KeyboardModifier.ControlModifier)
    assert len(pos.cart.entries) == 2
    run_dialog(qtbot, pos, Qt.Key.Key_Delete, say_yes, Qt.KeyboardModifier.ControlModifier)
    assert pos.cart.entries == []
    assert plain(pos.total_label.text()) == "0,00 DA"
    assert pos.scan_field.hasFocus()


def test_the_amounts_fit_their_column_after_a_scan_in_both_languages(
    qtbot: QtBot, client_fonts: None, ctx: UiContext, branch: Branch
) -> None:
    pos = till(qtbot, ctx, branch)

    def fits() -> None:
        metrics = pos.table.fontMetrics()
        for row in range(len(pos.cart.entries)):
            for column in (2, 4):
                text = str(pos.cart.data(pos.cart.index(row, column)))
                width = pos.table.columnWidth(column)
                assert metrics.horizontalAdvance(text) + 6 <= width, (column, text, width)

    scan(qtbot, pos, branch.barcodes[7])  # water 45: a short amount sizes the column
    settle(qtbot, ctx)
    fits()
    scan(qtbot, pos, "30*" + branch.barcodes[7])  # joins the line: 1 350,00 DA
    settle(qtbot, ctx)
    fits()
    ctx.languages.switch("ar")  # "د.ج.‏" is wider than "DA"
    settle(qtbot, ctx)
    fits()
    scan(qtbot, pos, branch.barcodes[8])  # the television, 59 900,00
    settle(qtbot, ctx)
    fits()
    ctx.languages.switch("fr")
    settle(qtbot, ctx)
    fits()


def test_the_till_says_at_once_that_no_cash_session_is_open(
    qtbot: QtBot, ctx: UiContext, branch: Branch, monkeypatch: pytest.MonkeyPatch
) -> None:
    pos = till(qtbot, ctx, branch, session=False)
    assert pos.session_banner.isVisible()
    assert "F4" in pos.session_banner.text()
    scan(qtbot, pos, branch.barcodes[0])
    settle(qtbot, ctx)
    opened: list[object] = []
    monkeypatch.setattr(till_payment, "PaymentDialog", lambda *args: opened.append(args))
    qtbot.keyClick(pos.scan_field, Qt.Key.Key_F2)
    settle(qtbot, ctx)
    assert opened == []  # no tender dialog: the cashier is told first
    assert "session" in pos.status.text()

    assert ctx.actor is not None
    run_dialog(qtbot, pos, Qt.Key.Key_F4, lambda dialog: dialog.accept())
    assert not pos.session_banner.isVisible()


def test_the_change_due_is_the_biggest_figure_until_the_next_scan(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    pos = till(qtbot, ctx, branch)
    scan(qtbot, pos, branch.barcodes[7])  # water 45
    settle(qtbot, ctx)
    pos.submit_payment((Tender(TenderKind.CASH, Money.of(Decimal(100), "DZD")),))
    qtbot.waitUntil(lambda: pos.last_receipt is not None, timeout=8000)
    settle(qtbot, ctx)
    assert pos.change_label.isVisible()
    assert "55,00" in plain(pos.change_label.text())
    assert pos.change_label.font().pointSizeF() > pos.total_label.font().pointSizeF()
    scan(qtbot, pos, branch.barcodes[7])
    settle(qtbot, ctx)
    assert not pos.change_label.isVisible()


def test_a_held_ticket_keeps_its_customer(qtbot: QtBot, ctx: UiContext, branch: Branch) -> None:
    pos = till(qtbot, ctx, branch)
    assert ctx.actor is not None
    customer = save_customer(branch.deps, ctx.actor, None, name="Mme Benali")[0]
    pos.set_customer(customer)
    scan(qtbot, pos, branch.barcodes[2])
    settle(qtbot, ctx)

    def name_it(dialog: QDialog) -> None:
        dialog.findChild(QLineEdit).setText("Benali")
        dialog.accept()

    run_dialog(qtbot, pos, Qt.Key.Key_F7, name_it)
    assert pos.customer is None
    run_dialog(qtbot, pos, Qt.Key.Key_F8, lambda dialog: dialog.accept())
    qtbot.waitUntil(lambda: len(pos.cart.entries) == 1, timeout=5000)
    assert pos.customer is not None and pos.customer.id == customer.id
    assert "Mme Benali" in pos.customer_label.text()
