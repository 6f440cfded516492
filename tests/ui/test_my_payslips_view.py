"""An employee's own payslips, real widgets over head office's real replica: a cashier
whose account is an employee's sees her payslip alone and opens its PDF; a warehouse user
who is no employee sees none; asking for a colleague's is refused below the screen."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from erp_desktop.app.payroll.payslips import my_payslips, payslip_view
from erp_desktop.app.payroll.runs import post_payroll_run, prepare_month_run
from erp_desktop.kernel.errors import PermissionDenied
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.i18n import LanguageManager
from erp_desktop.ui.my_payslips_view import MyPayslipsView
from erp_desktop.ui.tasks import TaskRunner
from tests.builders import Branch
from tests.desktop.payroll_office import build_office, give_employer_mentions, hire
from tests.ui.conftest import settle

FEBRUARY = date(2026, 2, 1)


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Branch]:
    built = build_office(tmp_path / "office")
    give_employer_mentions(built)
    cashier = built.actor("cashier").username  # her account is named by her matricule
    hire(built, cashier, ("Karima", "Benali", "كريمة", "بن علي"), 4_500_000, built.branch_id)
    hire(built, "E0002", ("Samira", "Haddad", "سميرة", "حداد"), 5_200_000, built.branch_id)
    hr = built.actor("hr")
    post_payroll_run(built.deps, hr, prepare_month_run(built.deps, hr, FEBRUARY))
    yield built
    built.replica.close()


@pytest.fixture
def ctx(qapp: QApplication, office: Branch, tmp_path: Path) -> Iterator[UiContext]:
    languages = LanguageManager(qapp, "DZ")
    languages.switch("fr")
    context = UiContext(office.deps, TaskRunner("my-payslips-test"), languages, tmp_path)
    yield context
    context.shutdown()


def test_a_cashier_who_is_an_employee_sees_and_opens_her_own_payslip_alone(
    qtbot: QtBot, ctx: UiContext, office: Branch, tmp_path: Path
) -> None:
    ctx.actor = office.actor("cashier")
    opened: list[Path] = []
    view = MyPayslipsView(ctx, open_file=opened.append)
    qtbot.addWidget(view)
    settle(qtbot, ctx)
    assert [row[:2] for row in view.model.rows] == [("02/2026", "PAY-2026-02")]
    assert view.open_button.isEnabled()
    view.open_payslip(path=tmp_path / "mine.pdf")
    settle(qtbot, ctx)
    assert opened == [tmp_path / "mine.pdf"]
    text = subprocess.run(
        ["pdftotext", str(opened[0]), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Benali" in text and "Haddad" not in text


def test_a_warehouse_user_who_is_no_employee_sees_no_payslip(
    qtbot: QtBot, ctx: UiContext, office: Branch
) -> None:
    ctx.actor = office.actor("clerk")
    view = MyPayslipsView(ctx, open_file=lambda path: pytest.fail(f"opened {path}"))
    qtbot.addWidget(view)
    settle(qtbot, ctx)
    assert view.model.rows == [] and not view.open_button.isEnabled()
    # the fixture's French: "... votre compte n'est pas celui d'un salarié ..."
    assert "salarié" in view.status.text()
    view.open_payslip(0)
    settle(qtbot, ctx)


def test_below_the_screen_an_employee_reads_her_own_payslips_and_no_colleague_s(
    office: Branch,
) -> None:
    cashier, clerk = office.actor("cashier"), office.actor("clerk")
    mine = my_payslips(office.deps, cashier)
    assert [p.slip.name for p in mine] == ["Benali Karima"]
    assert my_payslips(office.deps, clerk) == []
    with office.deps.store.read() as view:
        samira = view.hr.employee_by_number("E0002")
        run = view.payroll.last_run_of_month(FEBRUARY)
    assert samira is not None and run is not None
    for who in (cashier, clerk):
        with pytest.raises(PermissionDenied) as refused:
            payslip_view(office.deps, who, run.id, samira.id)
        assert refused.value.code == "payroll.not_own_payslip"
    own = payslip_view(office.deps, cashier, run.id, mine[0].slip.employee_id)
    assert own.slip.name == "Benali Karima"
