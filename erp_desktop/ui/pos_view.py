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
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.app.auth import log_in_with_pin
from erp_desktop.app.catalog import ScanResult, products_by_id, scan
from erp_desktop.app.changes import Changed, Done
from erp_desktop.app.context import Actor
from erp_desktop.app.records import CustomerInfo, ProductInfo
from erp_desktop.app.till.barcode_index import BarcodeIndex, barcode_index
from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, CheckoutResult, checkout, quote
from erp_desktop.app.till.held import RecalledTicket, held_tickets, hold_ticket, recall_held
from erp_desktop.app.till.lines import line_quantity
from erp_desktop.app.till.returns import return_sale
from erp_desktop.app.till.sessions import (
    SessionReport,
    close_cash_session,
    open_cash_session,
    x_report,
)
from erp_desktop.app.till.settings import TillSettings, till_settings
from erp_desktop.kernel.documents import SaleDocument
from erp_desktop.kernel.errors import ConflictError, ErpError
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.permissions import Permission
from erp_desktop.kernel.sales import Discount, Tender, TenderKind
from erp_desktop.kernel.sales.quick_cash import quick_cash
from erp_desktop.kernel.sales.totals import SaleTotals
from erp_desktop.ui.cart_model import CartEntry, CartTableModel
from erp_desktop.ui.cash_count_dialog import CashCountDialog
from erp_desktop.ui.change_banner import ChangeBanner
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.customer_dialog import CustomerDialog
from erp_desktop.ui.customer_display import (
    CustomerDisplay,
    next_display_language,
    toggle_display,
)
from erp_desktop.ui.formatting import local_name, money
from erp_desktop.ui.payment_dialog import PaymentDialog
from erp_desktop.ui.product_search_dialog import ProductSearchDialog
from erp_desktop.ui.return_dialog import ReturnDialog
from erp_desktop.ui.ticket_invoice_dialog import print_ticket_invoice
from erp_desktop.ui.till_documents import write_receipt, write_session_report
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
        self.table = QTableView()
        self.table.setModel(self.cart)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        # Sized by the till itself, not ResizeToContents: Qt's own mode measured every line's
        # cells at each change (at 20 lines, most of the GUI thread's time of a scan).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.cart.rowsInserted.connect(lambda _p, first, last: self._widen(first, last))
        self.cart.dataChanged.connect(
            lambda top, bottom, *_r: self._widen(top.row(), bottom.row(), top.column())
        )
        self.cart.modelReset.connect(self._fit_columns)
        self.cart.headerDataChanged.connect(self._fit_columns)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.verticalHeader().hide()
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
        self._show_total()

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

    def _fit_columns(self, *_args: object) -> None:
        """Price and amount columns fit their longest text after every change of the cart
        (a scan, a quote, a language), not only at the next relayout."""
        for column in range(1, self.cart.columnCount()):
            self.table.resizeColumnToContents(column)

    def _widen(self, first: int, last: int, from_column: int = 1) -> None:
        """The columns widened to the lines ``first`` to ``last`` if they need it: a scan
        measures its own line, not the whole ticket (never narrower during a ticket)."""
        grid = 1 if self.table.showGrid() else 0
        for column in range(max(1, from_column), self.cart.columnCount()):
            need = max(
                (
                    self.table.sizeHintForIndex(self.cart.index(row, column)).width() + grid
                    for row in range(first, last + 1)
                ),
                default=0,
            )
            if need > self.table.columnWidth(column):
                self.table.setColumnWidth(column, need)

    # --- the cart -------------------------------------------------------------------------
    def _request(
        self, tenders: tuple[Tender, ...] = (), approver: Actor | None = None
    ) -> CheckoutRequest:
        discount = Discount(percent=self.ticket_discount) if self.ticket_discount else None
        customer = self.customer.id if self.customer else None
        return CheckoutRequest(self.cart.cart_lines(), tenders, discount, customer, approver)

    def refresh_total(self) -> None:
        """Asks the kernel what the ticket costs (VAT, discounts), off the GUI thread."""
        if not self.cart.entries or self.ctx.actor is None:
            self.quoted = None
            self._show_total()
            return
        deps, actor, request = self.ctx.deps, self.ctx.actor, self._request()
        revision = self.cart.revision
        self.ctx.db.submit(
            lambda: quote(deps, actor, request),
            lambda totals: self._quoted(totals, revision),
            self.show_error,
        )

    def _quoted(self, totals: SaleTotals, revision: int) -> None:
        if revision != self.cart.revision:
            return  # the cart changed since: its own quote is on the way
        self.quoted = totals
        self.cart.show_quote(revision, [line.gross for line in totals.lines])
        self._show_total()
        if 0 <= self.last_added < len(self.cart.entries):
            entry = self.cart.entries[self.last_added]
            amount = self.cart.line_amount(self.last_added)
            self.line_quoted.emit(entry.product, entry.quantity, amount)

    def _show_total(self) -> None:
        locale = self.ctx.languages.locale
        total = self.quoted.gross if self.quoted else Money.zero(self.currency)
        self.total_label.setText(money(total, locale))
        on = self.ctx.deps.business_date(self.country)
        buttons = (
            quick_cash(total, self.country, on, self.cash_step, self.ctx.deps.taxes)
            if self.quoted
            else []
        )
        self.touch.quick_cash.show_amounts(buttons, locale)
        self.total_shown.emit(self.quoted.gross if self.quoted else None)
        if self.quoted and not self.quoted.discount.is_zero():
            self.discount_label.setText(
                self.tr("Discounts: %1").replace("%1", money(self.quoted.discount, locale))
            )
        else:
            self.discount_label.clear()

    def scan_entered(self) -> None:
        text = self.scan_field.text().strip()
        self.scan_field.clear()
        if not text or self.ctx.actor is None:
            return
        if text.endswith("*"):  # "4*" and no code: the quantity of the selected line
            self.set_quantity(text[:-1])
            return
        deps, actor = self.ctx.deps, self.ctx.actor
        known = self.barcodes.scan(actor, text)  # a known barcode: no hop to the worker
        if known is not None:
            self._scanned(known)
            return
        self.ctx.db.submit(lambda: scan(deps, actor, text), self._scanned, self.show_error)

    def add_tapped(self, product: ProductInfo) -> None:
        """A tile of the touch grid: the product, by the quantity typed before ("3*")."""
        typed = self.scan_field.text().strip()
        self.scan_field.clear()
        quantity = Decimal(1)
        if typed.endswith("*"):
            try:
                quantity = line_quantity(product, typed[:-1])
            except ErpError as error:
                self.show_error(error)
                return
        self.add_product(product, quantity, None)
        self.ready()

    def _scanned(self, result: ScanResult) -> None:
        self.add_product(result.product, result.quantity, result.unit_price)

    def add_product(
        self, product: ProductInfo, quantity: Decimal, unit_price: Decimal | None
    ) -> None:
        row = self.cart.add(product, quantity, unit_price)
        self.last_added = row
        self.table.selectRow(row)
        self.change_label.hide()
        self.say("")
        # The quote is asked once the line is painted: submitted at once, the worker took
        # the GIL for the quote while the GUI thread was still to paint the line (4.7 ms
        # of the scan, benchmarks/bench_scan_to_line.py).
        QTimer.singleShot(0, self.refresh_total)

    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else self.cart.rowCount() - 1

    def remove_line(self) -> None:
        self.cart.remove(self.selected_row())
        self.refresh_total()

    def set_quantity(self, typed: str) -> None:
        row = self.selected_row()
        if row < 0:
            return
        try:
            value = line_quantity(self.cart.entries[row].product, typed)
        except ErpError as error:
            self.show_error(error)
            return
        self.cart.set_quantity(row, value)
        self.say("")
        self.refresh_total()

    def override_price(self) -> None:
        """Ctrl+P: the selected line's unit price typed by hand (a damaged box, a price
        label that differs). Allowed with ``sales.price_override``; a cashier asks a
        manager's PIN, and the sale records who approved (``approved_by``)."""
        row = self.selected_row()
        if row < 0 or self.ctx.actor is None:
            return
        entry = self.cart.entries[row]
        value, ok = QInputDialog.getDouble(
            self,
            self.tr("Change the price"),
            self.tr("Unit price"),
            float(entry.unit_price),
            0.01,
            10**9,
            2,
        )
        self.ready()
        if not ok:
            return
        price = Money.of(Decimal(str(round(value, 2))), entry.product.currency).amount

        def apply(approver: Actor | None) -> None:
            if approver is not None:
                self.price_approver = approver
            self.cart.override_price(row, price)
            self.refresh_total()

        if self.ctx.actor.may(Permission.SALES_PRICE_OVERRIDE):
            apply(None)
        else:
            self.ask_approval(apply, Permission.SALES_PRICE_OVERRIDE)

    def cancel_ticket(self) -> None:
        """Ctrl+Del: the whole ticket dropped, after the cashier confirms."""
        if not self.cart.entries:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Cancel the ticket"),
            self.tr("Remove every line of this ticket?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        self.ready()
        if answer == QMessageBox.StandardButton.Yes:
            self.clear_ticket()
            self.say(self.tr("Ticket cancelled."))

    def find_product(self) -> None:
        dialog = ProductSearchDialog(self.ctx, self)
        if dialog.exec() == ProductSearchDialog.DialogCode.Accepted and dialog.chosen:
            self.add_product(dialog.chosen, Decimal(1), None)
        self.ready()

    def _ask_percent(self, title: str) -> Decimal | None:
        value, ok = QInputDialog.getDouble(self, title, self.tr("Discount (%)"), 0, 0, 100, 2)
        self.ready()
        return Decimal(str(round(value, 2))) if ok else None

    def discount_line(self) -> None:
        row = self.selected_row()
        if row < 0:
            return
        percent = self._ask_percent(self.tr("Line discount"))
        if percent is not None:
            self.cart.set_discount(row, percent)
            self.refresh_total()

    def discount_ticket(self) -> None:
        if not self.cart.entries:
            return
        percent = self._ask_percent(self.tr("Ticket discount"))
        if percent is not None:
            self.ticket_discount = percent
            self.refresh_total()

    def clear_ticket(self) -> None:
        self.cart.clear()
        self.ticket_discount = Decimal(0)
        self.price_approver = None
        self.set_customer(None)
        self.quoted = None
        self._show_total()

    def choose_customer(self) -> None:
        """Ctrl+K: attach a customer (found, or created here offline) to the ticket."""
        dialog = CustomerDialog(self.ctx, self)
        accepted = dialog.exec() == CustomerDialog.DialogCode.Accepted
        self.ready()
        if accepted and dialog.chosen is not None:
            self.set_customer(dialog.chosen)

    def set_customer(self, customer: CustomerInfo | None) -> None:
        self.customer = customer
        if customer is None:
            self.customer_label.clear()
            return
        name = local_name(customer.name, customer.name_ar, self.ctx.languages.language)
        text = self.tr("Customer: %1").replace("%1", name)
        if customer.store_credit_minor:
            credit = Money.from_minor(customer.store_credit_minor, customer.currency)
            text += " · " + self.tr("store credit %1").replace(
                "%1", money(credit, self.ctx.languages.locale)
            )
        self.customer_label.setText(text)

    # --- held tickets ------------------------------------------------------------------
    def hold(self) -> None:
        if not self.cart.entries or self.ctx.actor is None:
            return
        label, ok = QInputDialog.getText(self, self.tr("Hold the ticket"), self.tr("Name or note"))
        self.ready()
        if not ok:
            return
        deps, actor, lines = self.ctx.deps, self.ctx.actor, self.cart.cart_lines()
        customer = self.customer.id if self.customer else None
        shown = label.strip() or self.tr("Ticket")

        def held(_ticket: object) -> None:
            self.clear_ticket()
            self.say(self.tr("Ticket held: %1").replace("%1", shown))

        self.ctx.db.submit(
            lambda: hold_ticket(deps, actor, shown, lines, customer), held, self.show_error
        )

    def recall(self) -> None:
        if self.ctx.actor is None:
            return
        deps, actor = self.ctx.deps, self.ctx.actor
        self.ctx.db.submit(lambda: held_tickets(deps, actor), self._choose_held, self.show_error)

    def _choose_held(self, tickets: list[tuple[object, str]]) -> None:
        if not tickets:
            self.say(self.tr("No ticket is on hold."))
            return
        labels = [label for _, label in tickets]
        label, ok = QInputDialog.getItem(
            self, self.tr("Recall a ticket"), self.tr("Ticket"), labels, 0, False
        )
        self.ready()
        if not ok or self.ctx.actor is None:
            return
        ticket_id = tickets[labels.index(label)][0]
        deps, actor = self.ctx.deps, self.ctx.actor

        def job() -> tuple[RecalledTicket, list[ProductInfo]]:
            ticket = recall_held(deps, actor, ticket_id)  # type: ignore[arg-type]
            return ticket, products_by_id(deps, actor, [ln.product_id for ln in ticket.lines])

        self.ctx.db.submit(job, self._recalled, self.show_error)

    def _recalled(self, outcome: tuple[RecalledTicket, list[ProductInfo]]) -> None:
        ticket, products = outcome
        lines: tuple[CartLine, ...] = ticket.lines
        by_id = {p.id: p for p in products}
        entries = []
        for line in lines:
            product = by_id[line.product_id]
            price = (
                line.unit_price or Money.from_minor(product.price_minor, product.currency).amount
            )
            percent = (
                line.discount.percent if line.discount and line.discount.percent else Decimal(0)
            )
            scale = line.unit_price is not None and not line.price_overridden
            entries.append(
                CartEntry(product, line.quantity, price, scale, percent, line.price_overridden)
            )
        self.cart.replace(entries)
        self.set_customer(ticket.customer)
        self.refresh_total()

    # --- payment --------------------------------------------------------------------------
    def pay(self) -> None:
        if not self.cart.entries or self.ctx.actor is None or self.quoted is None:
            return
        if self.session_open is False:  # told before a tender is typed, not after
            self.show_error(ConflictError("sales.no_open_session", register=self.register_code))
            return
        dialog = PaymentDialog(
            self.quoted.gross,
            self.country,
            self.ctx.deps.business_date(self.country),
            self.cash_step,
            self.ctx.languages.locale,
            self,
            self.foreign_rates,
            Money.from_minor(self.customer.store_credit_minor, self.currency)
            if self.customer and self.customer.store_credit_minor
            else None,
            self.ctx.deps.taxes,
        )
        accepted = dialog.exec() == PaymentDialog.DialogCode.Accepted
        self.ready()
        if accepted:
            self.submit_payment(dialog.tenders())

    def pay_cash(self, handed: Money) -> None:
        """A quick-cash button: the ticket paid in cash with what the customer handed over
        (the exact amount or a banknote), no tender dialog."""
        if not self.cart.entries or self.ctx.actor is None or self.quoted is None:
            return
        if self.session_open is False:
            self.show_error(ConflictError("sales.no_open_session", register=self.register_code))
            return
        self.submit_payment((Tender(TenderKind.CASH, handed),))
        self.ready()

    def submit_payment(self, tenders: tuple[Tender, ...], approver: Actor | None = None) -> None:
        assert self.ctx.actor is not None
        request = self._request(tenders, approver or self.price_approver)
        deps, actor, folder = self.ctx.deps, self.ctx.actor, self.ctx.data_dir / "receipts"

        def job() -> tuple[CheckoutResult, Path]:
            result = checkout(deps, actor, request)
            return result, write_receipt(deps, actor, result.sale.number, folder)

        def failed(error: Exception) -> None:
            if isinstance(error, ErpError) and error.code == "sales.discount_needs_approval":
                self.ask_approval(lambda manager: self.submit_payment(tenders, manager))
                return
            if isinstance(error, ErpError) and error.code == "sales.price_override_needs_approval":
                self.ask_approval(
                    lambda manager: self.submit_payment(tenders, manager),
                    Permission.SALES_PRICE_OVERRIDE,
                )
                return
            self.show_error(error)

        cash = any(tender.kind is TenderKind.CASH for tender in tenders)
        self.ctx.db.submit(job, lambda outcome: self._paid(outcome, cash), failed)

    def ask_approval(
        self,
        approved: Callable[[Actor], None],
        permission: Permission = Permission.SALES_DISCOUNT_OVERRIDE,
    ) -> None:
        """A manager types their PIN at the till to approve a large discount or a typed
        price (``permission``). The PIN is
        checked on the database worker (an argon2 check and a write: never on the GUI
        thread), and wrong PINs count against this register like at the login."""
        pin, ok = QInputDialog.getText(
            self, self.tr("Manager approval"), self.tr("Manager PIN"), QLineEdit.EchoMode.Password
        )
        self.ready()
        if not ok:
            return
        deps = self.ctx.deps
        register = self.ctx.register_id if isinstance(self.ctx.register_id, UUID) else None

        def checked(manager: Actor) -> None:
            if not manager.may(permission):
                refused = (
                    self.tr("%1 may not change prices.")
                    if permission is Permission.SALES_PRICE_OVERRIDE
                    else self.tr("%1 may not approve discounts.")
                )
                self.say(refused.replace("%1", manager.username))
                return
            approved(manager)

        self.ctx.db.submit(lambda: log_in_with_pin(deps, pin, register), checked, self.show_error)

    def _paid(self, outcome: tuple[CheckoutResult, Path], cash: bool = False) -> None:
        result, path = outcome
        self.last_receipt = path
        self.clear_ticket()
        self.print_receipt(path, open_drawer=cash)
        settled = result.settlement
        self.last_added = -1
        self.sale_paid.emit(settled.cash_tendered + settled.non_cash_paid, settled.change_due)
        change = money(result.settlement.change_due, self.ctx.languages.locale)
        self.change_label.show_change(self.tr("Change due: %1").replace("%1", change))
        self.say(
            self.tr("Sale %1 done. Change due: %2")
            .replace("%1", result.sale.number)
            .replace("%2", change)
        )
        self.ctx.db.data_did_change.emit(result.changes)
        self.ready()

    # --- the customer display ---------------------------------------------------------------
    def toggle_customer_display(self) -> None:
        """Ctrl+D: the customer display opened or closed (ui/customer_display.py)."""
        toggle_display(self)

    def next_display_language(self) -> None:
        """Ctrl+Shift+D: the customer display's next language, kept for this register."""
        next_display_language(self)

    # --- printing -------------------------------------------------------------------------
    def print_receipt(self, path: Path, open_drawer: bool = False) -> None:
        """Prints on the register's receipt printer, once one has been chosen (Session menu);
        until then the receipt is only saved as PDF. The job runs on the printer's worker:
        the cashier scans the next customer while it prints, and a printer that does not
        answer is said in the status line (the sale is recorded and its PDF kept). A cash
        payment opens the drawer wired to an ESC/POS printer."""
        from erp_desktop.ui.printers import RECEIPT, chosen_printer, send_receipt

        setting = chosen_printer(self.register_code, RECEIPT) if self.register_code else None
        if setting is None:
            return

        def job() -> Path:
            send_receipt(path.read_bytes(), path.stem, setting, open_drawer)
            return path

        def printed(done: Path) -> None:
            self.last_printed = done

        def failed(error: Exception) -> None:
            self.say(
                self.tr("The receipt printer did not answer (%1); the receipt is saved as %2.")
                .replace("%1", str(error))
                .replace("%2", str(path))
            )

        self.ctx.printer.submit(job, printed, failed)

    def print_x_report(self) -> None:
        """F11: the X report of the open session (totals so far; nothing is closed)."""
        if self.ctx.actor is None:
            return
        deps, actor, folder = self.ctx.deps, self.ctx.actor, self.ctx.data_dir / "reports"

        def printed(path: Path) -> None:
            from erp_desktop.ui.printers import RECEIPT, chosen_printer, open_in_viewer

            self.last_report = path
            if self.register_code and chosen_printer(self.register_code, RECEIPT):
                self.print_receipt(path)
            else:
                open_in_viewer(path.read_bytes(), path.stem)
            self.say(self.tr("X report printed."))

        self.ctx.db.submit(
            lambda: write_session_report(deps, actor, x_report(deps, actor), folder),
            printed,
            self.show_error,
        )

    def reprint_last(self) -> None:
        """F12: the last receipt again, marked DUPLICATA, printed or opened in the viewer."""
        if self.last_receipt is None or self.ctx.actor is None:
            return
        deps, actor, number = self.ctx.deps, self.ctx.actor, self.last_receipt.stem
        folder = self.ctx.data_dir / "receipts"

        def shown(path: Path) -> None:
            from erp_desktop.ui.printers import RECEIPT, chosen_printer, open_in_viewer

            self.last_duplicate = path
            if self.register_code and chosen_printer(self.register_code, RECEIPT):
                self.print_receipt(path)
            else:
                open_in_viewer(path.read_bytes(), path.stem)
            self.say(self.tr("Duplicate of %1.").replace("%1", number))

        self.ctx.db.submit(
            lambda: write_receipt(deps, actor, number, folder, duplicate=True),
            shown,
            self.show_error,
        )

    # --- returns --------------------------------------------------------------------------
    def take_return(self) -> None:
        if self.ctx.actor is None or not self.ctx.actor.may(Permission.SALES_RETURN):
            return
        dialog = ReturnDialog(self.ctx, self)
        accepted = dialog.exec() == ReturnDialog.DialogCode.Accepted
        self.ready()
        request = dialog.request() if accepted else None
        if request is None or not request.quantities:
            return
        deps, actor, folder = self.ctx.deps, self.ctx.actor, self.ctx.data_dir / "receipts"

        def job() -> tuple[Done[SaleDocument], Path]:
            outcome = return_sale(deps, actor, request)
            return outcome, write_receipt(deps, actor, outcome.made.number, folder)

        def done(printed: tuple[Done[SaleDocument], Path]) -> None:
            outcome, path = printed
            credit = outcome.made
            self.last_return = credit
            self.last_credit_note = path
            self.print_receipt(path)  # the credit note, on the receipt printer
            self.ctx.db.data_did_change.emit(outcome.changes)
            refund = money(credit.total, self.ctx.languages.locale)
            self.say(
                self.tr("Credit note %1: %2 refunded.")
                .replace("%1", credit.number)
                .replace("%2", refund)
            )

        self.ctx.db.submit(job, done, self.show_error)

    # --- cash session ---------------------------------------------------------------------
    def open_session(self) -> None:
        value, ok = QInputDialog.getDouble(
            self, self.tr("Open the cash session"), self.tr("Opening float"), 0, 0, 10**9, 2
        )
        self.ready()
        if not ok or self.ctx.actor is None:
            return
        deps, actor = self.ctx.deps, self.ctx.actor
        float_ = Money.of(Decimal(str(round(value, 2))), self.currency)

        def opened(_result: object) -> None:
            self.set_session_open(True)
            self.say(self.tr("Cash session open."))

        self.ctx.db.submit(lambda: open_cash_session(deps, actor, float_), opened, self.show_error)

    def close_session(self) -> None:
        if self.ctx.actor is None:
            return
        deps, actor = self.ctx.deps, self.ctx.actor
        self.ctx.db.submit(lambda: x_report(deps, actor), self._count_cash, self.show_error)

    def _count_cash(self, report: SessionReport) -> None:
        dialog = CashCountDialog(report.expected_cash, self.ctx.languages.locale, self)
        accepted = dialog.exec() == CashCountDialog.DialogCode.Accepted
        self.ready()
        if not accepted or self.ctx.actor is None:
            return
        deps, actor, counted = self.ctx.deps, self.ctx.actor, dialog.denominations()
        folder = self.ctx.data_dir / "reports"

        def done(outcome: tuple[SessionReport, Path]) -> None:
            closed, self.last_report = outcome
            self.print_receipt(self.last_report)
            self.ctx.db.data_did_change.emit(frozenset({Changed.CASH_SESSION, Changed.JOURNAL}))
            shown = (
                money(closed.difference, self.ctx.languages.locale) if closed.difference else "0"
            )
            self.last_z_report = closed
            self.set_session_open(False)
            self.say(
                self.tr("Session closed, Z report %1. Difference: %2")
                .replace("%1", str(closed.z_number))
                .replace("%2", shown)
            )

        def job() -> tuple[SessionReport, Path]:
            closed = close_cash_session(deps, actor, counted)[0]
            return closed, write_session_report(deps, actor, closed, folder)

        self.ctx.db.submit(job, done, self.show_error)
