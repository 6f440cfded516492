"""The receivables page: what customers owe by age (current, 1-30, 31-60, 61-90, over 90
days past due), the overdue invoices to remind, and the cheques and traites in hand or at
the bank with their next step (deposited, cleared, bounced). From here a payment is
received (PaymentEntryDialog) and a customer's statement shown and saved as PDF
(StatementDialog). Every read and write runs on the database worker; the page refreshes
when a payment, an invoice or a pull changes what customers owe."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.app.changes import Changed
from erp_desktop.app.receivables.aged import (
    AgedReceivables,
    Reminder,
    aged_receivables,
    overdue_reminders,
    reminder_letter,
)
from erp_desktop.app.receivables.credit_application import apply_credit
from erp_desktop.app.receivables.instruments import held_instruments, record_instrument_step
from erp_desktop.app.records import HeldInstrument
from erp_desktop.kernel.money import Money
from erp_desktop.printing.reminder import render_reminder
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.formatting import count, local_name, money
from erp_desktop.ui.rows_model import RowsModel

_WATCHED = frozenset({Changed.CUSTOMERS, Changed.SALES, Changed.JOURNAL})


def _today(ctx: UiContext) -> QDate:
    """The replica's clock's day (a test's fixed clock, else now)."""
    if ctx.actor is None:
        return QDate.currentDate()
    now = ctx.deps.now()
    return QDate(now.year, now.month, now.day)


def _table(model: RowsModel, name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().hide()
    return table


class ReceivablesView(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.aged_data: AgedReceivables | None = None
        self.reminders: list[Reminder] = []
        self.instruments: list[HeldInstrument] = []
        self.aged_customers: list[UUID | None] = []
        self.as_of_label = QLabel()
        self.as_of = QDateEdit()
        self.as_of.setObjectName("as_of")
        self.as_of.setCalendarPopup(True)
        self.as_of.setDate(_today(ctx))
        self.as_of.dateChanged.connect(lambda _d: self.refresh())
        self.receive = QPushButton()
        self.receive.setObjectName("receive_payment")
        self.receive.clicked.connect(self.receive_payment)
        self.statement = QPushButton()
        self.statement.setObjectName("show_statement")
        self.statement.clicked.connect(self.show_statement)
        self.apply = QPushButton()
        self.apply.setObjectName("apply_credit")
        self.apply.clicked.connect(self.apply_credit)
        bar = QHBoxLayout()
        bar.addWidget(self.as_of_label)
        bar.addWidget(self.as_of)
        bar.addStretch(1)
        bar.addWidget(self.apply)
        bar.addWidget(self.statement)
        bar.addWidget(self.receive)
        self.aged = RowsModel(self._aged_headers, numeric=(2, 3, 4, 5, 6, 7))
        self.overdue = RowsModel(self._overdue_headers, numeric=(3, 4))
        self.held = RowsModel(self._held_headers, numeric=(6,))
        self.aged_table = _table(self.aged, "aged_table")
        self.overdue_table = _table(self.overdue, "overdue_table")
        self.held_table = _table(self.held, "instruments_table")
        self.steps = {step: QPushButton() for step in ("deposit", "clear", "bounce")}
        held_page = QWidget()
        held_layout = QVBoxLayout(held_page)
        held_layout.addWidget(self.held_table)
        steps_bar = QHBoxLayout()
        steps_bar.addStretch(1)
        for step, button in self.steps.items():
            button.setObjectName(f"instrument_{step}")
            button.clicked.connect(lambda _c=False, s=step: self.instrument_step(s))
            steps_bar.addWidget(button)
        held_layout.addLayout(steps_bar)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("receivables_tabs")
        self.tabs.addTab(self.aged_table, "")
        overdue_page = QWidget()
        overdue_layout = QVBoxLayout(overdue_page)
        overdue_layout.addWidget(self.overdue_table)
        self.letter = QPushButton()
        self.letter.setObjectName("reminder_letter")
        self.letter.clicked.connect(self.ask_where_to_save_reminder)
        letter_bar = QHBoxLayout()
        letter_bar.addStretch(1)
        letter_bar.addWidget(self.letter)
        overdue_layout.addLayout(letter_bar)
        self.tabs.addTab(overdue_page, "")
        self.tabs.addTab(held_page, "")
        self.notice = QLabel()
        self.notice.setObjectName("receivables_notice")
        self.notice.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.notice)
        ctx.db.data_did_change.connect(self._data_changed)
        self.retranslate()
        self.refresh()

    # -- texts ---------------------------------------------------------------------------

    def _aged_headers(self) -> tuple[str, ...]:
        return (
            self.tr("Customer"),
            self.tr("Currency"),
            self.tr("Not yet due"),
            self.tr("1-30 days"),
            self.tr("31-60 days"),
            self.tr("61-90 days"),
            self.tr("Over 90 days"),
            self.tr("Total owed"),
        )

    def _overdue_headers(self) -> tuple[str, ...]:
        return (
            self.tr("Customer"),
            self.tr("Invoice"),
            self.tr("Due on"),
            self.tr("Days late"),
            self.tr("Overdue"),
        )

    def _held_headers(self) -> tuple[str, ...]:
        return (
            self.tr("Payment"),
            self.tr("Customer"),
            self.tr("Means"),
            self.tr("Bank"),
            self.tr("Number"),
            self.tr("Due on"),
            self.tr("Amount"),
            self.tr("State"),
        )

    def retranslate(self) -> None:
        self.as_of_label.setText(self.tr("As of"))
        self.receive.setText(self.tr("Receive a payment…"))
        self.statement.setText(self.tr("Statement…"))
        self.apply.setText(self.tr("Apply the credit on account"))
        self.letter.setText(self.tr("Reminder letter…"))
        self.tabs.setTabText(0, self.tr("Aged receivables"))
        self.tabs.setTabText(1, self.tr("Overdue invoices"))
        self.tabs.setTabText(2, self.tr("Cheques and traites"))
        self.steps["deposit"].setText(self.tr("Deposited at the bank"))
        self.steps["clear"].setText(self.tr("Cleared"))
        self.steps["bounce"].setText(self.tr("Bounced"))
        for model in (self.aged, self.overdue, self.held):
            model.retranslate()
        self.show_data()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def tender_name(self, tender: str) -> str:
        return {
            "cash": self.tr("Cash"),
            "card": self.tr("Card"),
            "cheque": self.tr("Cheque"),
            "traite": self.tr("Traite"),
            "transfer": self.tr("Transfer"),
        }.get(tender, tender)

    def state_name(self, state: str) -> str:
        return {"in_hand": self.tr("In hand"), "deposited": self.tr("At the bank")}.get(
            state, state
        )

    # -- data ----------------------------------------------------------------------------

    def day(self) -> date:
        return self.as_of.date().toPython()  # type: ignore[return-value]

    def refresh(self) -> None:
        if self.ctx.actor is None:
            return
        deps, actor, day = self.ctx.deps, self.ctx.actor, self.day()

        def load() -> tuple[AgedReceivables, list[Reminder], list[HeldInstrument]]:
            return (
                aged_receivables(deps, actor, day),
                overdue_reminders(deps, actor, day),
                held_instruments(deps, actor),
            )

        self.ctx.db.submit(load, self._loaded, self.ctx.report_error)

    def _loaded(self, data: tuple[AgedReceivables, list[Reminder], list[HeldInstrument]]) -> None:
        self.aged_data, self.reminders, self.instruments = data
        self.show_data()

    def show_data(self) -> None:
        locale = self.ctx.languages.locale
        if self.aged_data is not None:
            rows: list[tuple[str, ...]] = []
            customers: list[UUID | None] = []
            for row in self.aged_data.rows:
                cells = [money(Money.from_minor(m, row.currency), locale) for m in row.buckets]
                total = money(Money.from_minor(row.total, row.currency), locale)
                name = local_name(row.customer, row.customer_ar, self.ctx.languages.language)
                rows.append((name, row.currency, *cells, total))
                customers.append(row.customer_id)
            bold = []
            for currency, sums in self.aged_data.totals().items():
                bold.append(len(rows))
                shown = [money(Money.from_minor(m, currency), locale) for m in sums]
                rows.append((self.tr("All customers"), currency, *shown))
                customers.append(None)
            self.aged.set_rows(rows, bold)
            self.aged_customers = customers
        self.overdue.set_rows(
            [
                (
                    local_name(item.customer, item.customer_ar, self.ctx.languages.language),
                    item.number,
                    item.due_on,
                    count(item.days_overdue, locale),
                    money(Money.from_minor(item.overdue_minor, item.currency), locale),
                )
                for r in self.reminders
                for item in r.items
            ]
        )
        self.held.set_rows(
            [
                (
                    h.number,
                    h.customer,
                    self.tender_name(h.tender),
                    h.bank,
                    h.instrument_number,
                    h.due_on,
                    money(Money.from_minor(h.amount_minor, h.currency), locale),
                    self.state_name(h.state),
                )
                for h in self.instruments
            ]
        )

    def _data_changed(self, changes: frozenset[Changed]) -> None:
        if changes & _WATCHED:
            self.refresh()

    # -- actions -------------------------------------------------------------------------

    def selected_customer(self) -> UUID | None:
        rows = self.aged_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.aged_customers):
            return None
        return self.aged_customers[rows[0].row()]

    def receive_payment(self) -> None:
        from erp_desktop.ui.payment_entry_dialog import PaymentEntryDialog

        dialog = PaymentEntryDialog(self.ctx, self.selected_customer(), self)
        dialog.open()

    def show_statement(self) -> None:
        from erp_desktop.ui.statement_dialog import StatementDialog

        customer = self.selected_customer()
        if customer is None:
            self.notice.setText(self.tr("Choose a customer in the aged receivables first."))
            return
        dialog = StatementDialog(self.ctx, customer, self)
        dialog.open()

    def overdue_customer(self) -> UUID | None:
        rows = self.overdue_table.selectionModel().selectedRows()
        flat = [r.customer_id for r in self.reminders for _ in r.items]
        return flat[rows[0].row()] if rows and rows[0].row() < len(flat) else None

    def ask_where_to_save_reminder(self) -> None:
        customer = self.overdue_customer()
        if customer is None:
            self.notice.setText(self.tr("Choose an overdue invoice first."))
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the reminder"), "reminder.pdf", self.tr("PDF (*.pdf)")
        )
        if name:
            self.save_reminder(customer, Path(name))

    def save_reminder(self, customer: UUID, path: Path) -> None:
        """Writes the customer's reminder letter (made on the worker) to ``path``."""
        if self.ctx.actor is None:
            return
        deps, actor, day = self.ctx.deps, self.ctx.actor, self.day()

        def write() -> Path:
            path.write_bytes(render_reminder(reminder_letter(deps, actor, customer, day)))
            return path

        self.ctx.db.submit(
            write,
            lambda done: self.notice.setText(self.tr("Saved: %1").replace("%1", str(done))),
            self._failed,
        )

    def apply_credit(self) -> None:
        """Settles the chosen customer's open invoices with the credit on their account."""
        customer = self.selected_customer()
        if customer is None or self.ctx.actor is None:
            self.notice.setText(self.tr("Choose a customer in the aged receivables first."))
            return
        deps, actor = self.ctx.deps, self.ctx.actor
        self.ctx.db.submit(
            lambda: apply_credit(deps, actor, customer),
            lambda done: self.notice.setText(
                self.tr("Recorded: %1").replace("%1", done.application.number)
            ),
            self._failed,
        )

    def instrument_step(self, step: str) -> None:
        rows = self.held_table.selectionModel().selectedRows()
        if not rows or self.ctx.actor is None:
            self.notice.setText(self.tr("Choose a cheque or a traite first."))
            return
        payment_id = self.instruments[rows[0].row()].payment_id
        deps, actor = self.ctx.deps, self.ctx.actor
        self.ctx.db.submit(
            lambda: record_instrument_step(deps, actor, payment_id, step),
            lambda done: self.notice.setText(
                self.tr("Recorded: %1").replace("%1", done.event.number)
            ),
            self._failed,
        )

    def _failed(self, error: Exception) -> None:
        self.notice.setText(self.ctx.explain(error))
