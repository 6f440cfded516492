"""A whole checkout by keyboard alone: scan, quantity, split payment, receipt; then the
cash session closed by counting the drawer, with a difference."""

from __future__ import annotations

from decimal import Decimal

import pypdfium2 as pdfium
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDoubleSpinBox, QLabel, QSpinBox
from pytestqt.qtbot import QtBot

from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.money import Money
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.login_dialog import LoginDialog
from erp_desktop.ui.main_window import MainWindow
from erp_desktop.ui.payment_dialog import PaymentDialog
from erp_desktop.ui.pos_view import PosView
from tests.builders import Branch
from tests.ui.conftest import on_next_dialog, settle


def log_in_by_pin(qtbot: QtBot, ctx: UiContext, pin: str) -> None:
    dialog = LoginDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(1)
    qtbot.keyClicks(dialog.pin, pin)
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ctx.actor is not None, timeout=10000)


def scan(qtbot: QtBot, pos: PosView, code: str) -> None:
    qtbot.keyClicks(pos.scan_field, code)
    qtbot.keyClick(pos.scan_field, Qt.Key.Key_Return)


def pdf_text(path: object) -> str:
    pdf = pdfium.PdfDocument(str(path))
    return "\n".join(page.get_textpage().get_text_range() for page in pdf)


def test_a_whole_checkout_by_keyboard(qtbot: QtBot, ctx: UiContext, branch: Branch) -> None:
    log_in_by_pin(qtbot, ctx, "2111")  # the cashier
    assert ctx.actor is not None and ctx.actor.username == "cashier"
    open_cash_session(branch.deps, ctx.actor, Money.of(Decimal(5000), "DZD"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, ctx)
    pos = window.pages["till"]
    assert isinstance(pos, PosView)
    assert pos.scan_field.hasFocus()

    scan(qtbot, pos, branch.barcodes[0])  # café 450
    scan(qtbot, pos, "3*" + branch.barcodes[1])  # 3 x lait 120
    scan(qtbot, pos, "0000000000000")  # a bad read: an error, nothing added
    settle(qtbot, ctx)
    assert len(pos.cart.entries) == 2
    assert pos.cart.entries[1].quantity == 3
    assert "0000000000000" in pos.status.text()
    settle(qtbot, ctx)
    assert pos.total_label.text().replace("\u00a0", " ") == "810,00 DA"

    # F5: 10 % off the selected line (the café), typed in the discount box.
    failures: list[BaseException] = []

    def ten_percent(dialog: QDialog) -> None:
        spin = dialog.findChild(QDoubleSpinBox)
        spin.selectAll()
        qtbot.keyClicks(spin, "10")
        qtbot.keyClick(spin, Qt.Key.Key_Return)

    pos.table.selectRow(0)
    on_next_dialog(ten_percent, failures)
    qtbot.keyClick(pos.scan_field, Qt.Key.Key_F5)
    settle(qtbot, ctx)
    if failures:
        raise failures[0]
    assert pos.cart.entries[0].discount_percent == 10
    assert pos.total_label.text().replace("\u00a0", " ") == "765,00 DA"

    def pay(dialog: QDialog) -> None:  # card 500 with its reference, the rest in cash
        assert isinstance(dialog, PaymentDialog)
        qtbot.keyClicks(dialog.card, "500")
        qtbot.keyClicks(dialog.card_ref, "TPE-778812")
        qtbot.keyClicks(dialog.cash, "1000")
        # 265 DA paid in cash: under the 2025 law's 300 DA threshold, no stamp duty.
        assert dialog.stamp.text().replace("\u00a0", " ").startswith("0,00")
        assert dialog.change.text().replace("\u00a0", " ").startswith("735,00")
        qtbot.keyClick(dialog.cash, Qt.Key.Key_Return)

    on_next_dialog(pay, failures)
    qtbot.keyClick(pos.scan_field, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: pos.last_receipt is not None or bool(failures), timeout=10000)
    if failures:
        raise failures[0]
    settle(qtbot, ctx)

    assert pos.cart.entries == []
    assert pos.scan_field.hasFocus()
    assert "735,00" in pos.status.text().replace("\u00a0", " ")
    assert pos.last_receipt is not None
    number = pos.last_receipt.stem
    with branch.deps.store.read() as tx:
        sale = tx.sales.sale_by_number(number)
    assert sale is not None
    assert (sale.total.to_minor(), sale.stamp_duty.to_minor(), sale.discount.to_minor()) == (
        76500,
        0,
        4500,
    )
    assert {p.tender: p.amount.to_minor() for p in sale.payments} == {"card": 50000, "cash": 100000}
    assert sale.change.to_minor() == 73500
    text = pdf_text(pos.last_receipt)
    assert number in text and "765,00" in text.replace("\u00a0", " ")

    # Close the session: 5000 float + 265 cash expected; 5260 counted -> 5 DA short.
    def count(dialog: QDialog) -> None:
        assert dialog.objectName() == "cash_count"
        dialog.findChild(QSpinBox, "count_1000").setValue(5)
        dialog.findChild(QSpinBox, "count_200").setValue(1)
        ten = dialog.findChild(QSpinBox, "count_50")
        ten.setValue(1)
        dialog.findChild(QSpinBox, "count_10").setValue(1)
        shown = dialog.findChild(QLabel, "difference").text().replace("\u00a0", " ")
        assert "-5,00" in shown
        qtbot.keyClick(ten, Qt.Key.Key_Return)

    on_next_dialog(count, failures)
    qtbot.keyClick(pos.scan_field, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: pos.last_z_report is not None or bool(failures), timeout=10000)
    if failures:
        raise failures[0]
    report = pos.last_z_report
    assert report is not None
    assert report.z_number == 1
    assert report.expected_cash == Money.of(Decimal(5265), "DZD")
    assert report.difference == Money.of(Decimal(-5), "DZD")
    assert "Z" in pos.status.text()
    assert pos.last_report is not None and pos.last_report.name == "Z-C1-00001.pdf"
    z_text = pdf_text(pos.last_report).replace("\u00a0", " ").replace("\u202f", " ")
    assert "5 265,00" in z_text and "5 260,00" in z_text  # expected, counted
