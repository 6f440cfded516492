"""F10: a return against an earlier ticket, its credit note printed on the receipt printer.

Functions of the till (``PosView``); their texts keep its translation context "PosView"."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from erp_desktop.app.changes import Done
from erp_desktop.app.till.returns import return_sale
from erp_desktop.kernel.documents import SaleDocument
from erp_desktop.kernel.permissions import Permission
from erp_desktop.ui.formatting import money
from erp_desktop.ui.return_dialog import ReturnDialog
from erp_desktop.ui.till_documents import write_receipt

if TYPE_CHECKING:
    from erp_desktop.ui.pos_view import PosView


def take_return(till: PosView) -> None:
    if till.ctx.actor is None or not till.ctx.actor.may(Permission.SALES_RETURN):
        return
    dialog = ReturnDialog(till.ctx, till)
    accepted = dialog.exec() == ReturnDialog.DialogCode.Accepted
    till.ready()
    request = dialog.request() if accepted else None
    if request is None or not request.quantities:
        return
    deps, actor, folder = till.ctx.deps, till.ctx.actor, till.ctx.data_dir / "receipts"

    def job() -> tuple[Done[SaleDocument], Path]:
        outcome = return_sale(deps, actor, request)
        return outcome, write_receipt(deps, actor, outcome.made.number, folder)

    def done(printed: tuple[Done[SaleDocument], Path]) -> None:
        outcome, path = printed
        credit = outcome.made
        till.last_return = credit
        till.last_credit_note = path
        till.print_receipt(path)  # the credit note, on the receipt printer
        till.ctx.db.data_did_change.emit(outcome.changes)
        locale = till.ctx.languages.locale
        said = (
            QCoreApplication.translate("PosView", "Credit note %1: %2 refunded.")
            .replace("%1", credit.number)
            .replace("%2", money(credit.total, locale))
        )
        # what did not leave the drawer: back on the customer's account, back in points
        for tender, text in (
            ("on_account", QCoreApplication.translate("PosView", "%1 back on account.")),
            ("points", QCoreApplication.translate("PosView", "%1 given back in points.")),
        ):
            amounts = [p.amount for p in credit.payments if p.tender == tender]
            if amounts:
                said += " " + text.replace("%1", money(sum(amounts[1:], amounts[0]), locale))
        till.say(said)

    till.ctx.db.submit(job, done, till.show_error)
