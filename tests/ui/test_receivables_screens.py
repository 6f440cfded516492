"""The receivables screens on real widgets over a real replica: the aged balance and the
overdue list, a bounced cheque from the instruments tab, a payment entered with its
allocation proposed oldest first (and an over-allocation refused with its message), the
statement on screen and saved as a PDF read back; the page laid out right to left in
Arabic."""

from __future__ import annotations

import unicodedata
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from erp_desktop.app.receivables.payments import PaymentRequest, receive_payment
from erp_desktop.kernel.money import Money
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.formatting import plain
from erp_desktop.ui.payment_entry_dialog import PaymentEntryDialog
from erp_desktop.ui.receivables_view import ReceivablesView
from erp_desktop.ui.statement_dialog import StatementDialog
from tests.builders import Branch
from tests.desktop.receivables_helpers import service_invoice, wholesale_customer
from tests.printing.poppler import pdftotext
from tests.ui.conftest import settle


def da(value: int) -> Money:
    return Money.of(Decimal(value), "DZD")


def a_customer_who_owes(branch: Branch) -> tuple[object, object, object]:
    customer = wholesale_customer(branch)
    old = service_invoice(branch, customer, "10000", days_ago=75)  # 45 days late
    new = service_invoice(branch, customer, "10000", days_ago=5)
    receive_payment(
        branch.deps,
        branch.actor("manager"),
        PaymentRequest(
            customer, "cheque", da(5000), bank="BNA", instrument_number="7781",
            instrument_due=date(2026, 3, 31),
        ),
    )  # fmt: skip
    return customer, old, new


def cells(model: object, row: int) -> list[str]:
    return [plain(c) for c in model.rows[row]]  # type: ignore[attr-defined]


