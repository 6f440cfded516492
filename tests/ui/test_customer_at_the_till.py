"""A customer at the till: created offline from the ticket, given store credit by a return,
found again by phone and paying with that credit."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from erp_desktop.app.till.returns import ReturnRequest, return_sale
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.customer_dialog import CustomerDialog
from erp_desktop.ui.payment_dialog import PaymentDialog
from tests.builders import Branch
from tests.ui.conftest import on_next_dialog, settle
from tests.ui.test_returns_and_approval import till


def test_a_customer_is_created_at_the_till_and_pays_with_store_credit(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    pos = till(qtbot, ctx, branch)
    failures: list[BaseException] = []

    def create(dialog: QDialog) -> None:
        assert isinstance(dialog, CustomerDialog)
        qtbot.keyClicks(dialog.query, "Benali")
        qtbot.wait(300)
        assert dialog.results.count() == 0
        qtbot.keyClicks(dialog.name, "Mme Benali")
        qtbot.keyClicks(dialog.phone, "0550 12 34 56")
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    on_next_dialog(create, failures)
    qtbot.keyClick(pos.scan_field, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: pos.customer is not None or bool(failures), timeout=5000)
    if failures:
        raise failures[0]
    assert pos.customer_label.text() == "Client : Mme Benali"
    qtbot.keyClicks(pos.scan_field, branch.barcodes[4])  # thé vert 680
    qtbot.keyClick(pos.scan_field, Qt.Key.Key_Return)
    settle(qtbot, ctx)
    pos.submit_payment((Tender(TenderKind.CARD, Money.of(Decimal(680), "DZD"), reference="T"),))
    qtbot.waitUntil(lambda: pos.last_receipt is not None, timeout=5000)
    assert pos.customer is None and pos.customer_label.text() == ""
    with branch.deps.store.read() as tx:
        sale = tx.sales.sale_by_number(pos.last_receipt.stem)  # type: ignore[union-attr]
    assert sale is not None and sale.customer_id is not None
    return_sale(
        branch.deps,
        ctx.actor,
        ReturnRequest(sale.number, {sale.lines[0].id: Decimal(1)}, "store_credit"),
    )  # type: ignore[arg-type]

    def find_by_phone(dialog: QDialog) -> None:
        qtbot.keyClicks(dialog.findChild(QLineEdit, "customer_search"), "0550123456")
        qtbot.waitUntil(lambda: dialog.results.count() == 1, timeout=5000)  # type: ignore[attr-defined]
        qtbot.keyClick(dialog.findChild(QLineEdit, "customer_search"), Qt.Key.Key_Return)

    on_next_dialog(find_by_phone, failures)
    qtbot.keyClick(pos.scan_field, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: pos.customer is not None or bool(failures), timeout=5000)
    if failures:
        raise failures[0]
    assert "avoir 680,00" in pos.customer_label.text().replace("\u00a0", " ").replace("\u202f", " ")
    qtbot.keyClicks(pos.scan_field, branch.barcodes[0])  # café 450
    qtbot.keyClick(pos.scan_field, Qt.Key.Key_Return)
    settle(qtbot, ctx)

    def pay_with_credit(dialog: QDialog) -> None:
        assert isinstance(dialog, PaymentDialog)
        qtbot.keyClicks(dialog.credit, "450")
        assert dialog.change.text().replace("\u00a0", " ").startswith("0,00")
        dialog.accept()

    pos.last_receipt = None
    on_next_dialog(pay_with_credit, failures)
    qtbot.keyClick(pos.scan_field, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: pos.last_receipt is not None or bool(failures), timeout=5000)
    if failures:
        raise failures[0]
    with branch.deps.store.read() as tx:
        assert tx.customers.customer(sale.customer_id).store_credit_minor == 23000  # 680 - 450 left
