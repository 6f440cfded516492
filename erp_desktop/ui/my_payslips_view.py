"""The employee's own payslips: every user whose account is an employee's sees the list of
their payslips, the latest first, and opens one as its PDF (Enter or the button); a user
who is no employee sees a sentence saying so. What is listed is the use case's
(``app.payroll.payslips.my_payslips``), which reads the user's own rows alone.

A branch's replica keeps no payslip: there the page asks the user's password again and
reads their payslips from the server (online only; offline it says so and offers to try
again). What the server answers is held by this page alone, in memory, never written to
the replica nor queued; the PDF is printed here by the same code as at head office."""

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
from erp_desktop.app.payroll.payslips import (
    PayslipView,
    my_payslips,
    payslips_kept_here,
    served_payslips,
)
from erp_desktop.kernel.errors import ErpError
from erp_desktop.kernel.payroll.run import CORRECTIVE
from erp_desktop.printing.payslip import render_payslip
from erp_desktop.sync.runner import own_payslips_from_server
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.formatting import money
from erp_desktop.ui.password_again_dialog import PasswordAgainDialog
from erp_desktop.ui.rows_model import RowsModel

# the server could not be reached (or this PC has none): the page offers to try again
NEEDS_NETWORK = frozenset({"sync.offline", "sync.server_error", "sync.not_enrolled"})


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
        self.kept_here: bool | None = None  # known after the first refresh
        self.password_dialog: PasswordAgainDialog | None = None
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
        self.fetch_button = QPushButton()
        self.fetch_button.setObjectName("fetch_my_payslips")
        self.fetch_button.clicked.connect(self.ask_password)
        self.fetch_button.hide()
        self.status = QLabel()
        self.status.setObjectName("my_payslips_status")
        self.status.setWordWrap(True)
        self.title = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.title)
        bar.addStretch(1)
        bar.addWidget(self.fetch_button)
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
        self.fetch_button.setText(self.tr("Show my payslips"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)

    def _data_changed(self, changes: frozenset[Changed]) -> None:
        if Changed.PAYROLL in changes and self.kept_here:
            self.refresh()

    def refresh(self) -> None:
        if self.ctx.actor is None:
            return
        deps, actor = self.ctx.deps, self.ctx.actor

        def job() -> list[PayslipView] | None:
            return my_payslips(deps, actor) if payslips_kept_here(deps) else None

        self.ctx.db.submit(job, self._listed, self._failed)

    def _listed(self, found: list[PayslipView] | None) -> None:
        self.kept_here = found is not None
        if found is not None:
            self._show(found)
        elif not self.found:
            self.fetch_button.show()
            self.open_button.setEnabled(False)
            self.status.setText(
                self.tr(
                    "Your payslips are kept on the company's server: show them with your password."
                )
            )

    def ask_password(self) -> None:
        """At a branch: the user's password again, then their payslips from the server."""
        if self.ctx.actor is None:
            return
        self.password_dialog = PasswordAgainDialog(self.ctx.actor.username, self)
        self.password_dialog.accepted.connect(self._password_given)
        self.password_dialog.open()

    def _password_given(self) -> None:
        dialog, actor = self.password_dialog, self.ctx.actor
        if dialog is None or actor is None:
            return
        password = dialog.typed()
        dialog.password.clear()
        deps, run_db, username = self.ctx.deps, self.ctx.db.run_here, actor.username
        self.fetch_button.setEnabled(False)
        self.status.setText(self.tr("Asking the server…"))

        def served(answer: dict[str, object]) -> None:
            self.ctx.db.submit(
                lambda: served_payslips(deps, actor, answer), self._fetched, self._unfetched
            )

        self.ctx.net.submit(
            lambda: own_payslips_from_server(deps, username, password, run_db),
            served,
            self._unfetched,
        )

    def _fetched(self, found: list[PayslipView]) -> None:
        self.fetch_button.setEnabled(True)
        self.fetch_button.hide()
        self._show(found)

    def _unfetched(self, error: Exception) -> None:
        self.fetch_button.setEnabled(True)
        self.fetch_button.show()
        if isinstance(error, ErpError) and error.code in NEEDS_NETWORK:
            self.fetch_button.setText(self.tr("Try again"))
            self.status.setText(
                self.tr(
                    "Your payslips are on the company's server: this PC needs the network to "
                    "show them. Try again once it is back."
                )
            )
            return
        self.status.setText(self.ctx.explain(error))

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
