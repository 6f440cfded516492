"""The branch's books from the local journal: trial balance, profit and loss, balance sheet,
VAT summary, for a chosen period, with export to CSV.

Reports are computed on the database worker and arrive as ready rows; the company-wide
figures come from the server's report endpoints once the branch is enrolled and online.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QDate, QEvent
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.app.accounting.reports import (
    account_names,
    balance_sheet,
    journal,
    profit_and_loss,
    trial_balance,
    vat_summary,
)
from erp_desktop.app.changes import Changed
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.kernel.errors import ErpError
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.permissions import Permission
from erp_desktop.sync.runner import company_report
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.desk_table import DeskTools
from erp_desktop.ui.formatting import money, number
from erp_desktop.ui.global_invoice_action import GlobalInvoiceAction
from erp_desktop.ui.rows_model import RowsModel
from erp_desktop.ui.table_export import write_csv, write_xlsx

Rows = tuple[list[tuple[str, ...]], list[int]]


class ReportsView(QWidget):
    REPORTS = ("trial_balance", "profit_and_loss", "balance_sheet", "vat_summary", "journal")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = QComboBox()
        self.kind.setObjectName("report_kind")
        for _ in self.REPORTS:
            self.kind.addItem("")
        self.start = QDateEdit()
        self.end = QDateEdit()
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        today = ctx.deps.now().date()
        self.start.setDate(QDate(today.year, 1, 1))
        self.end.setDate(QDate(today.year, today.month, today.day))
        self.start_label, self.end_label = QLabel(), QLabel()
        self.refresh_button = QPushButton()
        self.export_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        self.refresh_button.setToolTip("F5")
        self.export_button.setToolTip("Ctrl+Shift+E")
        self.export_button.clicked.connect(self.export_csv)
        self.global_invoice = GlobalInvoiceAction(ctx, self)  # Tunisian branches only
        self.global_invoice_button = QToolButton()
        self.global_invoice_button.setObjectName("global_invoice_button")
        self.global_invoice_button.setDefaultAction(self.global_invoice.action)
        self.global_invoice_button.setVisible(self.global_invoice.action.isVisible())
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.model = RowsModel(self._headers, numeric=(2, 3))
        self.table = QTableView()
        self.table.setObjectName("report_table")
        self.table.verticalHeader().hide()
        # filter, sorting by a column, totals of the rows shown (ui/desk_table.py); the
        # report's own export stays the button of the bar above
        self.tools = DeskTools(
            self.table,
            self.model,
            lambda: self.ctx.languages.locale,
            self.export_name,
            lambda: self.ctx.languages.language == "ar",
            export=False,
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        self.summary.setObjectName("report_summary")
        bar = QHBoxLayout()
        bar.addWidget(self.kind, 2)
        bar.addWidget(self.start_label)
        bar.addWidget(self.start)
        bar.addWidget(self.end_label)
        bar.addWidget(self.end)
        actions = QHBoxLayout()  # a row of their own: the page fits a 1024 screen
        actions.addWidget(self.refresh_button)
        actions.addWidget(self.export_button)
        actions.addWidget(self.global_invoice_button)
        actions.addStretch(1)
        self.company = QCheckBox()
        self.company.setObjectName("company_scope")
        self.company.setVisible(ctx.actor is not None and ctx.actor.may(Permission.REPORTS_COMPANY))
        self.company.toggled.connect(self._toggle_company)
        self._password: str | None = None
        bar.addWidget(self.company)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(actions)
        layout.addLayout(self.tools.bar())
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        # the desks' keys: F5 reads the period again, Ctrl+Shift+E exports what is shown
        QShortcut(QKeySequence("F5"), self, self.refresh)
        QShortcut(QKeySequence("Ctrl+Shift+E"), self, self.export_csv)
        ctx.db.data_did_change.connect(self._data_changed)
        self.retranslate()
        self.refresh()

    def _headers(self) -> tuple[str, ...]:
        kind = self.REPORTS[max(self.kind.currentIndex(), 0)]
        if kind == "trial_balance":
            return (self.tr("Account"), self.tr("Name"), self.tr("Debit"), self.tr("Credit"))
        if kind == "vat_summary":
            return (self.tr("Rate"), self.tr("Line"), self.tr("Base"), self.tr("VAT"))
        if kind == "journal":
            return (
                self.tr("Date and document"),
                self.tr("Account"),
                self.tr("Debit"),
                self.tr("Credit"),
            )
        return (self.tr("Account"), self.tr("Name"), self.tr("Amount"), "")

    def retranslate(self) -> None:
        names = (
            self.tr("Trial balance"),
            self.tr("Profit and loss"),
            self.tr("Balance sheet"),
            self.tr("VAT summary"),
            self.tr("Journal"),
        )
        for i, name in enumerate(names):
            self.kind.setItemText(i, name)
        self.start_label.setText(self.tr("From"))
        self.end_label.setText(self.tr("To"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.export_button.setText(self.tr("Export CSV…"))
        self.global_invoice.retranslate()
        self.tools.retranslate()
        self.company.setText(self.tr("Whole company (server)"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)

    def period(self) -> tuple[date, date]:
        return self.start.date().toPython(), self.end.date().toPython()  # type: ignore[return-value]

    def refresh(self) -> None:
        if self.ctx.actor is None:
            return
        deps, actor, locale = self.ctx.deps, self.ctx.actor, self.ctx.languages.locale
        arabic = self.ctx.languages.language == "ar"
        start, end = self.period()
        kind = self.REPORTS[max(self.kind.currentIndex(), 0)]
        labels = {
            "total": self.tr("Total"),
            "income": self.tr("Income"),
            "expenses": self.tr("Expenses"),
            "result": self.tr("Result"),
            "assets": self.tr("Assets"),
            "liabilities": self.tr("Liabilities and equity"),
            "collected": self.tr("VAT collected"),
            "deductible": self.tr("VAT deductible"),
            "net": self.tr("VAT due"),
            "stamp": self.tr("Stamp duty collected"),
            "balanced": self.tr("Balanced"),
            "unbalanced": self.tr("NOT BALANCED"),
            "current_result": self.tr("Result of the period"),
            "journal_cut": self.tr("The latest %1 lines; choose a shorter period to see all."),
        }
        if self.company.isChecked():
            self._refresh_company(kind, start, end, locale, arabic, labels)
            return
        build = _BUILDERS[kind]
        self.ctx.db.submit(
            lambda: build(ReportQuery(deps, actor, start, end, locale, arabic, labels)),
            self._show,
            self.ctx.report_error,
        )

    def _toggle_company(self, checked: bool) -> None:
        """The whole company's books come from the server, read with the user's password."""
        if checked and self._password is None:
            password, ok = QInputDialog.getText(
                self,
                self.tr("Company books"),
                self.tr("Your password"),
                QLineEdit.EchoMode.Password,
            )
            if not ok or not password:
                self.company.setChecked(False)
                return
            self._password = password
        self.refresh()

    def _refresh_company(
        self, kind: str, start: date, end: date, locale: str, arabic: bool, labels: dict[str, str]
    ) -> None:
        endpoint = COMPANY_ENDPOINTS.get(kind)
        actor = self.ctx.actor
        if endpoint is None or actor is None or self._password is None:
            self._show(([], [], self.tr("This report is only kept at the branch.")))
            return
        params = (
            {"at": end.isoformat()}
            if kind == "balance_sheet"
            else {"start": start.isoformat(), "end": end.isoformat()}
        )
        deps, username, password = self.ctx.deps, actor.username, self._password

        def shown(body: dict[str, Any]) -> None:
            self._show(_company_rows(kind, body, locale, arabic, labels))

        def failed(error: Exception) -> None:
            if isinstance(error, ErpError) and error.code == "auth.invalid_credentials":
                self._password = None
                self.company.setChecked(False)
            self._show(([], [], self.ctx.explain(error)))

        run_db = self.ctx.db.run_here
        self.ctx.net.submit(
            lambda: company_report(deps, endpoint, username, password, run_db, **params),
            shown,
            failed,
        )

    def _show(self, outcome: tuple[list[tuple[str, ...]], list[int], str]) -> None:
        rows, bold, summary = outcome
        self.model.set_rows(rows, bold)
        self.summary.setText(summary)

    def export_name(self) -> str:
        """The default file name: the report's name in the user's language and its period."""
        title = self.kind.currentText() or self.tr("Report")
        safe = "".join(c for c in title if c.isalnum() or c in " -_").strip() or "report"
        period = (
            f"{self.start.date().toString('yyyy-MM-dd')}_{self.end.date().toString('yyyy-MM-dd')}"
        )
        return f"{safe} {period}"

    def export_csv(self) -> None:
        csv_filter = self.tr("CSV, numbers with a dot (*.csv)")
        xlsx_filter = self.tr("Excel workbook (*.xlsx)")
        name, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the report"),
            str(Path.home() / f"{self.export_name()}.csv"),
            f"{csv_filter};;{xlsx_filter}",
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() == ".xlsx" or (chosen == xlsx_filter and not path.suffix):
            self.write_xlsx(path.with_suffix(".xlsx"))
        else:
            self.write_csv(path)

    def write_csv(self, path: Path) -> None:
        """Semicolon-separated, UTF-8 with BOM (Excel opens it with the Arabic intact);
        amounts are plain decimals with a dot, so a spreadsheet reads them as numbers. The
        rows shown, in the order shown (a filter and a sort apply), as on every desk."""
        write_csv(path, self.tools.sheet_rows())

    def write_xlsx(self, path: Path) -> None:
        """An Excel workbook: amounts are numeric cells, the total lines in bold, the sheet
        right to left in Arabic; the rows shown, in the order shown."""
        shown = self.tools.shown_rows()
        bold = [n for n, row in enumerate(shown) if row in self.model.bold_rows]
        title = self.kind.currentText() or "report"
        arabic = self.ctx.languages.language == "ar"
        write_xlsx(path, self.tools.sheet_rows(), title, arabic, bold)

    def _data_changed(self, changes: frozenset[Changed]) -> None:
        if Changed.JOURNAL in changes and self.isVisible():
            self.refresh()


class ReportQuery(NamedTuple):
    """What every report builder reads: who asks, for which period, in which language."""

    deps: Deps
    actor: Actor
    start: date
    end: date
    locale: str
    arabic: bool
    labels: dict[str, str]


def _name(names: dict[str, tuple[str, str]], code: str, arabic: bool) -> str:
    fr, ar = names.get(code, (code, code))
    return ar if arabic and ar else fr


def _trial_balance(
    q: ReportQuery,
) -> tuple[list[tuple[str, ...]], list[int], str]:
    tb = trial_balance(q.deps, q.actor, q.start, q.end)
    rows: list[tuple[str, ...]] = [
        (
            r.account,
            r.name_ar if q.arabic and r.name_ar else r.name,
            money(r.debit, q.locale),
            money(r.credit, q.locale),
        )
        for r in tb.rows
    ]
    rows.append(
        ("", q.labels["total"], money(tb.total_debit, q.locale), money(tb.total_credit, q.locale))
    )
    return rows, [len(rows) - 1], q.labels["balanced"] if tb.balanced else q.labels["unbalanced"]


class _Sections:
    """Rows of a two-sided statement: a bold heading, its accounts, a bold total."""

    def __init__(self, names: dict[str, tuple[str, str]], arabic: bool, locale: str) -> None:
        self.names, self.arabic, self.locale = names, arabic, locale
        self.rows: list[tuple[str, ...]] = []
        self.bold: list[int] = []

    def line(self, label: str, amount: Money | None = None, bold: bool = True) -> None:
        if bold:
            self.bold.append(len(self.rows))
        self.rows.append(("", label, money(amount, self.locale) if amount is not None else "", ""))

    def section(self, heading: str, accounts: Iterable[tuple[str, Money]]) -> None:
        self.line(heading)
        self.rows += [
            (code, _name(self.names, code, self.arabic), money(amount, self.locale), "")
            for code, amount in accounts
        ]


def _profit_and_loss(
    q: ReportQuery,
) -> tuple[list[tuple[str, ...]], list[int], str]:
    pl = profit_and_loss(q.deps, q.actor, q.start, q.end)
    out = _Sections(account_names(q.deps, q.actor), q.arabic, q.locale)
    out.section(q.labels["income"], pl.income)
    out.line(q.labels["total"], pl.total_income)
    out.section(q.labels["expenses"], pl.expenses)
    out.line(q.labels["total"], pl.total_expenses)
    out.line(q.labels["result"], pl.result)
    return out.rows, out.bold, f"{q.labels['result']}: {money(pl.result, q.locale)}"


def _balance_sheet(
    q: ReportQuery,
) -> tuple[list[tuple[str, ...]], list[int], str]:
    bs = balance_sheet(q.deps, q.actor, q.end)
    out = _Sections(account_names(q.deps, q.actor), q.arabic, q.locale)
    out.section(q.labels["assets"], bs.assets)
    out.line(q.labels["total"], bs.total_assets)
    out.section(q.labels["liabilities"], (*bs.liabilities, *bs.equity))
    out.line(q.labels["current_result"], bs.result, bold=False)
    out.line(q.labels["total"], bs.total_liabilities_and_equity)
    return out.rows, out.bold, q.labels["balanced"] if bs.balanced else q.labels["unbalanced"]


def _vat_summary(
    q: ReportQuery,
) -> tuple[list[tuple[str, ...]], list[int], str]:
    vat = vat_summary(q.deps, q.actor, q.start, q.end)
    rows: list[tuple[str, ...]] = [
        (
            f"{number(line.rate, q.locale)} %",
            q.labels["collected"],
            money(line.base, q.locale),
            money(line.vat, q.locale),
        )
        for line in vat.collected
    ]
    rows.append(("", q.labels["collected"], "", money(vat.total_collected, q.locale)))
    rows.append(("", q.labels["deductible"], "", money(vat.deductible, q.locale)))
    rows.append(("", q.labels["net"], "", money(vat.net_due, q.locale)))
    rows.append(("", q.labels["stamp"], "", money(vat.stamp_duty, q.locale)))
    bold = [len(rows) - 2]
    return rows, bold, f"{q.labels['net']}: {money(vat.net_due, q.locale)}"


def _journal(
    q: ReportQuery,
) -> tuple[list[tuple[str, ...]], list[int], str]:
    names = account_names(q.deps, q.actor)
    lines, cut = journal(q.deps, q.actor, q.start, q.end)
    rows: list[tuple[str, ...]] = [
        (
            f"{on}  {document}",
            f"{account}  {_name(names, account, q.arabic)}",
            money(debit, q.locale) if debit.amount else "",
            money(credit, q.locale) if credit.amount else "",
        )
        for on, document, account, _memo, debit, credit in lines
    ]
    summary = q.labels["journal_cut"].replace("%1", str(len(rows))) if cut else ""
    return rows, [], summary


COMPANY_ENDPOINTS = {
    "trial_balance": "trial-balance",
    "profit_and_loss": "profit-and-loss",
    "balance_sheet": "balance-sheet",
    "vat_summary": "vat-summary",
}


def _company_rows(
    kind: str, body: dict[str, Any], locale: str, arabic: bool, labels: dict[str, str]
) -> tuple[list[tuple[str, ...]], list[int], str]:
    """The server's report (amounts as decimal text) shown like the branch's own."""
    summary = body["summary"]
    currency = summary.get("currency", "DZD")

    def m(value: str) -> str:
        return money(Money.of(Decimal(value), currency), locale)

    rows: list[tuple[str, ...]]
    if kind == "trial_balance":
        rows = [(r[0], r[2] if arabic and r[2] else r[1], m(r[3]), m(r[4])) for r in body["rows"]]
        rows.append(("", labels["total"], m(summary["total_debit"]), m(summary["total_credit"])))
        return (
            rows,
            [len(rows) - 1],
            labels["balanced"] if summary["balanced"] else labels["unbalanced"],
        )
    if kind == "vat_summary":
        rows = [(f"{r[0]} %", labels["collected"], m(r[1]), m(r[2])) for r in body["rows"]]
        return rows, [], f"{labels['net']}: {m(summary['net_due'])}"
    rows = [(r[1], r[2], m(r[3]), "") for r in body["rows"]]
    if kind == "profit_and_loss":
        rows.append(("", labels["result"], m(summary["result"]), ""))
        return rows, [len(rows) - 1], f"{labels['result']}: {m(summary['result'])}"
    rows.append(("", labels["total"], m(summary["total_assets"]), ""))
    return (
        rows,
        [len(rows) - 1],
        labels["balanced"] if summary["balanced"] else labels["unbalanced"],
    )


_BUILDERS: dict[str, Callable[[ReportQuery], tuple[list[tuple[str, ...]], list[int], str]]] = {
    "trial_balance": _trial_balance,
    "profit_and_loss": _profit_and_loss,
    "balance_sheet": _balance_sheet,
    "vat_summary": _vat_summary,
    "journal": _journal,
}
