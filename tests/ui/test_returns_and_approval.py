"""At the till: a return against a receipt, refunded by the original tender; a discount
over the limit that a manager approves with their PIN; a ticket held and recalled."""

from __future__ import annotations

import threading
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDoubleSpinBox, QLineEdit
from pytestqt.qtbot import QtBot

from erp_desktop.app.auth import log_in_with_pin
from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from erp_desktop.ui import till_payment
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.main_window import MainWindow
from erp_desktop.ui.pos_view import PosView
from erp_desktop.ui.return_dialog import ReturnDialog
from tests.builders import Branch
from tests.ui.conftest import on_next_dialog, settle


def till(qtbot: QtBot, ctx: UiContext, branch: Branch) -> PosView:
    ctx.actor = branch.actor("cashier")
    open_cash_session(branch.deps, ctx.actor, Money.of(Decimal(2000), "DZD"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, ctx)
    pos = window.pages["till"]
    assert isinstance(pos, PosView)
    return pos


def run_dialog(qtbot: QtBot, pos: PosView, key: Qt.Key, act: object) -> None:
    failures: list[BaseException] = []
    on_next_dialog(act, failures)  # type: ignore[arg-type]
    qtbot.keyClick(pos.scan_field, key)
    settle(qtbot, pos.ctx)
    if failures:
        raise failures[0]


def test_a_return_against_a_receipt(qtbot: QtBot, ctx: UiContext, branch: Branch) -> None:
    pos = till(qtbot, ctx, branch)
    assert ctx.actor is not None
    sold = checkout(
        branch.deps,
        ctx.actor,
        CheckoutRequest(
            (CartLine(branch.products[0], Decimal(2)), CartLine(branch.products[1], Decimal(1))),
            (Tender(TenderKind.CASH, Money.of(Decimal(1100), "DZD")),),
        ),
    ).sale

    def give_back_one_coffee(dialog: QDialog) -> None:
        assert isinstance(dialog, ReturnDialog)
        number = dialog.findChild(QLineEdit, "receipt_number")
        qtbot.keyClicks(number, sold.number)
        qtbot.keyClick(number, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.sale is not None, timeout=5000)
        spin = dialog.spins[0][1]
        assert spin.maximum() == 2
        spin.setValue(1)
        dialog.accept()

    run_dialog(qtbot, pos, Qt.Key.Key_F10, give_back_one_coffee)
    qtbot.waitUntil(lambda: pos.last_return is not None, timeout=5000)
    credit = pos.last_return
    assert credit is not None and credit.kind == "credit_note"
    assert credit.total.to_minor() == 45000
    assert credit.number in pos.status.text()
    with branch.deps.store.read() as tx:
        again = tx.sales.sale_by_number(sold.number)
    assert again is not None and again.lines[0].returned == 1


def test_a_large_discount_needs_a_manager_pin(qtbot: QtBot, ctx: UiContext, branch: Branch) -> None:
    pos = till(qtbot, ctx, branch)
    qtbot.keyClicks(pos.scan_field, branch.barcodes[4])  # thé vert 680
    qtbot.keyClick(pos.scan_field, Qt.Key.Key_Return)
    settle(qtbot, ctx)

    def twenty_percent(dialog: QDialog) -> None:
        spin = dialog.findChild(QDoubleSpinBox)
        spin.setValue(20)
        dialog.accept()

    run_dialog(qtbot, pos, Qt.Key.Key_F6, twenty_percent)
    assert pos.total_label.text().replace("\u00a0", " ") == "544,00 DA"

    def pay(dialog: QDialog) -> None:
        qtbot.keyClicks(dialog.findChildren(QLineEdit)[0], "1000")
        dialog.accept()

    def manager_pin(dialog: QDialog) -> None:
        field = dialog.findChild(QLineEdit)
        assert field.echoMode() == QLineEdit.EchoMode.Password
        qtbot.keyClicks(field, "3222")  # the manager's PIN
        dialog.accept()

    failures: list[BaseException] = []
    on_next_dialog(pay, failures)
    qtbot.keyClick(pos.scan_field, Qt.Key.Key_F2)
    on_next_dialog(manager_pin, failures)
    qtbot.waitUntil(lambda: pos.last_receipt is not None or bool(failures), timeout=8000)
    if failures:
        raise failures[0]
    with branch.deps.store.read() as tx:
        sale = tx.sales.sale_by_number(pos.last_receipt.stem)
    assert sale is not None
    assert sale.discount.to_minor() == 13600
    assert sale.approved_by == branch.users["manager"]


def test_the_manager_pin_is_checked_off_the_gui_thread(
    qtbot: QtBot, ctx: UiContext, branch: Branch, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An argon2 check and a write froze the till while a manager typed their PIN."""
    threads: list[threading.Thread] = []

    def recording(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread())
        return log_in_with_pin(*args, **kwargs)

    monkeypatch.setattr(till_payment, "log_in_with_pin", recording)
    pos = till(qtbot, ctx, branch)
    approved: list[str] = []

    def manager_pin(dialog: QDialog) -> None:
        qtbot.keyClicks(dialog.findChild(QLineEdit), "3222")
        dialog.accept()

    failures: list[BaseException] = []
    on_next_dialog(manager_pin, failures)
    pos.ask_approval(lambda manager: approved.append(manager.username))
    qtbot.waitUntil(lambda: bool(approved) or bool(failures), timeout=8000)
    if failures:
        raise failures[0]
    assert approved == ["manager"]
    assert threads and threads[0] is not threading.main_thread()


def test_hold_and_recall_a_ticket(qtbot: QtBot, ctx: UiContext, branch: Branch) -> None:
    pos = till(qtbot, ctx, branch)
    qtbot.keyClicks(pos.scan_field, "2*" + branch.barcodes[2])
    qtbot.keyClick(pos.scan_field, Qt.Key.Key_Return)
    settle(qtbot, ctx)

    def name_it(dialog: QDialog) -> None:
        qtbot.keyClicks(dialog.findChild(QLineEdit), "Mme Benali")
        dialog.accept()

    run_dialog(qtbot, pos, Qt.Key.Key_F7, name_it)
    assert pos.cart.entries == []
    assert "Mme Benali" in pos.status.text()
    run_dialog(qtbot, pos, Qt.Key.Key_F8, lambda dialog: dialog.accept())
    qtbot.waitUntil(lambda: len(pos.cart.entries) == 1, timeout=5000)
    assert pos.cart.entries[0].quantity == 2
    assert pos.cart.entries[0].product.id == branch.products[2]


def test_f12_reprints_the_last_receipt_as_a_duplicate(
    qtbot: QtBot, ctx: UiContext, branch: Branch, monkeypatch: object
) -> None:
    import pypdfium2 as pdfium

    from erp_desktop.ui import printers

    opened: list[str] = []
    monkeypatch.setattr(printers, "open_in_viewer", lambda pdf, name: opened.append(name))  # type: ignore[attr-defined]
    pos = till(qtbot, ctx, branch)
    qtbot.keyClicks(pos.scan_field, branch.barcodes[7])  # water 45
    qtbot.keyClick(pos.scan_field, Qt.Key.Key_Return)
    settle(qtbot, ctx)
    pos.submit_payment((Tender(TenderKind.CASH, Money.of(Decimal(50), "DZD")),))
    qtbot.waitUntil(lambda: pos.last_receipt is not None, timeout=5000)
    assert pos.last_receipt is not None
    qtbot.keyClick(pos.scan_field, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: pos.last_duplicate is not None, timeout=5000)
    assert pos.last_duplicate is not None
    assert opened == [f"{pos.last_receipt.stem}-duplicata"]  # no printer chosen: the viewer
    text = "".join(
        p.get_textpage().get_text_range() for p in pdfium.PdfDocument(str(pos.last_duplicate))
    )
    assert "DUPLICATA" in text and pos.last_receipt.stem in text


def test_f11_prints_the_x_report_of_the_open_session(
    qtbot: QtBot, ctx: UiContext, branch: Branch, monkeypatch: object
) -> None:
    import pypdfium2 as pdfium

    from erp_desktop.ui import printers

    opened: list[str] = []
    monkeypatch.setattr(printers, "open_in_viewer", lambda pdf, name: opened.append(name))  # type: ignore[attr-defined]
    pos = till(qtbot, ctx, branch)
    qtbot.keyClick(pos.scan_field, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: pos.last_report is not None, timeout=5000)
    assert pos.last_report is not None and pos.last_report.name.startswith("X-C1-")
    assert opened == [pos.last_report.stem]
    text = "".join(
        p.get_textpage().get_text_range() for p in pdfium.PdfDocument(str(pos.last_report))
    )
    assert "2 000,00" in text.replace("\u00a0", " ").replace("\u202f", " ")  # the opening float
    assert pos.status.text() == "Rapport X imprimé."
