"""Head office's reports over HTTP, from what a branch pushed: the same figures as the
branch's own books, as JSON or CSV, and only for those allowed to read them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from erp_desktop.app.accounting.reports import trial_balance, vat_summary
from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.i18n import LanguageManager
from erp_desktop.ui.reports_view import ReportsView
from erp_desktop.ui.tasks import TaskRunner
from sync_server.api.push_answers import status_of
from sync_server.services import headoffice
from sync_server.services.enrollment import enroll
from sync_server.services.push import apply_push
from tests.builders import PASSWORD, Branch, build_branch
from tests.server.helpers import head_office_for, outbox_batch, running_server
from tests.ui.conftest import on_next_dialog, settle

DAY = date(2026, 3, 10)


@pytest.fixture(scope="module")
def world(
    engine: Engine, pg_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, Branch]]:
    branch = build_branch(Path(tmp_path_factory.mktemp("alger")))
    cashier = branch.actor("cashier")
    open_cash_session(branch.deps, cashier, Money.of(Decimal(0), "DZD"))
    for i, tender in ((0, TenderKind.CASH), (1, TenderKind.CARD), (4, TenderKind.CASH)):
        price = Money.of(Decimal({0: 450, 1: 120, 4: 680}[i] * 2), "DZD")
        checkout(
            branch.deps,
            cashier,
            CheckoutRequest(
                (CartLine(branch.products[i], Decimal(2)),),
                (
                    Tender(
                        tender,
                        price + Money.of(Decimal(100), "DZD")
                        if tender is TenderKind.CASH
                        else price,
                    ),
                ),
            ),
        )
    head_office_for(engine, branch)
    headoffice.add_user(engine, "leila", "Leila", "compta-2026", ["accountant"])
    headoffice.add_user(engine, "karim", "Karim", "manager-2026", ["branch_manager"], "ALG02")
    headoffice.add_user(engine, "amina", "Amina", "caisse-2026", ["cashier"], "ALG01")
    device_id, token = headoffice.add_device(engine, "ALG01", "till")
    device, _ = enroll(engine, token)
    assert (
        status_of(apply_push(engine, device, json.dumps(outbox_batch(branch, device_id)).encode()))
        == 200
    )
    with running_server(pg_url) as url:
        yield url, branch
    branch.replica.close()


def get(url: str, path: str, user: tuple[str, str], **params: str) -> httpx.Response:
    return httpx.get(f"{url}/api/v1/reports/{path}", params=params, auth=user)


LEILA = ("leila", "compta-2026")


def test_the_company_trial_balance_is_the_branchs_own(world: tuple[str, Branch]) -> None:
    url, branch = world
    answer = get(url, "trial-balance", LEILA, start="2026-03-01", end="2026-03-31")
    assert answer.status_code == 200
    body = answer.json()
    assert body["summary"]["balanced"] is True
    mine = trial_balance(
        branch.deps, branch.actor("accountant"), date(2026, 3, 1), date(2026, 3, 31)
    )
    assert [(r[0], r[3], r[4]) for r in body["rows"]] == [
        (r.account, str(r.debit.amount), str(r.credit.amount)) for r in mine.rows
    ]
    vat = get(url, "vat-summary", LEILA, start="2026-03-01", end="2026-03-31").json()
    branch_vat = vat_summary(
        branch.deps, branch.actor("accountant"), date(2026, 3, 1), date(2026, 3, 31)
    )
    assert vat["summary"]["net_due"] == str(branch_vat.net_due.amount)
    assert vat["summary"]["stamp_duty"] == str(branch_vat.stamp_duty.amount)
    assert get(url, "balance-sheet", LEILA, at="2026-03-31").json()["summary"]["balanced"] is True
    pl = get(url, "profit-and-loss", LEILA, start="2026-03-01", end="2026-03-31").json()
    assert Decimal(pl["summary"]["income"]) > 0


def test_sales_by_branch_day_cashier_and_payment_method(world: tuple[str, Branch]) -> None:
    url, _branch = world
    by_tender = get(
        url, "sales", LEILA, start="2026-03-10", end="2026-03-10", group="tender"
    ).json()
    tenders = {row[0]: Decimal(row[2]) for row in by_tender["rows"]}
    assert tenders["card"] == Decimal("240.00")
    by_branch = get(
        url, "sales", LEILA, start="2026-03-10", end="2026-03-10", group="branch"
    ).json()
    assert [(r[0], r[1]) for r in by_branch["rows"]] == [("ALG01", "3")]
    assert Decimal(by_branch["rows"][0][2]) == sum(tenders.values())
    assert [
        r[0]
        for r in get(url, "sales", LEILA, start="2026-03-10", end="2026-03-10", group="day").json()[
            "rows"
        ]
    ] == ["2026-03-10"]
    stock = get(url, "stock", LEILA, branch="ALG01").json()
    assert ["ALG01", "SKU0000", "Café moulu 250 g", "98"] in stock["rows"]


def test_csv_opens_in_excel(world: tuple[str, Branch]) -> None:
    url, _branch = world
    answer = get(url, "trial-balance", LEILA, format="csv")
    assert answer.headers["content-type"].startswith("text/csv")
    text = answer.content.decode("utf-8")
    assert text.startswith("\ufeffaccount;name;name_ar;debit;credit")
    assert "مبيعات البضائع" in text


def test_only_readers_may_read_and_managers_only_their_branch(world: tuple[str, Branch]) -> None:
    url, _branch = world
    assert get(url, "trial-balance", ("leila", "wrong")).status_code == 401
    assert get(url, "trial-balance", ("amina", "caisse-2026")).status_code == 403
    manager = ("karim", "manager-2026")
    assert get(url, "trial-balance", manager, branch="ALG01").status_code == 403
    own = get(url, "sales", manager, start="2026-03-10", end="2026-03-10")
    assert own.status_code == 200 and own.json()["rows"] == []  # Oran sold nothing
    bad = get(url, "sales", LEILA, start="2026-03-10", end="2026-03-10", group="weather")
    assert bad.status_code == 422 and bad.json()["code"] == "common.invalid_value"


def test_the_general_ledger_of_the_cash_account_runs_its_balance(world: tuple[str, Branch]) -> None:
    url, branch = world
    answer = get(url, "general-ledger", LEILA, account="530", start="2026-03-10", end="2026-03-10")
    assert answer.status_code == 200
    body = answer.json()
    assert body["summary"]["opening"] == "0.00"
    balances = [Decimal(r[6]) for r in body["rows"]]
    assert balances[-1] == Decimal(body["summary"]["closing"]) > 0
    mine = trial_balance(
        branch.deps, branch.actor("accountant"), date(2026, 3, 10), date(2026, 3, 10)
    )
    cash = next(r for r in mine.rows if r.account == "530")
    assert Decimal(body["summary"]["closing"]) == (cash.debit - cash.credit).amount
    unknown = get(url, "general-ledger", LEILA, account="999999")
    assert unknown.status_code == 422 and unknown.json()["code"] == "ledger.unknown_account"


def test_the_books_screen_shows_the_whole_company_from_the_server(
    world: tuple[str, Branch], engine: Engine, qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    url, branch = world
    # The replica's accountant is on the server already (head_office_for), same password.
    with branch.deps.store.transaction(None) as tx:
        tx.org.set_setting("sync_server_url", url, branch.deps.now())
        tx.org.set_setting("sync_credential", "only-for-push-and-pull", branch.deps.now())
    languages = LanguageManager(qapp, "DZ")
    languages.switch("fr")
    ctx = UiContext(branch.deps, TaskRunner("books-db"), languages, tmp_path, branch.register_id)
    ctx.actor = branch.actor("accountant")
    view = ReportsView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.start.setDate(QDate(2026, 3, 1))
    view.end.setDate(QDate(2026, 3, 31))
    settle(qtbot, ctx)
    branch_rows = list(view.model.rows)
    assert view.company.isVisible()
    failures: list[BaseException] = []

    def password(dialog: QDialog) -> None:
        qtbot.keyClicks(dialog.findChild(QLineEdit), PASSWORD)
        dialog.accept()

    on_next_dialog(password, failures)
    view.company.setChecked(True)
    qtbot.waitUntil(
        lambda: view.summary.text() == "Équilibrée" and view.model.rows != [], timeout=10000
    )
    assert view.model.rows == branch_rows  # one branch so far: the company's books are its books
    ctx.shutdown()