def test_the_page_shows_the_aged_balance_and_a_cheque_bounces_from_it(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    a_customer_who_owes(branch)
    ctx.actor = branch.actor("manager")
    view = ReceivablesView(ctx)
    qtbot.addWidget(view)
    settle(qtbot, ctx)
    assert cells(view.aged, 0)[:3] == ["Restaurant Le Golfe", "DZD", "11900.00"]
    assert cells(view.aged, 0)[4] == "6900.00"  # 31-60 days: 11,900 less the cheque
    assert cells(view.aged, 1)[0] == view.tr("All customers") and 1 in view.aged.bold_rows
    assert cells(view.overdue, 0)[3:] == ["45", "6900.00"]
    assert cells(view.held, 0)[3:5] == ["BNA", "7781"]
    view.tabs.setCurrentIndex(2)
    view.held_table.selectRow(0)
    qtbot.mouseClick(view.steps["bounce"], Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert view.held.rows == []
    assert cells(view.aged, 0)[4] == "11900.00"  # reopened


def test_a_payment_is_allocated_oldest_first_and_an_over_allocation_is_refused(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    customer, old, new = a_customer_who_owes(branch)
    ctx.actor = branch.actor("manager")
    dialog = PaymentEntryDialog(ctx, customer)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    settle(qtbot, ctx)
    assert [i.number for i in dialog.items] == [old.number, new.number]  # type: ignore[attr-defined]
    dialog.tender.setCurrentIndex(dialog.tender.findData("transfer"))
    assert dialog.reference.isVisibleTo(dialog) and not dialog.bank.isVisibleTo(dialog)
    dialog.reference.setText("VIR 0042")
    qtbot.keyClicks(dialog.amount, "10000")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert [dialog.table.item(r, 3).text() for r in range(2)] == ["6900,00", "3100,00"]  # type: ignore[union-attr]
    dialog.table.item(0, 3).setText("7000")  # type: ignore[union-attr]  # 6,900 open on it
    dialog.table.item(1, 3).setText("")  # type: ignore[union-attr]
    dialog.submit()
    settle(qtbot, ctx)
    assert dialog.received is None
    assert old.number in dialog.error.text()  # type: ignore[attr-defined]
    dialog.propose()
    dialog.submit()
    settle(qtbot, ctx)
    assert dialog.received is not None
    assert [a.amount for a in dialog.received.payment.allocations] == [da(6900), da(3100)]


def test_the_statement_shows_the_running_balance_and_saves_its_pdf(
    qtbot: QtBot, ctx: UiContext, branch: Branch, tmp_path: Path
) -> None:
    customer, _old, _new = a_customer_who_owes(branch)
    ctx.actor = branch.actor("manager")
    dialog = StatementDialog(ctx, customer)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.start.setDate(dialog.start.date().addMonths(-3))
    settle(qtbot, ctx)
    last = cells(dialog.model, len(dialog.model.rows) - 1)
    assert last[2:] == [dialog.tr("Balance due"), "", "", "18800.00"]
    out = tmp_path / "statement.pdf"
    dialog.save_pdf(out)
    text = unicodedata.normalize("NFKC", pdftotext(out.read_bytes(), "-layout"))
    assert "RELEVÉ DE COMPTE" in text and "كشف حساب" in text


def test_the_page_reads_right_to_left_in_arabic(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    a_customer_who_owes(branch)
    ctx.actor = branch.actor("manager")
    ctx.languages.switch("ar")
    view = ReceivablesView(ctx)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    settle(qtbot, ctx)
    assert view.isRightToLeft()
    assert view.aged.rows[0][2].startswith("\u2066")  # amounts kept whole, left to right


def test_the_credit_on_account_is_applied_from_the_page(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    customer = wholesale_customer(branch)
    receive_payment(
        branch.deps,
        branch.actor("manager"),
        PaymentRequest(customer, "transfer", da(5000), reference="V1"),
    )  # paid before any invoice: all of it is credit
    service_invoice(branch, customer, "10000")
    ctx.actor = branch.actor("manager")
    view = ReceivablesView(ctx)
    qtbot.addWidget(view)
    settle(qtbot, ctx)
    assert cells(view.aged, 0)[2] == "11900.00"
    view.aged_table.selectRow(0)
    qtbot.mouseClick(view.apply, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert "ALG01-AC-2026-000001" in view.notice.text()
    assert cells(view.aged, 0)[2] == "6900.00"


def test_a_reminder_letter_is_saved_from_the_overdue_tab(
    qtbot: QtBot, ctx: UiContext, branch: Branch, tmp_path: Path
) -> None:
    customer, old, _new = a_customer_who_owes(branch)
    ctx.actor = branch.actor("manager")
    view = ReceivablesView(ctx)
    qtbot.addWidget(view)
    settle(qtbot, ctx)
    view.overdue_table.selectRow(0)
    assert view.overdue_customer() == customer
    out = tmp_path / "relance.pdf"
    view.save_reminder(customer, out)  # type: ignore[arg-type]
    settle(qtbot, ctx)
    text = unicodedata.normalize("NFKC", pdftotext(out.read_bytes(), "-layout"))
    assert "RELANCE" in text and old.number in text  # type: ignore[attr-defined]


def test_a_blocking_credit_limit_is_passed_with_a_managers_pin_not_a_cashiers(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    from erp_desktop.app.business.documents import DocumentRequest, LineRequest, issue_document
    from erp_desktop.kernel.errors import ErpError
    from erp_desktop.ui.credit_override import CreditOverrideDialog

    customer = wholesale_customer(branch, limit="10000", blocks=True)
    ctx.actor = branch.actor("manager")
    line = LineRequest(
        Decimal(1), unit_price=Decimal(10000), description="Traiteur", vat_rate=Decimal(19)
    )
    request = DocumentRequest("customer_invoice", customer, (line,))
    try:
        issue_document(branch.deps, ctx.actor, request)
    except ErpError as refused:
        why = ctx.explain(refused)
    dialog = CreditOverrideDialog(ctx, why)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.pin, "2111")  # the cashier's
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    settle(qtbot, ctx)
    assert dialog.approved is None and dialog.error.text() and dialog.pin.text() == ""
    qtbot.keyClicks(dialog.pin, "3222")  # the manager's
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    settle(qtbot, ctx)
    assert dialog.approved is not None and dialog.approved.username == "manager"
    from dataclasses import replace

    made, _ = issue_document(branch.deps, ctx.actor, replace(request, approver=dialog.approved))
    assert made.total == da(11900)
