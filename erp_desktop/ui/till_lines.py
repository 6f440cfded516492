"""The lines of the ticket: a scan or a tapped tile adds one (by the quantity typed before,
"3*"), "4*" and Enter sets the selected line's quantity, Del removes it, Ctrl+P types its
price (a manager's PIN unless the cashier may), F5/F6 the line's and the ticket's discount,
Ctrl+Del cancels the whole ticket after the cashier confirms.

Functions of the till (``PosView``); their texts keep its translation context "PosView"."""

from __future__ import annotations

from decimal import Decimal
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QInputDialog, QMessageBox

from erp_desktop.app.catalog import ScanResult, scan
from erp_desktop.app.context import Actor
from erp_desktop.app.records import ProductInfo
from erp_desktop.app.till.lines import line_quantity
from erp_desktop.kernel.errors import ErpError
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.permissions import Permission
from erp_desktop.ui.product_search_dialog import ProductSearchDialog

if TYPE_CHECKING:
    from erp_desktop.ui.pos_view import PosView


def scan_entered(till: PosView) -> None:
    text = till.scan_field.text().strip()
    till.scan_field.clear()
    if not text or till.ctx.actor is None:
        return
    if text.endswith("*"):  # "4*" and no code: the quantity of the selected line
        till.set_quantity(text[:-1])
        return
    deps, actor = till.ctx.deps, till.ctx.actor
    known = till.barcodes.scan(actor, text)  # a known barcode: no hop to the worker
    if known is not None:
        _scanned(till, known)
        return
    till.ctx.db.submit(lambda: scan(deps, actor, text), partial(_scanned, till), till.show_error)


def add_tapped(till: PosView, product: ProductInfo) -> None:
    """A tile of the touch grid: the product, by the quantity typed before ("3*")."""
    typed = till.scan_field.text().strip()
    till.scan_field.clear()
    quantity = Decimal(1)
    if typed.endswith("*"):
        try:
            quantity = line_quantity(product, typed[:-1])
        except ErpError as error:
            till.show_error(error)
            return
    till.add_product(product, quantity, None)
    till.ready()


def _scanned(till: PosView, result: ScanResult) -> None:
    till.add_product(result.product, result.quantity, result.unit_price)


def add_product(
    till: PosView, product: ProductInfo, quantity: Decimal, unit_price: Decimal | None
) -> None:
    row = till.cart.add(product, quantity, unit_price)
    till.last_added = row
    till.table.selectRow(row)
    till.change_label.hide()
    till.say("")
    # The quote is asked once the line is painted: submitted at once, the worker took
    # the GIL for the quote while the GUI thread was still to paint the line (4.7 ms
    # of the scan, benchmarks/bench_scan_to_line.py).
    QTimer.singleShot(0, till.refresh_total)


def remove_line(till: PosView) -> None:
    till.cart.remove(till.selected_row())
    till.refresh_total()


def set_quantity(till: PosView, typed: str) -> None:
    row = till.selected_row()
    if row < 0:
        return
    try:
        value = line_quantity(till.cart.entries[row].product, typed)
    except ErpError as error:
        till.show_error(error)
        return
    till.cart.set_quantity(row, value)
    till.say("")
    till.refresh_total()


def override_price(till: PosView) -> None:
    """Ctrl+P: the selected line's unit price typed by hand (a damaged box, a price
    label that differs). Allowed with ``sales.price_override``; a cashier asks a
    manager's PIN, and the sale records who approved (``approved_by``)."""
    row = till.selected_row()
    if row < 0 or till.ctx.actor is None:
        return
    entry = till.cart.entries[row]
    value, ok = QInputDialog.getDouble(
        till,
        QCoreApplication.translate("PosView", "Change the price"),
        QCoreApplication.translate("PosView", "Unit price"),
        float(entry.unit_price),
        0.01,
        10**9,
        2,
    )
    till.ready()
    if not ok:
        return
    price = Money.of(Decimal(str(round(value, 2))), entry.product.currency).amount

    def apply(approver: Actor | None) -> None:
        if approver is not None:
            till.price_approver = approver
        till.cart.override_price(row, price)
        till.refresh_total()

    if till.ctx.actor.may(Permission.SALES_PRICE_OVERRIDE):
        apply(None)
    else:
        till.ask_approval(apply, Permission.SALES_PRICE_OVERRIDE)


def cancel_ticket(till: PosView) -> None:
    """Ctrl+Del: the whole ticket dropped, after the cashier confirms."""
    if not till.cart.entries:
        return
    answer = QMessageBox.question(
        till,
        QCoreApplication.translate("PosView", "Cancel the ticket"),
        QCoreApplication.translate("PosView", "Remove every line of this ticket?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    till.ready()
    if answer == QMessageBox.StandardButton.Yes:
        till.clear_ticket()
        till.say(QCoreApplication.translate("PosView", "Ticket cancelled."))


def find_product(till: PosView) -> None:
    dialog = ProductSearchDialog(till.ctx, till)
    if dialog.exec() == ProductSearchDialog.DialogCode.Accepted and dialog.chosen:
        till.add_product(dialog.chosen, Decimal(1), None)
    till.ready()


def _ask_percent(till: PosView, title: str) -> Decimal | None:
    value, ok = QInputDialog.getDouble(
        till, title, QCoreApplication.translate("PosView", "Discount (%)"), 0, 0, 100, 2
    )
    till.ready()
    return Decimal(str(round(value, 2))) if ok else None


def discount_line(till: PosView) -> None:
    row = till.selected_row()
    if row < 0:
        return
    percent = _ask_percent(till, QCoreApplication.translate("PosView", "Line discount"))
    if percent is not None:
        till.cart.set_discount(row, percent)
        till.refresh_total()


def discount_ticket(till: PosView) -> None:
    if not till.cart.entries:
        return
    percent = _ask_percent(till, QCoreApplication.translate("PosView", "Ticket discount"))
    if percent is not None:
        till.ticket_discount = percent
        till.refresh_total()
