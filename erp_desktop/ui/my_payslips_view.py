"""The employee's own payslips: every user whose account is an employee's sees the list of
their payslips, the latest first, and opens one as its PDF (Enter or the button); a user
who is no employee sees a sentence saying so. What is listed is the use case's
(``app.payroll.payslips.my_payslips``), which reads the user's own rows alone."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from tempfile import gettempdir

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from erp_desktop.app.changes import Changed
from erp_desktop.app.payroll.payslips import PayslipView, my_payslips
from erp_desktop.kernel.payroll.run import CORRECTIVE
from erp_desktop.printing.payslip import render_payslip
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.formatting import money
from erp_desktop.ui.rows_model import RowsModel


class MyPayslipsView(QWidget):
    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        open_file: Callable[[Path], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.found: list[PayslipView] = []
        self.open_file = open_file or (
            lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        )
        self.model = RowsModel(self._headers, numeric=(2, 3))
        self.table = QTableView()
        self.table.setObjectName("my_payslips")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda index: self.open_payslip(index.row()))
        self.open_button = QPushButton()
        self.open_button.setObjectName("open_my_payslip")
        self.open_button.clicked.connect(lambda: self.open_payslip())
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, lambda: self.open_payslip())
        self.status = QLabel()
        self.status.setObjectName("my_payslips_status")
        self.status.setWordWrap(True)
        self.title = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.title)
        bar.addStretch(1)
        bar.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        ctx.db.data_did_change.connect(self._data_changed)
        self.retranslate()
        self.refresh()

    def _headers(self) -> tuple[str, ...]:
        return (self.tr("Month"), self.tr("Run"), self.tr("Gross"), self.tr("Net to pay"))

    def retranslate(self) -> None:
        self.title.setText(self.tr("My payslips"))
        self.open_button.setText(self.tr("Open the payslip (PDF)"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)

    def _data_changed(self, changes: frozenset[Changed]) -> None:
        if Changed.PAYROLL in changes:
            self.refresh()

    def refresh(self) -> None:
        if self.ctx.actor is None:
            return
        deps, actor = self.ctx.deps, self.ctx.actor
        self.ctx.db.submit(lambda: my_payslips(deps, actor), self._show, self._failed)

    def _show(self, found: list[PayslipView]) -> None:
        self.found = found
        locale = self.ctx.languages.locale
        self.model.set_rows(
            [
                (
                    f"{p.month:%m/%Y}",
                    p.run_number
                    + (" " + self.tr("(corrective)") if p.run_kind == CORRECTIVE else ""),
                    money(p.slip.payslip.gross, locale),
                    money(p.slip.payslip.net_to_pay, locale),
                )
                for p in found
            ]
        )
        self.open_button.setEnabled(bool(found))
        if found:
            self.table.selectRow(0)
            self.status.setText("")
        else:
            self.status.setText(
                self.tr("No payslip: your account is not an employee's, or none was paid yet.")
            )

    def open_payslip(self, row: int | None = None, path: Path | None = None) -> None:
        """Writes the chosen payslip's PDF (a file of the user's temporary folder unless
        ``path``) and opens it."""
        if row is None:
            current = self.table.currentIndex()
            row = current.row() if current.isValid() else -1
        if not 0 <= row < len(self.found):
            return
        chosen = self.found[row]
        target = path or Path(gettempdir()) / f"{chosen.run_number}-{chosen.slip.employee_id}.pdf"

        def job() -> Path:
            target.write_bytes(render_payslip(chosen))
            return target

        self.ctx.db.submit(job, self._opened, self._failed)

    def _opened(self, path: Path) -> None:
        self.open_file(path)

    def _failed(self, error: Exception) -> None:
        self.status.setText(self.ctx.explain(error))
