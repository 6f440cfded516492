"""The payroll page at head office, real widgets over a real replica: prepare a month from
HR's records, review, post, read a payslip's lines, print it; a corrective run; the page
offered to HR alone; Arabic right to left."""

from __future__ import annotations

import subprocess
import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from erp_desktop.app.payroll.month_items import month_items
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.i18n import LanguageManager
from erp_desktop.ui.main_window import MainWindow
from erp_desktop.ui.payroll_adjustments_dialog import PayrollAdjustmentsDialog
from erp_desktop.ui.payroll_view import PayrollView
from erp_desktop.ui.tasks import TaskRunner
from tests.builders import Branch
from tests.desktop.payroll_office import build_office, give_employer_mentions, hire
from tests.ui.conftest import on_next_dialog, settle


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Branch]:
    built = build_office(tmp_path / "office")
    give_employer_mentions(built)
    hire(
        built,
        "E0001",
        ("Karim", "Benali", "كريم", "بن علي"),
        4_500_000,
        built.branch_id,
        allowances=(("transport", 300_000),),
    )
    hire(built, "E0002", ("Samira", "Haddad", "سميرة", "حداد"), 5_200_000, built.branch_id)
    yield built
    built.replica.close()


@pytest.fixture
def hr_ctx(qapp: QApplication, office: Branch, tmp_path: Path) -> Iterator[UiContext]:
    languages = LanguageManager(qapp, "DZ")
    languages.switch("fr")
    context = UiContext(office.deps, TaskRunner("payroll-test"), languages, tmp_path)
    context.actor = office.actor("hr")
    yield context
    languages.switch("fr")
    context.shutdown()


def test_hr_prepares_reviews_posts_and_prints_a_payslip(
    qtbot: QtBot, hr_ctx: UiContext, tmp_path: Path
) -> None:
    view = PayrollView(hr_ctx)
    qtbot.addWidget(view)
    view.month.setDate(date(2026, 2, 1))
    settle(qtbot, hr_ctx)
    assert not view.post_button.isEnabled()
    view.prepare()
    settle(qtbot, hr_ctx)
    assert view.post_button.isEnabled()
    assert view.title.text()  # prepared, not posted
    names = [view.slips_model.rows[i][0] for i in range(view.slips_model.rowCount())]
    assert names == ["Benali Karim", "Haddad Samira", "Total"]
    assert view.runs_model.rowCount() == 0  # nothing written yet
    view.post()
    settle(qtbot, hr_ctx)
    assert "PAY-2026-02" in view.status.text()
    assert view.runs_model.rows[0][0] == "PAY-2026-02"
    lines = [view.lines_model.rows[i][0] for i in range(view.lines_model.rowCount())]
    assert "Salaire de base" in lines and "Net à payer" in lines
    target = tmp_path / "slip.pdf"
    view.slips.selectRow(0)
    view.print_payslip(target)
    settle(qtbot, hr_ctx)
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], capture_output=True, check=True
    ).stdout.decode()
    assert "BULLETIN DE PAIE - février 2026" in unicodedata.normalize("NFKC", text)
    view.export_transfer(tmp_path / "transfer.csv")
    view.export_declaration(tmp_path / "declaration.csv")
    settle(qtbot, hr_ctx)
    assert "Benali Karim;" in (tmp_path / "transfer.csv").read_text(encoding="utf-8")
    assert "cnas;" in (tmp_path / "declaration.csv").read_text(encoding="utf-8")

    # a second run of the month is refused, a corrective run is prepared from the one shown
    view.prepare()
    settle(qtbot, hr_ctx)
    assert "préparez une paie rectificative" in view.status.text()
    view.runs.selectRow(0)
    settle(qtbot, hr_ctx)
    view.prepare(correct=True)
    settle(qtbot, hr_ctx)
    assert ("PAY-2026-02" in view.status.text() and "changes nothing" in view.status.text()) or (
        "ne change rien" in view.status.text()
    )


def test_the_page_is_offered_to_hr_alone_and_reads_right_to_left_in_arabic(
    qtbot: QtBot, hr_ctx: UiContext, office: Branch
) -> None:
    window = MainWindow(hr_ctx)
    qtbot.addWidget(window)
    assert "payroll" in window.pages
    hr_ctx.actor = office.actor("manager")
    other = MainWindow(hr_ctx)
    qtbot.addWidget(other)
    assert "payroll" not in other.pages
    hr_ctx.actor = office.actor("hr")
    hr_ctx.languages.switch("ar")
    view = PayrollView(hr_ctx)
    qtbot.addWidget(view)
    view.month.setDate(date(2026, 2, 1))
    view.prepare()
    settle(qtbot, hr_ctx)
    assert view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert view.slips_model.rows[0][0] == "بن علي كريم"


def test_hr_enters_an_advance_and_the_run_is_prepared_again_with_it(
    qtbot: QtBot, hr_ctx: UiContext
) -> None:
    view = PayrollView(hr_ctx)
    qtbot.addWidget(view)
    view.month.setDate(date(2026, 2, 1))
    view.prepare()
    settle(qtbot, hr_ctx)
    failures: list[BaseException] = []

    def type_an_advance(dialog: QDialog) -> None:
        assert isinstance(dialog, PayrollAdjustmentsDialog)
        assert dialog.table.item(0, 0).text() == "Benali Karim"
        dialog.table.item(0, 1).setText("5 000,00")
        dialog.table.item(1, 2).setText("abc")
        dialog._accept()
        assert dialog.isVisible()  # refused: row 2 is not a number
        assert "2" in dialog.error.text()
        dialog.table.item(1, 2).setText("8")
        dialog._accept()

    on_next_dialog(type_an_advance, failures)
    view.adjust()
    settle(qtbot, hr_ctx)
    if failures:
        raise failures[0]
    run = view.prepared.run if view.prepared else None
    assert run is not None
    karim, samira = run.payslips
    assert karim.payslip.advances.amount == 5000
    assert samira.payslip.amount("absence").amount > 0
    # stored for the month, not kept on the page: a page opened later shows them
    assert hr_ctx.actor is not None
    stored = {i.employee_id: i for i in month_items(hr_ctx.deps, hr_ctx.actor, date(2026, 2, 1))}
    assert stored[karim.employee_id].advance_minor == 500_000
    assert stored[samira.employee_id].absence_hours == 8

    def add_a_bonus_and_a_deduction(dialog: QDialog) -> None:
        assert isinstance(dialog, PayrollAdjustmentsDialog)
        assert dialog.table.item(0, 1).text() == "5000.00"  # read back from storage
        dialog.table.item(0, 4).setText("2 000")
        dialog.table.item(0, 5).setText("-1")
        dialog._accept()
        assert dialog.isVisible() and dialog.error.text()  # a negative deduction: refused
        dialog.table.item(0, 5).setText("300")
        dialog._accept()

    other = PayrollView(hr_ctx)
    qtbot.addWidget(other)
    other.month.setDate(date(2026, 2, 1))
    other.prepare()
    settle(qtbot, hr_ctx)
    on_next_dialog(add_a_bonus_and_a_deduction, failures)
    other.adjust()
    settle(qtbot, hr_ctx)
    if failures:
        raise failures[0]
    again = other.prepared.run if other.prepared else None
    assert again is not None
    slip = again.payslips[0].payslip
    assert slip.amount("allowance_bonus").amount == 2000
    assert slip.deductions.amount == 300 and slip.advances.amount == 5000
