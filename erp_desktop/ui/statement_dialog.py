"""A customer's statement of account between two days, on screen and as the bilingual PDF
(erp_desktop.printing.statement) saved where the user says: the balance brought forward,
each movement with the running balance, the balance due."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.app.receivables.statement import Statement, customer_statement
from erp_desktop.kernel.money import Money
from erp_desktop.printing.statement import render_statement
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.formatting import local_name, money
from erp_desktop.ui.rows_model import RowsModel


class StatementDialog(QDialog):
    def __init__(self, ctx: UiContext, customer_id: UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.setObjectName("statement_dialog")
        self.data: Statement | None = None
        now = ctx.deps.now() if ctx.actor is not None else None
        today = QDate(now.year, now.month, now.day) if now else QDate.currentDate()
        self.start, self.end = QDateEdit(), QDateEdit()
        self.start.setObjectName("statement_start")
        self.end.setObjectName("statement_end")
        for edit, day in ((self.start, today.addMonths(-3)), (self.end, today)):
            edit.setCalendarPopup(True)
            edit.setDate(day)
            edit.dateChanged.connect(lambda _d: self.refresh())
        self.from_label, self.to_label = QLabel(), QLabel()
        self.title = QLabel()
        self.title.setObjectName("statement_title")
        self.title.setStyleSheet("font-weight: bold;")
        self.model = RowsModel(self._headers, numeric=(3, 4, 5))
        self.table = QTableView()
        self.table.setObjectName("statement_table")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.save = QPushButton()
        self.save.setObjectName("save_statement_pdf")
        self.save.clicked.connect(self.ask_where_to_save)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.from_label)
        bar.addWidget(self.start)
        bar.addWidget(self.to_label)
        bar.addWidget(self.end)
        bar.addStretch(1)
        bar.addWidget(self.save)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notice)
        self.resize(820, 520)
        self.retranslate()
        self.refresh()

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Date"),
            self.tr("Document"),
            self.tr("Movement"),
            self.tr("Debit"),
            self.tr("Credit"),
            self.tr("Balance"),
        )

    def kind_name(self, kind: str) -> str:
        return {
            "customer_invoice": self.tr("Invoice"),
            "customer_credit_note": self.tr("Credit note"),
            "customer_payment": self.tr("Payment"),
            "customer_refund": self.tr("Refund"),
            "instrument_bounced": self.tr("Bounced cheque or traite"),
            "ticket_on_account": self.tr("Ticket on account"),
        }.get(kind, kind)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Statement of account"))
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("to"))
        self.save.setText(self.tr("Save as PDF…"))
        self.close_button.setText(self.tr("Close"))
        self.model.retranslate()
        self.show_data()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def period(self) -> tuple[date, date]:
        return self.start.date().toPython(), self.end.date().toPython()  # type: ignore[return-value]

    def refresh(self) -> None:
        if self.ctx.actor is None:
            return
        deps, actor, customer = self.ctx.deps, self.ctx.actor, self.customer_id
        start, end = self.period()
        self.ctx.db.submit(
            lambda: customer_statement(deps, actor, customer, start, end),
            self._loaded,
            lambda e: self.notice.setText(self.ctx.explain(e)),
        )

    def _loaded(self, statement: Statement) -> None:
        self.data = statement
        self.show_data()

    def show_data(self) -> None:
        if self.data is None:
            return
        locale, language = self.ctx.languages.locale, self.ctx.languages.language
        customer = self.data.customer
        self.title.setText(local_name(customer.name, customer.name_ar, language))
        rows: list[tuple[str, ...]] = []
        bold: list[int] = []
        for section in self.data.sections:
            cur = section.currency

            def shown(minor: int, cur: str = cur) -> str:
                return money(Money.from_minor(minor, cur), locale)

            bold.append(len(rows))
            rows.append(("", "", self.tr("Brought forward"), "", "", shown(section.opening_minor)))
            for line in section.lines:
                r = line.row
                rows.append(
                    (
                        r.at.date().isoformat(),
                        r.number,
                        self.kind_name(r.kind),
                        shown(r.debit_minor) if r.debit_minor else "",
                        shown(r.credit_minor) if r.credit_minor else "",
                        shown(line.balance_minor),
                    )
                )
            bold.append(len(rows))
            rows.append(("", "", self.tr("Balance due"), "", "", shown(section.closing_minor)))
        self.model.set_rows(rows, bold)

    def ask_where_to_save(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the statement"), "statement.pdf", self.tr("PDF (*.pdf)")
        )
        if name:
            self.save_pdf(Path(name))

    def save_pdf(self, path: Path) -> None:
        if self.data is None:
            return
        path.write_bytes(render_statement(self.data))
        self.notice.setText(self.tr("Saved: %1").replace("%1", str(path)))
