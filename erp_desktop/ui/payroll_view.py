"""Head office's payroll: prepare a month's run, review it, post it, correct it; read each
payslip's lines and print it; export the transfer order and the declarations' figures.

Every call runs on the database worker through the payroll use cases, which check the
actor's permission themselves (this page is only offered to HR, the use cases refuse the
others anyway). A prepared run is not written until it is posted: the review table shows
its payslips, or every employee refused with the reason in the user's language.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.app.changes import Changed
from erp_desktop.app.payroll.declarations import payroll_declaration, transfer_order
from erp_desktop.app.payroll.inputs import Adjustment, adjustment_of
from erp_desktop.app.payroll.month_items import month_items, record_month_items
from erp_desktop.app.payroll.payslips import payroll_run, payroll_runs, payslip_view
from erp_desktop.app.payroll.runs import PreparedRun, post_payroll_run, prepare_month_run
from erp_desktop.kernel.payroll.declarations import declaration_csv
from erp_desktop.kernel.payroll.month_items import MonthItems
from erp_desktop.kernel.payroll.payslip import LineKind
from erp_desktop.kernel.payroll.run import CORRECTIVE, PayrollRun, RunPayslip, RunSummary
from erp_desktop.kernel.payroll.transfers import TransferOrder, transfer_csv
from erp_desktop.printing.payslip import render_payslip
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.formatting import money, number
from erp_desktop.ui.payroll_adjustments_dialog import PayrollAdjustmentsDialog
from erp_desktop.ui.rows_model import RowsModel


class PayrollView(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.summaries: list[RunSummary] = []
        self.shown_run: PayrollRun | None = None  # the run whose payslips the table shows
        self.prepared: PreparedRun | None = None
        self.corrects: UUID | None = None
        # a correction's figures (a paid month's stored items no longer change), by employee
        self.adjustments: dict[UUID, Adjustment] = {}
        self.correction_items: dict[UUID, MonthItems] = {}
        self.month_label = QLabel()
        self.month = QDateEdit()
        self.month.setObjectName("payroll_month")
        self.month.setDisplayFormat("MM/yyyy")
        self.month.setCalendarPopup(True)
        today = ctx.deps.now().date()
        self.month.setDate(QDate(today.year, today.month, 1))
        self.prepare_button = QPushButton()
        self.prepare_button.setObjectName("prepare_run")
        self.correct_button = QPushButton()
        self.correct_button.setObjectName("prepare_correction")
        self.post_button = QPushButton()
        self.post_button.setObjectName("post_run")
        self.adjust_button = QPushButton()
        self.adjust_button.setObjectName("adjust_run")
        self.adjust_button.clicked.connect(lambda: self.adjust())
        self.print_button = QPushButton()
        self.print_button.setObjectName("print_payslip")
        self.transfer_button = QPushButton()
        self.transfer_button.setObjectName("export_transfer")
        self.declaration_button = QPushButton()
        self.declaration_button.setObjectName("export_declaration")
        self.prepare_button.clicked.connect(lambda: self.prepare())
        self.correct_button.clicked.connect(lambda: self.prepare(correct=True))
        self.post_button.clicked.connect(self.post)
        self.print_button.clicked.connect(lambda: self.print_payslip())
        self.transfer_button.clicked.connect(lambda: self.export_transfer())
        self.declaration_button.clicked.connect(lambda: self.export_declaration())

        self.runs_model = RowsModel(self._run_headers, numeric=(3, 4, 5))
        self.runs = QTableView()
        self.runs.setObjectName("payroll_runs")
        self.runs.setModel(self.runs_model)
        self.runs.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.runs.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.runs.verticalHeader().hide()
        self.runs.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.runs.selectionModel().currentRowChanged.connect(
            lambda cur, _p: self._open_run(cur.row())
        )

        self.slips_model = RowsModel(self._slip_headers, numeric=(1, 2, 3, 4))
        self.slips = QTableView()
        self.slips.setObjectName("payslips")
        self.slips.setModel(self.slips_model)
        self.slips.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.slips.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.slips.verticalHeader().hide()
        header = self.slips.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.slips.selectionModel().currentRowChanged.connect(
            lambda cur, _p: self._show_lines(cur.row())
        )

        self.lines_model = RowsModel(self._line_headers, numeric=(1, 2, 3))
        self.lines = QTableView()
        self.lines.setObjectName("payslip_lines")
        self.lines.setModel(self.lines_model)
        self.lines.verticalHeader().hide()
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        self.status = QLabel()
        self.status.setObjectName("payroll_status")
        self.status.setWordWrap(True)
        self.title = QLabel()
        self.title.setObjectName("payroll_title")

        bar = QHBoxLayout()
        bar.addWidget(self.month_label)
        bar.addWidget(self.month)
        for button in (
            self.prepare_button,
            self.adjust_button,
            self.correct_button,
            self.post_button,
        ):
            bar.addWidget(button)
        bar.addStretch(1)
        exports = QHBoxLayout()  # a second row: the first stays whole on a 1024 px screen
        exports.addWidget(self.title, 1)
        for button in (self.print_button, self.transfer_button, self.declaration_button):
            exports.addWidget(button)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.slips)
        right.addWidget(self.lines)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.runs)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setSizes([380, 760])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(exports)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        ctx.db.data_did_change.connect(self._data_changed)
        self.retranslate()
        self.refresh()

    # --- texts

    def _run_headers(self) -> tuple[str, ...]:
        return (
            self.tr("Run"),
            self.tr("Month"),
            self.tr("Kind"),
            self.tr("Employees"),
            self.tr("Gross"),
            self.tr("Net to pay"),
        )

    def _slip_headers(self) -> tuple[str, ...]:
        return (
            self.tr("Employee"),
            self.tr("Gross"),
            self.tr("Contributions"),
            self.tr("Income tax"),
            self.tr("Net to pay"),
        )

    def _line_headers(self) -> tuple[str, ...]:
        return (self.tr("Line"), self.tr("Base"), self.tr("Rate"), self.tr("Amount"))

    def retranslate(self) -> None:
        self.month_label.setText(self.tr("Month"))
        self.prepare_button.setText(self.tr("Prepare the run"))
        self.correct_button.setText(self.tr("Prepare a corrective run"))
        self.post_button.setText(self.tr("Post the run"))
        self.adjust_button.setText(self.tr("Advances and hours…"))
        self.print_button.setText(self.tr("Print the payslip…"))
        self.transfer_button.setText(self.tr("Transfer order (CSV)…"))
        self.declaration_button.setText(self.tr("Declaration (CSV)…"))
        for model in (self.runs_model, self.slips_model, self.lines_model):
            model.retranslate()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)

    def _kind(self, kind: str) -> str:
        return self.tr("Corrective") if kind == CORRECTIVE else self.tr("Monthly")

    def _update_buttons(self) -> None:
        ready = self.prepared is not None and self.prepared.run is not None
        self.post_button.setEnabled(ready)
        self.adjust_button.setEnabled(ready)
        stored = self.shown_run is not None and self.prepared is None
        self.correct_button.setEnabled(stored)
        self.print_button.setEnabled(stored)
        self.transfer_button.setEnabled(stored)

    # --- reading

    def selected_month(self) -> date:
        return self.month.date().toPython().replace(day=1)  # type: ignore[no-any-return, attr-defined]

    def refresh(self) -> None:
        if self.ctx.actor is None:
            return
        deps, actor = self.ctx.deps, self.ctx.actor
        self.ctx.db.submit(lambda: payroll_runs(deps, actor), self._show_runs, self._failed)

    def _data_changed(self, changes: frozenset[Changed]) -> None:
        if Changed.PAYROLL in changes:
            self.refresh()

    def _show_runs(self, summaries: list[RunSummary]) -> None:
        self.summaries = summaries
        locale = self.ctx.languages.locale
        self.runs_model.set_rows(
            [
                (
                    s.number,
                    f"{s.month:%m/%Y}",
                    self._kind(s.kind),
                    str(s.employees),
                    money(s.gross, locale),
                    money(s.net_to_pay, locale),
                )
                for s in summaries
            ]
        )
        if summaries and self.shown_run is None and self.prepared is None:
            self.runs.selectRow(0)  # the latest run, opened for reading
            self._open_run(0)

    def _open_run(self, row: int) -> None:
        if not 0 <= row < len(self.summaries) or self.ctx.actor is None:
            return
        deps, actor, run_id = self.ctx.deps, self.ctx.actor, self.summaries[row].id
        self.ctx.db.submit(
            lambda: payroll_run(deps, actor, run_id), self._show_stored, self._failed
        )

    def _show_stored(self, run: PayrollRun) -> None:
        self.prepared = None
        self._show_payslips(run)
        self.title.setText(
            self.tr("Run %1 (%2)").replace("%1", run.number).replace("%2", self._kind(run.kind))
        )

    def _show_payslips(self, run: PayrollRun) -> None:
        self.shown_run = run
        locale = self.ctx.languages.locale
        rows = []
        for s in run.payslips:
            p = s.payslip
            rows.append(
                (
                    s.name_ar if self.ctx.languages.language == "ar" else s.name,
                    money(p.gross, locale),
                    money(p.contributions(LineKind.WITHHOLDING, "social"), locale),
                    money(p.income_tax + p.solidarity, locale),
                    money(p.net_to_pay, locale),
                )
            )
        total = run.total
        rows.append(
            (
                self.tr("Total"),
                money(total("gross"), locale),
                money(total("employee_contributions"), locale),
                money(total("income_tax") + total("solidarity"), locale),
                money(total("net_to_pay"), locale),
            )
        )
        self.slips_model.set_rows(rows, bold_rows=[len(rows) - 1])
        self.lines_model.set_rows([])
        self._update_buttons()
        if run.payslips:
            self.slips.selectRow(0)
            self._show_lines(0)

    def _show_lines(self, row: int) -> None:
        run = self.shown_run
        if run is None or not 0 <= row < len(run.payslips):
            self.lines_model.set_rows([])
            return
        locale, arabic = self.ctx.languages.locale, self.ctx.languages.language == "ar"
        slip = run.payslips[row].payslip
        shown: list[tuple[str, ...]] = []
        bold: list[int] = []
        for line in slip.lines:
            if line.kind is LineKind.FIGURE and line.code not in (
                "gross",
                "taxable",
                "net",
                "net_to_pay",
            ):
                continue
            if line.kind is LineKind.FIGURE:
                bold.append(len(shown))
            shown.append(
                (
                    line.label_ar if arabic else line.label_fr,
                    money(line.base, locale) if line.base is not None else "",
                    f"{number(line.rate.normalize(), locale)} %" if line.rate is not None else "",
                    money(-line.amount if line.kind in _TAKEN_OFF else line.amount, locale),
                )
            )
        self.lines_model.set_rows(shown, bold_rows=bold)

    def selected_payslip(self) -> RunPayslip | None:
        run = self.shown_run
        row = self.slips.currentIndex().row()
        if run is None or not 0 <= row < len(run.payslips):
            return None
        return run.payslips[row]

    # --- actions

    def prepare(self, correct: bool = False) -> None:
        if self.ctx.actor is None:
            return
        deps, actor, month = self.ctx.deps, self.ctx.actor, self.selected_month()
        corrects = self.shown_run.id if correct and self.shown_run is not None else None
        if correct and self.prepared is not None and self.corrects is not None:
            corrects = self.corrects  # prepared again with HR's adjustments
        elif self.corrects is None or corrects != self.corrects:
            self.adjustments, self.correction_items = {}, {}  # a new run or correction
        if corrects is not None and self.shown_run is not None:
            month = self.shown_run.month
        self.corrects = corrects
        # a first run reads HR's stored items; a correction the figures typed for it
        adjustments = dict(self.adjustments) if corrects is not None else {}
        self.ctx.db.submit(
            lambda: prepare_month_run(deps, actor, month, adjustments, corrects=corrects),
            self._show_prepared,
            self._failed,
        )

    def adjust(self, dialog: PayrollAdjustmentsDialog | None = None) -> None:
        """HR's items of the month for the prepared run's employees, read from what was
        stored; the run is prepared again with them."""
        run = self.prepared.run if self.prepared is not None else None
        if run is None or self.ctx.actor is None:
            return
        deps, actor, month = self.ctx.deps, self.ctx.actor, run.month
        if self.corrects is not None:  # a paid month: its items stay as the run read them
            self._edit_items(run, dialog, {e: i for e, i in self.correction_items.items()})
            return
        self.ctx.db.submit(
            lambda: month_items(deps, actor, month),
            lambda found: self._edit_items(run, dialog, {i.employee_id: i for i in found}),
            self._failed,
        )

    def _edit_items(
        self,
        run: PayrollRun,
        dialog: PayrollAdjustmentsDialog | None,
        current: dict[UUID, MonthItems],
    ) -> None:
        arabic = self.ctx.languages.language == "ar"
        dialog = dialog or PayrollAdjustmentsDialog(
            run.payslips, run.month, run.currency, current, arabic, self, self.ctx.explain
        )
        if dialog.exec() != PayrollAdjustmentsDialog.DialogCode.Accepted:
            return
        entries = dialog.entries
        if self.corrects is not None:  # a correction's figures, for this run alone
            self.correction_items = {i.employee_id: i for i in entries}
            self.adjustments = {i.employee_id: adjustment_of(i, run.country) for i in entries}
            self.prepare(correct=True)
            return
        deps, actor, month = self.ctx.deps, self.ctx.actor, run.month
        assert actor is not None
        self.ctx.db.submit(
            lambda: record_month_items(deps, actor, month, entries),
            lambda _done: self.prepare(),
            self._failed,
        )

    def _show_prepared(self, prepared: PreparedRun) -> None:
        self.prepared = prepared
        if prepared.run is None:
            self.shown_run = None
            self.slips_model.set_rows([(r.name, "", "", "", "") for r in prepared.refusals])
            self.lines_model.set_rows([])
            reasons = [f"{r.name}: {self.ctx.explain(r.error)}" for r in prepared.refusals]
            self.status.setText(self.tr("Nobody can be paid yet:") + "\n" + "\n".join(reasons))
            self.title.setText("")
        else:
            self._show_payslips(prepared.run)
            self.title.setText(self.tr("Prepared, not posted: review the payslips, then post."))
            self.status.setText("")
        self._update_buttons()

    def post(self) -> None:
        if self.ctx.actor is None or self.prepared is None:
            return
        deps, actor, prepared = self.ctx.deps, self.ctx.actor, self.prepared
        self.ctx.db.submit(
            lambda: post_payroll_run(deps, actor, prepared), self._posted, self._failed
        )

    def _posted(self, posted: object) -> None:
        run = getattr(posted, "run", None)
        self.prepared = None
        if isinstance(run, PayrollRun):
            self._show_payslips(run)
            self.title.setText(
                self.tr("Run %1 (%2)").replace("%1", run.number).replace("%2", self._kind(run.kind))
            )
            self.status.setText(self.tr("Run %1 posted.").replace("%1", run.number))
        self.ctx.db.data_did_change.emit(frozenset({Changed.PAYROLL, Changed.JOURNAL}))

    def print_payslip(self, path: Path | None = None) -> None:
        slip, run = self.selected_payslip(), self.shown_run
        if slip is None or run is None or self.ctx.actor is None:
            return
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the payslip"), f"{run.number}-{slip.name}.pdf", "PDF (*.pdf)"
            )
            if not chosen:
                return
            path = Path(chosen)
        deps, actor, target = self.ctx.deps, self.ctx.actor, path

        def job() -> Path:
            target.write_bytes(render_payslip(payslip_view(deps, actor, run.id, slip.employee_id)))
            return target

        self.ctx.db.submit(job, self._saved, self._failed)

    def export_transfer(self, path: Path | None = None) -> None:
        run = self.shown_run
        if run is None or self.ctx.actor is None:
            return
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the transfer order"),
                f"{run.number}-virements.csv",
                "CSV (*.csv)",
            )
            if not chosen:
                return
            path = Path(chosen)
        deps, actor, target = self.ctx.deps, self.ctx.actor, path

        def job() -> tuple[Path, TransferOrder]:
            order = transfer_order(deps, actor, run.id)
            target.write_text(transfer_csv(order), encoding="utf-8")
            return target, order

        self.ctx.db.submit(job, self._saved_transfer, self._failed)

    def _saved_transfer(self, done: tuple[Path, TransferOrder]) -> None:
        path, order = done
        notes = [self.tr("Saved: %1").replace("%1", str(path))]
        for name, error in order.refusals:
            notes.append(
                self.tr("Not in the file: %1").replace("%1", f"{name}: {self.ctx.explain(error)}")
            )
        locale = self.ctx.languages.locale
        for name, amount in order.overpaid:
            notes.append(
                self.tr("Overpaid, to take back: %1").replace(
                    "%1", f"{name} {money(amount, locale)}"
                )
            )
        self.status.setText("\n".join(notes))

    def export_declaration(self, path: Path | None = None) -> None:
        if self.ctx.actor is None:
            return
        month = self.selected_month()
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the declaration"),
                f"declaration-{month:%Y-%m}.csv",
                "CSV (*.csv)",
            )
            if not chosen:
                return
            path = Path(chosen)
        deps, actor, target = self.ctx.deps, self.ctx.actor, path

        def job() -> Path:
            figures = payroll_declaration(deps, actor, month.year, month=month.month)
            target.write_text(declaration_csv(figures), encoding="utf-8")
            return target

        self.ctx.db.submit(job, self._saved, self._failed)

    def _saved(self, path: Path) -> None:
        self.status.setText(self.tr("Saved: %1").replace("%1", str(path)))

    def _failed(self, error: Exception) -> None:
        self.status.setText(self.ctx.explain(error))

    def run_id(self) -> UUID | None:
        return self.shown_run.id if self.shown_run else None


_TAKEN_OFF = (LineKind.DEDUCTION, LineKind.WITHHOLDING)
