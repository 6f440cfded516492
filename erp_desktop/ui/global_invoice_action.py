"""The "Issue today's global invoice" action of the books screen (Tunisian branches).

Offered only where the law asks for it (a Tunisian company) and to the roles that may
invoice (branch manager, accountant); the use case checks both again. It runs on the
database worker, then tells the number and offers to save the bilingual A4 as PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from erp_desktop.app.invoicing.global_invoice import (
    GlobalInvoiceResult,
    issue_global_invoice,
    may_issue_global_invoice,
)
from erp_desktop.kernel.errors import ErpError
from erp_desktop.printing.from_global_invoice import global_invoice_document
from erp_desktop.printing.invoice import render_invoice
from erp_desktop.ui.context import UiContext


class GlobalInvoiceAction(QObject):
    global_invoice_did_issue = Signal(object)  # GlobalInvoiceResult
    global_invoice_did_fail = Signal(str)  # the message shown

    def __init__(self, ctx: UiContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.widget = parent
        self.action = QAction(parent)
        self.action.setObjectName("issue_global_invoice")
        self.action.triggered.connect(self.issue)
        available = may_issue_global_invoice(ctx.actor, ctx.languages.country)
        self.action.setVisible(available)
        self.action.setEnabled(available)
        self.last: GlobalInvoiceResult | None = None
        # Where the PDF goes: a file dialog, replaced in tests.
        self.ask_path: Callable[[str], str] = self._ask_path
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self.tr("Issue today's global invoice"))
        self.action.setToolTip(self.tr("One invoice for today's till tickets, with its stamp duty"))

    def issue(self) -> None:
        actor = self.ctx.actor
        if actor is None:
            return
        self.action.setEnabled(False)
        deps = self.ctx.deps
        self.ctx.db.submit(lambda: issue_global_invoice(deps, actor), self._issued, self._failed)

    def _issued(self, result: GlobalInvoiceResult) -> None:
        self.action.setEnabled(True)
        self.last = result
        self.global_invoice_did_issue.emit(result)
        box = QMessageBox(self.widget)
        box.setObjectName("global_invoice_issued")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Global invoice"))
        box.setText(self.tr("Global invoice %1 issued.").replace("%1", result.invoice.number))
        save = box.addButton(self.tr("Save as PDF…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is save:
            path = self.ask_path(f"{result.invoice.number}.pdf")
            if path:
                self.save_pdf(result, Path(path))

    def _failed(self, error: Exception) -> None:
        self.action.setEnabled(True)
        text = self.ctx.explain(error)
        self.global_invoice_did_fail.emit(text)
        self.ctx.report_error(error)

    def save_pdf(self, result: GlobalInvoiceResult, path: Path) -> None:
        """Writes the A4, or tells what the company record lacks for the law (the invoice
        stays issued: the PDF can be saved again once the record is complete)."""
        primary = "ar" if self.ctx.languages.language == "ar" else "fr"
        document = global_invoice_document(result.invoice, result.company, result.branch)
        try:
            pdf = render_invoice(document, primary)
        except ErpError as error:
            self._failed(error)
            return
        path.write_bytes(pdf)

    def _ask_path(self, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self.widget,
            self.tr("Save the global invoice"),
            str(self.ctx.data_dir / suggested),
            self.tr("PDF documents (*.pdf)"),
        )
        return path
