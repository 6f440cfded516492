"""The cash session: F4 opens it with its float, F9 counts the drawer and closes it with
its Z report.

Functions of the till (``PosView``); their texts keep its translation context "PosView"."""

from __future__ import annotations

from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog

from erp_desktop.app.changes import Changed
from erp_desktop.app.till.sessions import (
    SessionReport,
    close_cash_session,
    open_cash_session,
    x_report,
)
from erp_desktop.kernel.money import Money
from erp_desktop.ui.cash_count_dialog import CashCountDialog
from erp_desktop.ui.formatting import money
from erp_desktop.ui.till_documents import write_session_report

if TYPE_CHECKING:
    from erp_desktop.ui.pos_view import PosView


def open_session(till: PosView) -> None:
    value, ok = QInputDialog.getDouble(
        till,
        QCoreApplication.translate("PosView", "Open the cash session"),
        QCoreApplication.translate("PosView", "Opening float"),
        0,
        0,
        10**9,
        2,
    )
    till.ready()
    if not ok or till.ctx.actor is None:
        return
    deps, actor = till.ctx.deps, till.ctx.actor
    float_ = Money.of(Decimal(str(round(value, 2))), till.currency)

    def opened(_result: object) -> None:
        till.set_session_open(True)
        till.say(QCoreApplication.translate("PosView", "Cash session open."))

    till.ctx.db.submit(lambda: open_cash_session(deps, actor, float_), opened, till.show_error)


def close_session(till: PosView) -> None:
    if till.ctx.actor is None:
        return
    deps, actor = till.ctx.deps, till.ctx.actor
    till.ctx.db.submit(lambda: x_report(deps, actor), partial(_count_cash, till), till.show_error)


def _count_cash(till: PosView, report: SessionReport) -> None:
    dialog = CashCountDialog(report.expected_cash, till.ctx.languages.locale, till)
    accepted = dialog.exec() == CashCountDialog.DialogCode.Accepted
    till.ready()
    if not accepted or till.ctx.actor is None:
        return
    deps, actor, counted = till.ctx.deps, till.ctx.actor, dialog.denominations()
    folder = till.ctx.data_dir / "reports"

    def done(outcome: tuple[SessionReport, Path]) -> None:
        closed, till.last_report = outcome
        till.print_receipt(till.last_report)
        till.ctx.db.data_did_change.emit(frozenset({Changed.CASH_SESSION, Changed.JOURNAL}))
        shown = money(closed.difference, till.ctx.languages.locale) if closed.difference else "0"
        till.last_z_report = closed
        till.set_session_open(False)
        till.say(
            QCoreApplication.translate("PosView", "Session closed, Z report %1. Difference: %2")
            .replace("%1", str(closed.z_number))
            .replace("%2", shown)
        )

    def job() -> tuple[SessionReport, Path]:
        closed = close_cash_session(deps, actor, counted)[0]
        return closed, write_session_report(deps, actor, closed, folder)

    till.ctx.db.submit(job, done, till.show_error)
