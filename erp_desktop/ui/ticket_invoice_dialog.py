"""Ctrl+I at the till: the A4 invoice of a ticket, when the customer asks for one.

The cashier types (or keeps) the ticket's number, the last one by default, and the
customer's name when the ticket had no customer attached (a customer attached with Ctrl+K
before paying is printed with their tax identifier). The invoice is rendered from the
stored sale on the database worker, saved in ``DIR/invoices/`` and printed on the
register's A4 printer when one is chosen (on the printer's worker), else only saved."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from erp_desktop.ui.till_documents import write_ticket_invoice

if TYPE_CHECKING:
    from erp_desktop.ui.pos_view import PosView


class TicketInvoiceDialog(QDialog):
    def __init__(self, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticket_invoice")
        self.setWindowTitle(self.tr("A4 invoice of a ticket"))
        self.number = QLineEdit(number)
        self.number.setObjectName("ticket_number")
        self.customer = QLineEdit()
        self.customer.setObjectName("invoice_customer")
        self.customer.setPlaceholderText(self.tr("When the ticket has no customer attached"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Ticket number"), self.number)
        form.addRow(self.tr("Customer's name"), self.customer)
        form.addRow(buttons)
        self.number.selectAll()


def print_ticket_invoice(till: PosView) -> None:
    """Asks which ticket, renders its invoice off the GUI thread, then prints it."""
    if till.ctx.actor is None:
        return
    last = till.last_receipt.stem if till.last_receipt else ""
    dialog = TicketInvoiceDialog(last, till)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    till.ready()
    number, named = dialog.number.text().strip(), dialog.customer.text().strip()
    if not accepted or not number:
        return
    deps, actor, folder = till.ctx.deps, till.ctx.actor, till.ctx.data_dir / "invoices"

    def written(path: Path) -> None:
        till.last_invoice = path
        till.say(
            QCoreApplication.translate("PosView", "Invoice of ticket %1 saved as %2.")
            .replace("%1", number)
            .replace("%2", str(path))
        )
        _print_a4(till, path)

    till.ctx.db.submit(
        lambda: write_ticket_invoice(deps, actor, number, folder, named), written, till.show_error
    )


def _print_a4(till: PosView, path: Path) -> None:
    from erp_desktop.ui.printers import A4_DOCUMENT, chosen_printer, send_receipt

    setting = chosen_printer(till.register_code, A4_DOCUMENT) if till.register_code else None
    if setting is None:
        return

    def job() -> Path:
        send_receipt(path.read_bytes(), path.stem, setting)
        return path

    def failed(error: Exception) -> None:
        till.say(
            QCoreApplication.translate(
                "PosView", "The A4 printer did not answer (%1); the invoice is saved as %2."
            )
            .replace("%1", str(error))
            .replace("%2", str(path))
        )

    till.ctx.printer.submit(job, lambda done: setattr(till, "last_printed", done), failed)
