"""The point of sale: keyboard first.

The scan field always has the focus: a scanner's burst of digits and Enter adds the item,
"3*" before a code sets the quantity, scale labels carry their weight or price. The F keys
are shown on screen: F2 pay, F3 find an article, F5 line discount, F6 ticket discount,
F7 hold the ticket, F8 recall one, F10 return, F4/F9 open and close the cash session,
Del removes the selected (or last) line even from the scan field, "4*" and Enter with no
code sets its quantity, Ctrl+P types its price (a manager's PIN unless the cashier may),
Ctrl+Del cancels the ticket. Without an open cash session a banner says so at once and
F2 refuses before any tender is typed; after payment the change due is the biggest figure
on screen until the next scan. The total is quoted by the kernel, as checkout will
charge it. After payment the receipt is saved as PDF (and printed when a printer is set
up) and the cashier is ready for the next customer at once.

This file is the till's frame: its widgets, keys and language, its state, and one method per
act that hands it to the file of that idea (the ticket and its total, its lines, customer,
held tickets, payment, printing, returns, the cash session: ``ui/till_*.py``, and the cart's
table ``ui/cart_table_view.py``). Their texts keep the context "PosView", so the existing
translations keep working.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.app.changes import Changed
from erp_desktop.app.context import Actor
from erp_desktop.app.crm.loyalty import PointsAtTheTill
from erp_desktop.app.records import CustomerInfo, ProductInfo
from erp_desktop.app.till.barcode_index import BarcodeIndex, barcode_index
from erp_desktop.app.till.sessions import (
    SessionReport,
)
from erp_desktop.app.till.settings import TillSettings, till_settings
from erp_desktop.kernel.documents import SaleDocument
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.permissions import Permission
from erp_desktop.kernel.sales import Tender
from erp_desktop.kernel.sales.totals import SaleTotals
from erp_desktop.ui import (
    till_customer,
    till_held,
    till_lines,
    till_payment,
    till_printing,
    till_returns,
    till_session,
    till_ticket,
)
from erp_desktop.ui.cart_model import CartTableModel
from erp_desktop.ui.cart_table_view import CartTableView
from erp_desktop.ui.change_banner import ChangeBanner
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.customer_display import (
    CustomerDisplay,
    next_display_language,
    toggle_display,
)
from erp_desktop.ui.ticket_invoice_dialog import print_ticket_invoice
from erp_desktop.ui.touch_panel import TouchPanel


class PosView(QWidget):
    # what the customer display shows (ui/customer_display.py)
    line_quoted = Signal(object, object, object)  # ProductInfo, quantity, the line's amount
    total_shown = Signal(object)  # the ticket's total (Money), None when empty
    sale_paid = Signal(object, object)  # what was handed over, the change (Money)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_display: CustomerDisplay | None = None
        self.last_added = -1  # the row the last scan added to or joined
        self.currency = "DZD"
        self.country = "DZ"
        self.cash_step = Decimal(0)
        self.ticket_discount = Decimal(0)
        self.foreign_rates: dict[str, Decimal] = {}
        self.customer: CustomerInfo | None = None
        self.points_offer: PointsAtTheTill | None = None  # the customer's points to spend
        self.register_code = ""
        self.quoted: SaleTotals | None = None
        self.session_open: bool | None = None  # unknown until the settings are read
        self.price_approver: Actor | None = None  # the manager who allowed a typed price
        self.cart = CartTableModel(ctx.languages.locale)
        self.scan_field = QLineEdit()
        self.scan_field.setObjectName("scan")
        self.scan_field.returnPressed.connect(self.scan_entered)
        self.scan_field.setStyleSheet("font-size: 14pt; padding: 4px;")
        self.scan_field.installEventFilter(self)
        self.table = CartTableView(self.cart)
        self.total_label = QLabel()
        self.total_label.setObjectName("total")
        self.total_label.setStyleSheet("font-size: 22pt; font-weight: bold; padding: 0 12px;")
        self.discount_label = QLabel()
        self.customer_label = QLabel()
        self.customer_label.setObjectName("ticket_customer")
        self.session_banner = QLabel()
        self.session_banner.setObjectName("no_session")
        self.session_banner.setWordWrap(True)
        self.session_banner.setStyleSheet(
            "background: #b00020; color: white; font-size: 13pt; font-weight: bold; padding: 6px;"
        )
        self.session_banner.hide()
        self.change_label = ChangeBanner()
        self.status = QLabel()
        self.status.setObjectName("till_status")
        self.status.setWordWrap(True)
        self.keys = QLabel()
        self.keys.setWordWrap(True)
        self.keys.setStyleSheet("color: #37474f;")
        # The scan field gets the whole width, the total its own line under it: beside the
        # touch panel on 1024 pixels, a total of 179 700,00 left no room for the field.
        top = QVBoxLayout()
        top.addWidget(self.scan_field)
        self.total_label.setAlignment(
            Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
        )
        top.addWidget(self.total_label)
        keyboard_side = QWidget()
        layout = QVBoxLayout(keyboard_side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.session_banner)
        layout.addLayout(top)
        layout.addWidget(self.change_label)
        layout.addWidget(self.table)
        layout.addWidget(self.customer_label)
        layout.addWidget(self.discount_label)
        layout.addWidget(self.status)
        layout.addWidget(self.keys)
        self.touch = TouchPanel(ctx, self)  # the touch side, beside the keyboard flow
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(keyboard_side)
        self.splitter.addWidget(self.touch)
        self.splitter.setStretchFactor(0, 1)  # the ticket and the touch side share the width
        self.splitter.setStretchFactor(1, 1)
        QVBoxLayout(self).addWidget(self.splitter)
        for key, slot in (
            ("F2", self.pay),
            ("F3", self.find_product),
            ("F4", self.open_session),
            ("F5", self.discount_line),
            ("F6", self.discount_ticket),
            ("F7", self.hold),
            ("F8", self.recall),
            ("F9", self.close_session),
            ("F10", self.take_return),
            ("F11", self.print_x_report),
            ("F12", self.reprint_last),
            ("Ctrl+K", self.choose_customer),
            ("Ctrl+P", self.override_price),
            ("Delete", self.remove_line),
            ("Ctrl+Delete", self.cancel_ticket),
            ("Ctrl+D", self.toggle_customer_display),
            ("Ctrl+I", lambda: print_ticket_invoice(self)),
            ("Ctrl+Shift+D", self.next_display_language),
        ):
            QShortcut(QKeySequence(key), self, slot)
        self.last_receipt: Path | None = None
        self.last_duplicate: Path | None = None
        self.last_return: SaleDocument | None = None
        self.last_z_report: SessionReport | None = None
        self.last_report: Path | None = None
        self.last_credit_note: Path | None = None
        self.last_printed: Path | None = None  # the last job a printer took
        self.last_invoice: Path | None = None  # the last A4 invoice of a ticket (Ctrl+I)
        self.barcodes = BarcodeIndex()  # filled by _load_settings, on the worker
        self.retranslate()
        self._load_settings()
        self.touch.load()
        self.ctx.db.data_did_change.connect(self._data_changed)

    def _data_changed(self, changes: frozenset[Changed]) -> None:
        # A pull brought today's exchange rates or the register's cash step: the till
        # takes them at once, not at the next login.
        if Changed.CATALOG in changes or Changed.ORG in changes:
            self._load_settings()

    # --- setup and language -------------------------------------------------------------
    def _load_settings(self) -> None:
        if self.ctx.actor is None:
            return
        deps, actor = self.ctx.deps, self.ctx.actor

        def apply(settings: TillSettings) -> None:
            self.currency, self.country = settings.currency, settings.country
            self.cash_step = settings.cash_step
            self.foreign_rates = settings.foreign_rates
            self.register_code = settings.register_code
            self.set_session_open(settings.session_open)
            self.refresh_total()

        self.ctx.db.submit(lambda: till_settings(deps, actor), apply, self.show_error)
        self.ctx.db.submit(
            lambda: barcode_index(deps, actor), self.barcodes.replace, self.show_error
        )

    def retranslate(self) -> None:
        self.scan_field.setPlaceholderText(self.tr("Scan or type a barcode (3* for three)"))
        self.keys.setText(
            self.tr(
                "F2 Pay · F3 Find · F5 Line discount · F6 Ticket discount · F7 Hold · F8 Recall · "
                "F10 Return · F11 X report · F12 Reprint · F4 Open session · F9 Close session · "
                "Ctrl+K Customer · 4* Enter Quantity · Ctrl+P Price · Del Remove line · "
                "Ctrl+Del Cancel ticket"
            )
            + " · "
            + self.tr("Ctrl+D Customer display · Ctrl+Shift+D its language")
            + " · "
            + self.tr("Ctrl+I A4 invoice")
        )
        self.session_banner.setText(
            self.tr("No cash session is open on this register: press F4 to open one.")
        )
        self.cart.locale = self.ctx.languages.locale
        self.cart.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        if self.cart.entries:
            self.cart.dataChanged.emit(
                self.cart.index(0, 0), self.cart.index(len(self.cart.entries) - 1, 4)
            )
        till_ticket.show_total(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The scan field keeps the focus and a line edit eats Delete for itself: Del
        (with nothing typed) and Ctrl+Del act on the cart from the scan field."""
        if watched is self.scan_field and event.type() in (
            QEvent.Type.KeyPress,
            QEvent.Type.ShortcutOverride,
        ):
            assert isinstance(event, QKeyEvent)
            ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if event.key() == Qt.Key.Key_Delete and (ctrl or not self.scan_field.text()):
                if event.type() == QEvent.Type.KeyPress:
                    self.cancel_ticket() if ctrl else self.remove_line()
                event.accept()
                return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ready()

    def ready(self) -> None:
        """Back to the scan field, ready for the next item or customer (after a dialog,
        the window is activated again: a scanner types into the focused window only)."""
        self.window().activateWindow()
        self.scan_field.setFocus()

    def show_error(self, error: Exception) -> None:
        self.status.setText(self.ctx.explain(error))
        self.status.setStyleSheet("color: #b00020;")
        self.ready()

    def say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("")

    def set_session_open(self, is_open: bool) -> None:
        """The banner shows at once when no cash session is open: told before tendering."""
        self.session_open = is_open
        self.session_banner.setVisible(not is_open)

    def selected_row(self) -> int:
        return self.table.selected_row()

    # --- the ticket and its total (ui/till_ticket.py) -----------------------------
    def refresh_total(self) -> None:
        till_ticket.refresh_total(self)

    def clear_ticket(self) -> None:
        till_ticket.clear_ticket(self)

    # --- its lines (ui/till_lines.py) ---------------------------------------------
    def scan_entered(self) -> None:
        till_lines.scan_entered(self)

    def add_tapped(self, product: ProductInfo) -> None:
        till_lines.add_tapped(self, product)

    def add_product(
        self, product: ProductInfo, quantity: Decimal, unit_price: Decimal | None
    ) -> None:
        till_lines.add_product(self, product, quantity, unit_price)

    def remove_line(self) -> None:
        till_lines.remove_line(self)

    def set_quantity(self, typed: str) -> None:
        till_lines.set_quantity(self, typed)

    def override_price(self) -> None:
        till_lines.override_price(self)

    def cancel_ticket(self) -> None:
        till_lines.cancel_ticket(self)

    def find_product(self) -> None:
        till_lines.find_product(self)

    def discount_line(self) -> None:
        till_lines.discount_line(self)

    def discount_ticket(self) -> None:
        till_lines.discount_ticket(self)

    # --- its customer (ui/till_customer.py) ---------------------------------------
    def choose_customer(self) -> None:
        till_customer.choose_customer(self)

    def set_customer(self, customer: CustomerInfo | None) -> None:
        till_customer.set_customer(self, customer)

    # --- held tickets (ui/till_held.py) -------------------------------------------
    def hold(self) -> None:
        till_held.hold(self)

    def recall(self) -> None:
        till_held.recall(self)

    # --- payment (ui/till_payment.py) ---------------------------------------------
    def pay(self) -> None:
        till_payment.pay(self)

    def pay_cash(self, handed: Money) -> None:
        till_payment.pay_cash(self, handed)

    def submit_payment(
        self,
        tenders: tuple[Tender, ...],
        approver: Actor | None = None,
        points: int = 0,
        credit_approver: Actor | None = None,
    ) -> None:
        till_payment.submit_payment(self, tenders, approver, points, credit_approver)

    def ask_approval(
        self,
        approved: Callable[[Actor], None],
        permission: Permission = Permission.SALES_DISCOUNT_OVERRIDE,
    ) -> None:
        till_payment.ask_approval(self, approved, permission)

    # --- printing (ui/till_printing.py) -------------------------------------------
    def print_receipt(self, path: Path, open_drawer: bool = False) -> None:
        till_printing.print_receipt(self, path, open_drawer)

    def print_x_report(self) -> None:
        till_printing.print_x_report(self)

    def reprint_last(self) -> None:
        till_printing.reprint_last(self)

    # --- returns (ui/till_returns.py) ---------------------------------------------
    def take_return(self) -> None:
        till_returns.take_return(self)

    # --- the cash session (ui/till_session.py) ------------------------------------
    def open_session(self) -> None:
        till_session.open_session(self)

    def close_session(self) -> None:
        till_session.close_session(self)

    # --- the customer display ---------------------------------------------------------------
    def toggle_customer_display(self) -> None:
        """Ctrl+D: the customer display opened or closed (ui/customer_display.py)."""
        toggle_display(self)

    def next_display_language(self) -> None:
        """Ctrl+Shift+D: the customer display's next language, kept for this register."""
        next_display_language(self)
