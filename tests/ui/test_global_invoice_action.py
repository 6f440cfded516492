"""The books screen of a Tunisian branch offers the day's global invoice to its manager,
issues it on the worker, tells its number and saves its PDF; a cashier never sees it and an
Algerian branch has no such action."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from erp_desktop.app.invoicing.global_invoice import issue_global_invoice
from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.i18n import LanguageManager
from erp_desktop.ui.reports_view import ReportsView
from erp_desktop.ui.tasks import TaskRunner
from tests.builders import Branch
from tests.builders_tn import TunisBranch, build_tunis_branch
from tests.ui.conftest import on_next_dialog, settle


@pytest.fixture
def tunis(tmp_path: Path) -> Iterator[TunisBranch]:
    built = build_tunis_branch(tmp_path)
    yield built
    built.replica.close()


@pytest.fixture
def tn_ctx(qapp: QApplication, tunis: TunisBranch, tmp_path: Path) -> Iterator[UiContext]:
    languages = LanguageManager(qapp, "TN")
    languages.switch("fr")
    context = UiContext(
        tunis.deps, TaskRunner("replica-tn"), languages, tmp_path, tunis.register_id
    )
    yield context
    context.shutdown()


def test_a_tunisian_manager_issues_the_days_global_invoice_from_the_books(
    qtbot: QtBot, tn_ctx: UiContext, tunis: TunisBranch, tmp_path: Path
) -> None:
    cashier = tunis.actor("cashier")
    open_cash_session(tunis.deps, cashier, Money.of(Decimal(50), "TND"))
    checkout(
        tunis.deps,
        cashier,
        CheckoutRequest(
            (CartLine(tunis.products[0], Decimal(2)),),
            (Tender(TenderKind.CASH, Money.of(Decimal(20), "TND")),),
        ),
    )
    tn_ctx.actor = tunis.actor("manager")
    view = ReportsView(tn_ctx)
    qtbot.addWidget(view)
    view.show()
    settle(qtbot, tn_ctx)
    button = view.global_invoice_button
    assert button.isVisible() and button.isEnabled()
    assert button.text() == view.global_invoice.action.text() != ""
    target = tmp_path / "facture.pdf"
    view.global_invoice.ask_path = lambda suggested: str(target)
    failures: list[BaseException] = []

    def save(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        assert "TUN01-GF-2026-000001" in dialog.text()
        (save_button,) = [
            b for b in dialog.buttons() if dialog.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
        ]
        save_button.click()

    on_next_dialog(save, failures)
    with qtbot.waitSignal(view.global_invoice.global_invoice_did_issue, timeout=10000):
        button.click()
    qtbot.waitUntil(target.exists, timeout=10000)
    if failures:
        raise failures[0]
    assert target.read_bytes().startswith(b"%PDF")
    assert view.global_invoice.last is not None
    assert view.global_invoice.last.invoice.stamp_duty == Money.of(Decimal(1), "TND")

    # a second time the same day: refused with its message, nothing new
    with qtbot.waitSignal(view.global_invoice.global_invoice_did_fail, timeout=10000) as failed:
        button.click()
    assert "TUN01-GF-2026-000001" in failed.args[0]


def test_a_tunisian_accountant_sees_the_action_and_a_cashier_does_not(
    qtbot: QtBot, tn_ctx: UiContext, tunis: TunisBranch
) -> None:
    tn_ctx.actor = tunis.actor("accountant")
    view = ReportsView(tn_ctx)
    qtbot.addWidget(view)
    assert view.global_invoice.action.isVisible()
    tn_ctx.actor = tunis.actor("cashier")
    cashier_view = ReportsView(tn_ctx)
    qtbot.addWidget(cashier_view)
    assert not cashier_view.global_invoice.action.isVisible()
    assert not cashier_view.global_invoice_button.isVisibleTo(cashier_view)
    settle(qtbot, tn_ctx)


def test_an_algerian_branch_has_no_global_invoice_action(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    ctx.actor = branch.actor("manager")
    view = ReportsView(ctx)
    qtbot.addWidget(view)
    assert not view.global_invoice.action.isVisible()
    settle(qtbot, ctx)


def test_a_global_invoice_of_a_company_without_its_matricule_fiscal_saves_no_pdf(
    qtbot: QtBot, tn_ctx: UiContext, tunis: TunisBranch, tmp_path: Path
) -> None:
    cashier = tunis.actor("cashier")
    open_cash_session(tunis.deps, cashier, Money.of(Decimal(50), "TND"))
    checkout(
        tunis.deps,
        cashier,
        CheckoutRequest(
            (CartLine(tunis.products[0], Decimal(1)),),
            (Tender(TenderKind.CASH, Money.of(Decimal(20), "TND")),),
        ),
    )
    tn_ctx.actor = tunis.actor("manager")
    view = ReportsView(tn_ctx)
    qtbot.addWidget(view)
    issued = issue_global_invoice(tunis.deps, tn_ctx.actor)
    without_mf = replace(issued, company=replace(issued.company, legal_ids={"RC": "B012345"}))
    target = tmp_path / "facture.pdf"
    with qtbot.waitSignal(view.global_invoice.global_invoice_did_fail, timeout=10000) as failed:
        view.global_invoice.save_pdf(without_mf, target)
    assert "Matricule fiscal" in failed.args[0]
    assert not target.exists()
    settle(qtbot, tn_ctx)
