"""What is owed to suppliers, and paying them: the aged payables per supplier (not yet
due, 1-30, 31-60, 61-90, over 90 days) beside the payment schedule (overdue, this week,
next week, later), and a payment by transfer, cheque, traite (its number and due date) or
cash, oldest invoices first; a blocked invoice waits until it is accepted."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.app.changes import Changed
from erp_desktop.app.purchasing.payments import (
    PaymentEntry,
    SupplierBalance,
    aged_payables,
    pay_supplier,
)
from erp_desktop.app.purchasing.suppliers import find_suppliers
from erp_desktop.kernel.documents.purchase import SUPPLIER_TENDERS, SupplierPayment
from erp_desktop.kernel.purchasing.suppliers import Supplier
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.formatting import money, parse_decimal_input
from erp_desktop.ui.rows_model import RowsModel


class PayablesTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.balances: list[SupplierBalance] = []
        self.model = RowsModel(self._headers, numeric=tuple(range(1, 11)))
        self.table = QTableView()
        self.table.setObjectName("aged_payables")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.supplier = QComboBox()
        self.supplier.setObjectName("pay_supplier")
        self.tender = QComboBox()
        self.tender.setObjectName("pay_tender")
        self.amount = QLineEdit()
        self.amount.setObjectName("pay_amount")
        self.instrument = QLineEdit()
        self.instrument.setObjectName("pay_instrument")
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setDate(QDate.currentDate().addDays(60))
        self.pay = QPushButton()
        self.pay.setObjectName("pay")
        self.pay.clicked.connect(self.submit)
        self.status = QLabel()
        self.status.setObjectName("payables_status")
        self.status.setWordWrap(True)
        self.labels = [QLabel() for _ in range(5)]
        form = QGridLayout()  # three fields a row: the tab fits a 1024 screen
        for place, (label, field) in enumerate(
            zip(
                self.labels,
                (self.supplier, self.tender, self.amount, self.instrument, self.due),
                strict=True,
            )
        ):
            form.addWidget(label, place // 3, 2 * (place % 3))
            form.addWidget(field, place // 3, 2 * (place % 3) + 1)
        form.addWidget(self.pay, 1, 5)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addWidget(self.status)
        ctx.db.data_did_change.connect(self._data_changed)
        self.retranslate()
        self.refresh()

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Supplier"),
            self.tr("Not yet due"),
            self.tr("1-30 days"),
            self.tr("31-60 days"),
            self.tr("61-90 days"),
            self.tr("Over 90 days"),
            self.tr("Total"),
            self.tr("Overdue"),
            self.tr("This week"),
            self.tr("Next week"),
            self.tr("Later"),
        )

    def _tenders(self) -> dict[str, str]:
        return {
            "transfer": self.tr("Transfer"),
            "cheque": self.tr("Cheque"),
            "traite": self.tr("Traite (bill of exchange)"),
            "cash": self.tr("Cash"),
        }

    def retranslate(self) -> None:
        for label, text in zip(
            self.labels,
            (
                self.tr("Supplier"),
                self.tr("By"),
                self.tr("Amount"),
                self.tr("Cheque or traite number"),
                self.tr("Traite due on"),
            ),
            strict=True,
        ):
            label.setText(text)
        chosen = self.tender.currentData()
        self.tender.clear()
        for tender in SUPPLIER_TENDERS:
            self.tender.addItem(self._tenders()[tender], tender)
        self.tender.setCurrentIndex(max(self.tender.findData(chosen), 0))
        self.pay.setText(self.tr("Pay"))
        self.model.retranslate()
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        deps, actor = self.ctx.deps, self.ctx.actor
        assert actor is not None

        def show(found: tuple[list[SupplierBalance], list[Supplier]]) -> None:
            self.balances, suppliers = found
            chosen = self.supplier.currentData()
            self.supplier.clear()
            arabic = self.ctx.languages.language == "ar"
            for s in suppliers:
                name = s.name_ar if arabic and s.name_ar else s.name
                self.supplier.addItem(f"{s.code} · {name}", str(s.id))
            self.supplier.setCurrentIndex(max(self.supplier.findData(chosen), 0))
            self._show()

        self.ctx.db.submit(
            lambda: (aged_payables(deps, actor), find_suppliers(deps, actor)),
            show,
            self.ctx.report_error,
        )

    def _show(self) -> None:
        locale = self.ctx.languages.locale
        arabic = self.ctx.languages.language == "ar"
        rows = []
        for b in self.balances:
            s = b.schedule
            rows.append(
                (
                    f"{b.code} · {b.name_ar if arabic and b.name_ar else b.name}",
                    *(money(m, locale) for _k, m in b.aged.buckets),
                    money(b.aged.total, locale),
                    money(s.overdue, locale),
                    money(s.this_week, locale),
                    money(s.next_week, locale),
                    money(s.later, locale),
                )
            )
        self.model.set_rows(rows)

    def _failed(self, error: Exception) -> None:
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(self.ctx.explain(error))

    def submit(self) -> None:
        deps, actor = self.ctx.deps, self.ctx.actor
        chosen = self.supplier.currentData()
        amount = parse_decimal_input(self.amount.text(), self.ctx.languages.locale)
        if actor is None or not chosen:
            return
        if amount is None:
            self._failed(ValueError(self.tr("The amount is not a number.")))
            return
        tender = str(self.tender.currentData())
        due = self.due.date()
        entry = PaymentEntry(
            UUID(chosen),
            tender,
            amount,
            instrument_number=self.instrument.text().strip(),
            instrument_due=date(due.year(), due.month(), due.day()) if tender == "traite" else None,
        )

        def done(outcome: tuple[SupplierPayment, object]) -> None:
            paid = outcome[0]
            self.status.setStyleSheet("")
            locale = self.ctx.languages.locale
            text = self.tr("%1 paid: %2.").replace("%1", paid.number)
            self.status.setText(text.replace("%2", str(money(paid.amount, locale))))
            self.amount.clear()
            self.instrument.clear()

        self.ctx.db.submit(lambda: pay_supplier(deps, actor, entry), done, self._failed)

    def _data_changed(self, changes: frozenset[Changed]) -> None:
        if changes & {Changed.PURCHASING, Changed.SUPPLIERS}:
            self.refresh()
