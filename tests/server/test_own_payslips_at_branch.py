"""A branch employee reads their own payslips from the server, never from (nor into) the
branch replica: a real uvicorn server over real PostgreSQL, the real sync client, the real
Qt page offscreen.

Karim Benali is Alger's cashier and the employee paid by the March run (matricule = his
user name); Samira Haddad is paid by the same run. The warehouse clerk is no employee."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any
from uuid import UUID

import httpx
import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, text

from erp_desktop.app.payroll.payslips import served_payslips
from erp_desktop.app.payroll.runs import post_payroll_run, prepare_payroll_run
from erp_desktop.kernel.errors import PermissionDenied
from erp_desktop.kernel.partners.company import CompanyDetails
from erp_desktop.printing.payslip import render_payslip
from erp_desktop.sync.client import SyncClient
from erp_desktop.sync.runner import enroll_device, own_payslips_from_server, synchronize
from erp_desktop.ui.context import UiContext
from erp_desktop.ui.i18n import LanguageManager
from erp_desktop.ui.my_payslips_view import MyPayslipsView
from erp_desktop.ui.tasks import TaskRunner
from sync_server.db.engine import act_as, unit_of_work
from sync_server.services import headoffice
from tests.builders import PASSWORD, Branch, build_branch
from tests.desktop.payroll_office import OFFICE_USERS, algerian_staff, give_employer_mentions
from tests.server.helpers import head_office_for, register_users, running_server
from tests.ui.conftest import settle

MARCH = date(2026, 3, 1)
KARIM, SAMIRA = UUID(int=1001), UUID(int=1002)  # paid by algerian_staff's run
# what only a payslip carries: the run's number, Karim's social-security and bank numbers
EMPLOYER = CompanyDetails(
    {"address": "12 rue Didouche Mourad, Alger", "address_ar": "12 شارع ديدوش مراد، الجزائر"},
    legal_ids={"CNAS": "16 0123456 78"},
)
PAYSLIP_MARKS = (b"PAY-2026-03", b"161234567890", b"00799999000123456789")


def _employee(
    conn: Any, employee_id: UUID, number: str, names: tuple[str, str], branch: UUID
) -> None:
    conn.execute(  # the staff row a branch clocks against, then the record HR keeps
        text(
            "INSERT INTO hr.staff (id, number, name, name_ar, branch_id, active) "
            "VALUES (:id, :number, :name, 'ك', :b, true)"
        ),
        {"id": employee_id, "number": number, "name": f"{names[0]} {names[1]}", "b": branch},
    )
    conn.execute(
        text(
            "INSERT INTO hr.employees (id, number, first_name, last_name, first_name_ar, "
            "last_name_ar, country, branch_id, job_title, job_title_ar, hired_on, gender, "
            "national_id, social_security_number, address, phone, bank_name, bank_account, "
            "active) VALUES (:id, :number, :first, :last, 'ك', 'ب', 'DZ', :b, '', '', "
            "'2024-01-01', 'M', '', '', '', '', '', '', true)"
        ),
        {"id": employee_id, "number": number, "first": names[0], "last": names[1], "b": branch},
    )


@pytest.fixture(scope="module")
def world(
    engine: Engine, pg_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Branch, Branch, str, str]]:
    alger = build_branch(Path(tmp_path_factory.mktemp("alger")))
    office = build_branch(
        Path(tmp_path_factory.mktemp("office")),
        "HO",
        stock=0,
        ids=alger.ids,  # type: ignore[attr-defined]
        user_prefix="ho_",
        users_seed=OFFICE_USERS,
    )
    give_employer_mentions(office)
    head_office_for(engine, alger)
    # the employer's address and CNAS number, which the PDF must print: head office sets
    # them on the server's company, and the branch gets them in its pull
    headoffice.set_company_details(engine, EMPLOYER)
    ids = office.ids  # type: ignore[attr-defined]
    headoffice.add_head_office(engine, "HO", "Siège Alger", "المقر", ids["ho"], ids["wh_ho"])
    register_users(engine, office)
    with running_server(pg_url) as url:
        for site, code in ((alger, "ALG01"), (office, "HO")):
            _device, token = headoffice.add_device(engine, code, f"PC {code}")
            client = SyncClient(url)
            enroll_device(site.deps, client, token)
            client.close()
        _device, token = headoffice.add_device(engine, "ALG02", "PC Oran")
        oran = SyncClient(url)
        oran_credential = oran.enroll(token).credential
        oran.close()
        synchronize(office.deps)
        hr = office.actor("hr")
        post_payroll_run(
            office.deps, hr, prepare_payroll_run(office.deps, hr, MARCH, algerian_staff(MARCH))
        )
        assert synchronize(office.deps).rejected == 0
        with unit_of_work(engine, head_office=True) as conn:
            act_as(conn, office.users["hr"])
            _employee(conn, KARIM, "cashier", ("Karim", "Benali"), alger.branch_id)
            _employee(conn, SAMIRA, "E0002", ("Samira", "Haddad"), alger.branch_id)
        synchronize(alger.deps)  # the branch learns its company and users, nothing of pay
        yield alger, office, url, oran_credential
    alger.replica.close()
    office.replica.close()


def _asked(url: str, credential: str, username: str, password: str) -> httpx.Response:
    return httpx.post(
        f"{url}/api/v1/payslips/own",
        json={"username": username, "password": password},
        headers={"authorization": f"Bearer {credential}"},
    )


def _failures(engine: Engine, user_id: UUID) -> int:
    with unit_of_work(engine, head_office=True) as conn:
        found = conn.execute(
            text("SELECT failures FROM auth.payslip_proofs WHERE user_id = :u"), {"u": user_id}
        ).scalar()
    return int(found or 0)


def test_alger_s_cashier_reads_his_own_payslip_from_the_server_and_not_samira_s(
    world: tuple[Branch, Branch, str, str], tmp_path: Path
) -> None:
    alger, _office, _url, _oran = world
    answer = own_payslips_from_server(alger.deps, "cashier", PASSWORD)
    assert answer["employee_id"] == str(KARIM)
    assert [(p["run_number"], p["month"]) for p in answer["payslips"]] == [
        ("PAY-2026-03", "2026-03-01")
    ]
    assert {p["payslip"]["employee_id"] for p in answer["payslips"]} == {str(KARIM)}
    [view] = served_payslips(alger.deps, alger.actor("cashier"), answer)
    assert view.slip.name == "Benali Karim" and view.paid_on == date(2026, 3, 31)
    pdf = tmp_path / "karim.pdf"
    pdf.write_bytes(render_payslip(view))
    printed = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Benali Karim" in printed and "Haddad" not in printed
    assert "Didouche Mourad" in printed and "16 0123456 78" in printed  # pulled, not typed


def test_the_same_payslip_prints_the_same_at_the_branch_as_at_head_office(
    world: tuple[Branch, Branch, str, str],
) -> None:
    from erp_desktop.app.payroll.payslips import payslip_view

    alger, office, _url, _oran = world
    [served] = served_payslips(
        alger.deps,
        alger.actor("cashier"),
        own_payslips_from_server(alger.deps, "cashier", PASSWORD),
    )
    with office.deps.store.read() as tx:
        run = tx.payroll.last_run_of_month(MARCH)
    assert run is not None
    at_office = payslip_view(office.deps, office.actor("hr"), run.id, KARIM)
    assert served.slip == at_office.slip
    assert (served.run_number, served.run_kind, served.month, served.paid_on) == (
        at_office.run_number,
        at_office.run_kind,
        at_office.month,
        at_office.paid_on,
    )


def test_a_wrong_password_is_refused_and_counted_and_five_lock_the_user_out(
    world: tuple[Branch, Branch, str, str], engine: Engine
) -> None:
    alger, _office, url, _oran = world
    with alger.deps.store.read() as tx:
        credential = tx.org.setting("sync_credential")
    manager = alger.users["manager"]
    refused = _asked(url, credential, "manager", "not-his")
    assert refused.status_code == 403
    assert refused.headers["content-type"].startswith("application/problem+json")
    assert refused.json()["code"] == "auth.invalid_credentials"
    assert _failures(engine, manager) == 1
    with pytest.raises(PermissionDenied) as wrong:
        own_payslips_from_server(alger.deps, "manager", "still-not-his")
    assert wrong.value.code == "auth.invalid_credentials"
    assert _failures(engine, manager) == 2
    for _ in range(2):
        assert _asked(url, credential, "manager", "guess").status_code == 403
    locking = _asked(url, credential, "manager", "guess")
    assert (locking.status_code, locking.json()["code"]) == (429, "auth.locked_out")
    assert locking.json()["params"] == {"minutes": 15}
    assert locking.headers["retry-after"] == "900"
    locked = _asked(url, credential, "manager", PASSWORD)  # even the right one, for now
    assert (locked.status_code, locked.json()["code"]) == (429, "auth.locked_out")
    assert _asked(url, credential, "nobody", PASSWORD).json()["code"] == "auth.invalid_credentials"


def test_a_warehouse_clerk_who_is_no_employee_gets_the_coded_refusal(
    world: tuple[Branch, Branch, str, str], engine: Engine
) -> None:
    alger, _office, _url, _oran = world
    with pytest.raises(PermissionDenied) as refused:
        own_payslips_from_server(alger.deps, "clerk", PASSWORD)
    assert (refused.value.code, refused.value.params) == (
        "payroll.not_an_employee",
        {"user": "clerk"},
    )
    assert _failures(engine, alger.users["clerk"]) == 0


def test_the_right_password_at_another_branch_s_pc_is_refused(
    world: tuple[Branch, Branch, str, str],
) -> None:
    alger, _office, url, oran = world
    refused = _asked(url, oran, "cashier", PASSWORD)
    assert refused.status_code == 403
    assert refused.json()["code"] == "payroll.payslips_other_branch"
    with alger.deps.store.read() as tx:
        credential = tx.org.setting("sync_credential")
    assert _asked(url, credential, "cashier", PASSWORD).status_code == 200


def test_a_pc_that_is_not_enrolled_is_refused(world: tuple[Branch, Branch, str, str]) -> None:
    _alger, _office, url, _oran = world
    for credential in ("nothing", "0190a3b2-0000-7000-8000-000000000000.wrong"):
        refused = _asked(url, credential, "cashier", PASSWORD)
        assert refused.status_code == 401
        assert refused.json()["code"] == "auth.invalid_credentials"


@pytest.fixture
def ctx(
    qapp: QApplication, world: tuple[Branch, Branch, str, str], tmp_path: Path
) -> Iterator[UiContext]:
    alger = world[0]
    languages = LanguageManager(qapp, "DZ")
    languages.switch("fr")
    context = UiContext(alger.deps, TaskRunner("own-payslips-test"), languages, tmp_path)
    yield context
    context.shutdown()


def test_at_the_branch_the_page_asks_the_password_lists_the_payslip_and_stores_nothing(
    qtbot: QtBot, ctx: UiContext, world: tuple[Branch, Branch, str, str], tmp_path: Path
) -> None:
    alger = world[0]
    ctx.actor = alger.actor("cashier")
    opened: list[Path] = []
    view = MyPayslipsView(ctx, open_file=opened.append)
    qtbot.addWidget(view)
    settle(qtbot, ctx)
    assert view.kept_here is False and view.model.rows == []
    assert not view.fetch_button.isHidden() and not view.open_button.isEnabled()
    view.fetch_button.click()
    dialog = view.password_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.password.setText(PASSWORD)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: bool(view.model.rows), timeout=15_000)
    assert [row[:2] for row in view.model.rows] == [("03/2026", "PAY-2026-03")]
    assert view.fetch_button.isHidden() and view.open_button.isEnabled()
    assert dialog.password.text() == ""  # the typed password is kept nowhere
    view.open_payslip(path=tmp_path / "mine.pdf")
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    printed = subprocess.run(
        ["pdftotext", str(opened[0]), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Benali Karim" in printed

    # nothing of the payslip is in the branch replica's files, nor queued to send
    with alger.deps.store.read() as tx:
        assert not [r for r in tx.outbox.pending(1000) if "payslip" in str(r)]
    name = alger.replica.path.name
    files = [p for p in alger.replica.path.parent.iterdir() if p.name.startswith(name)]
    assert files
    for path in files:
        data = path.read_bytes()
        for mark in PAYSLIP_MARKS:
            assert mark not in data, (path.name, mark)


def test_offline_the_page_says_it_needs_the_network_and_offers_to_try_again(
    qtbot: QtBot, ctx: UiContext, world: tuple[Branch, Branch, str, str]
) -> None:
    alger = world[0]
    with alger.deps.store.transaction(None) as tx:
        url = tx.org.setting("sync_server_url")
        tx.org.set_setting("sync_server_url", "http://127.0.0.1:9", alger.deps.now())
    try:
        ctx.actor = alger.actor("cashier")
        view = MyPayslipsView(ctx, open_file=lambda p: pytest.fail(str(p)))
        qtbot.addWidget(view)
        settle(qtbot, ctx)
        view.fetch_button.click()
        assert view.password_dialog is not None
        view.password_dialog.password.setText(PASSWORD)
        view.password_dialog.buttons.accepted.emit()
        qtbot.waitUntil(
            lambda: "réseau" in view.status.text() or "network" in view.status.text(),
            timeout=15_000,
        )
        assert view.model.rows == [] and not view.fetch_button.isHidden()
        assert view.fetch_button.isEnabled()
    finally:
        with alger.deps.store.transaction(None) as tx:
            tx.org.set_setting("sync_server_url", url, alger.deps.now())
