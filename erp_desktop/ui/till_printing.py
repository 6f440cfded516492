"""What the till prints: the receipt after each sale on the register's printer (once one is
chosen; the PDF is kept either way), the X report (F11) and the last receipt again (F12).

Functions of the till (``PosView``); their texts keep its translation context "PosView"."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from erp_desktop.app.till.sessions import x_report
from erp_desktop.ui.till_documents import write_receipt, write_session_report

if TYPE_CHECKING:
    from erp_desktop.ui.pos_view import PosView


def print_receipt(till: PosView, path: Path, open_drawer: bool = False) -> None:
    """Prints on the register's receipt printer, once one has been chosen (Session menu);
    until then the receipt is only saved as PDF. The job runs on the printer's worker:
    the cashier scans the next customer while it prints, and a printer that does not
    answer is said in the status line (the sale is recorded and its PDF kept). A cash
    payment opens the drawer wired to an ESC/POS printer."""
    from erp_desktop.ui.printers import RECEIPT, chosen_printer, send_receipt

    setting = chosen_printer(till.register_code, RECEIPT) if till.register_code else None
    if setting is None:
        return

    def job() -> Path:
        send_receipt(path.read_bytes(), path.stem, setting, open_drawer)
        return path

    def printed(done: Path) -> None:
        till.last_printed = done

    def failed(error: Exception) -> None:
        till.say(
            QCoreApplication.translate(
                "PosView", "The receipt printer did not answer (%1); the receipt is saved as %2."
            )
            .replace("%1", str(error))
            .replace("%2", str(path))
        )

    till.ctx.printer.submit(job, printed, failed)


def print_x_report(till: PosView) -> None:
    """F11: the X report of the open session (totals so far; nothing is closed)."""
    if till.ctx.actor is None:
        return
    deps, actor, folder = till.ctx.deps, till.ctx.actor, till.ctx.data_dir / "reports"

    def printed(path: Path) -> None:
        from erp_desktop.ui.printers import RECEIPT, chosen_printer, open_in_viewer

        till.last_report = path
        if till.register_code and chosen_printer(till.register_code, RECEIPT):
            till.print_receipt(path)
        else:
            open_in_viewer(path.read_bytes(), path.stem)
        till.say(QCoreApplication.translate("PosView", "X report printed."))

    till.ctx.db.submit(
        lambda: write_session_report(deps, actor, x_report(deps, actor), folder),
        printed,
        till.show_error,
    )


def reprint_last(till: PosView) -> None:
    """F12: the last receipt again, marked DUPLICATA, printed or opened in the viewer."""
    if till.last_receipt is None or till.ctx.actor is None:
        return
    deps, actor, number = till.ctx.deps, till.ctx.actor, till.last_receipt.stem
    folder = till.ctx.data_dir / "receipts"

    def shown(path: Path) -> None:
        from erp_desktop.ui.printers import RECEIPT, chosen_printer, open_in_viewer

        till.last_duplicate = path
        if till.register_code and chosen_printer(till.register_code, RECEIPT):
            till.print_receipt(path)
        else:
            open_in_viewer(path.read_bytes(), path.stem)
        till.say(QCoreApplication.translate("PosView", "Duplicate of %1.").replace("%1", number))

    till.ctx.db.submit(
        lambda: write_receipt(deps, actor, number, folder, duplicate=True),
        shown,
        till.show_error,
    )
