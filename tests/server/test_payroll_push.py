"""A payroll run posted at head office reaches the server over HTTP with the real sync
client: stored in the ``hr`` schema with its payslips, its entry posted once with the id
the replica used (a replayed push posts nothing), a correction posting the difference,
and neither runs nor payslips readable in a branch's scope or pushable by a branch."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any
from uuid import UUID

import httpx
import pytest
from sqlalchemy import Engine, text

from erp_desktop.app.payroll.runs import post_payroll_run, prepare_payroll_run
from erp_desktop.kernel.documents import payload
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.payroll.run import EmployeePay, prepare_run
from erp_desktop.sync.client import SyncClient
from erp_desktop.sync.runner import enroll_device, synchronize
from sync_server.db.engine import act_as, unit_of_work
from sync_server.services import headoffice
from tests.builders import PASSWORD, Branch, build_branch
from tests.desktop.payroll_office import OFFICE_USERS, algerian_staff
from tests.server.helpers import head_office_for, register_users, running_server

MARCH = date(2026, 3, 1)


@pytest.fixture(scope="module")
def world(
    engine: Engine, pg_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Branch, Branch, str]]:
    alger = build_branch(Path(tmp_path_factory.mktemp("alger")))
    office = build_branch(
        Path(tmp_path_factory.mktemp("office")),
        "HO",
        stock=0,
        ids=alger.ids,  # type: ignore[attr-defined]
        user_prefix="ho_",
        users_seed=OFFICE_USERS,
    )
    head_office_for(engine, alger)
    ids = office.ids  # type: ignore[attr-defined]
    headoffice.add_head_office(engine, "HO", "Siège Alger", "المقر", ids["ho"], ids["wh_ho"])
    register_users(engine, office)
    with running_server(pg_url) as url:
        for site, code in ((alger, "ALG01"), (office, "HO")):
            _device, token = headoffice.add_device(engine, code, f"PC {code}")
            client = SyncClient(url)
            enroll_device(site.deps, client, token)
            client.close()
        synchronize(office.deps)  # head office's replica learns it is head office's
        yield alger, office, url
    alger.replica.close()
    office.replica.close()


def server_entries(engine: Engine, source_id: object) -> list[tuple[object, int, int]]:
    with unit_of_work(engine, head_office=True) as conn:  # the ledger: no HR role needed
        return [
            (r[0], r[1], r[2])
            for r in conn.execute(
                text(
                    "SELECT e.id, sum(CASE WHEN l.side = 'debit' THEN l.amount_minor END), "
                    "sum(CASE WHEN l.side = 'credit' THEN l.amount_minor END) "
                    "FROM accounting.journal_entries e JOIN accounting.journal_lines l "
                    "ON l.entry_id = e.id WHERE e.source_id = :id GROUP BY e.id"
                ),
                {"id": source_id},
            ).all()
        ]


def test_a_run_is_stored_and_posted_once_on_the_server_with_the_replica_entry_id(
    world: tuple[Branch, Branch, str], engine: Engine
) -> None:
    _alger, office, _url = world
    hr = office.actor("hr")
    posted = post_payroll_run(
        office.deps, hr, prepare_payroll_run(office.deps, hr, MARCH, algerian_staff(MARCH))
    )
    report = synchronize(office.deps)
    with office.deps.store.read() as tx:
        assert [(r["error_code"], r["error_params"]) for r in tx.outbox.rejected()] == []
    assert report.accepted >= 1
    [(entry_id, debit, credit)] = server_entries(engine, posted.run.id)
    assert entry_id == posted.entry.id
    assert debit == credit == posted.entry.total_debit().to_minor()
    with unit_of_work(engine, head_office=True) as conn:
        act_as(conn, office.users["hr"])
        number, employees = conn.execute(
            text("SELECT number, employees FROM hr.payroll_runs WHERE id = :id"),
            {"id": posted.run.id},
        ).one()
        nets = conn.execute(
            text("SELECT sum(net_to_pay_minor) FROM hr.payslips WHERE run_id = :id"),
            {"id": posted.run.id},
        ).scalar_one()
    assert (number, employees) == ("PAY-2026-03", 3)
    assert nets == posted.run.total("net_to_pay").to_minor()

    # the same change pushed again (a lost answer) posts nothing twice
    with office.deps.store.transaction(None) as tx:
        tx.outbox.queue_change(
            "payroll_run",
            posted.run.id,
            payload(posted.run),
            office.deps.hlc.now().encode(),
            hr.user_id,
            office.deps.now(),
        )
    assert synchronize(office.deps).rejected == 0
    assert len(server_entries(engine, posted.run.id)) == 1

    # a correction posts the difference, under its own entry
    staff = algerian_staff(MARCH, raise_for_karim=5000)
    prepared = prepare_payroll_run(office.deps, hr, MARCH, staff, corrects=posted.run.id)
    corrected = post_payroll_run(office.deps, hr, prepared)
    assert synchronize(office.deps).rejected == 0
    [(correction_id, debit, credit)] = server_entries(engine, corrected.run.id)
    assert correction_id == corrected.entry.id
    assert debit == credit == corrected.entry.total_debit().to_minor()


def counted(engine: Engine, actor: UUID, **scope: Any) -> tuple[int, int]:
    with unit_of_work(engine, **scope) as conn:
        act_as(conn, actor)
        runs = conn.execute(text("SELECT count(*) FROM hr.payroll_runs")).scalar_one()
        slips = conn.execute(text("SELECT count(*) FROM hr.payslips")).scalar_one()
    return runs, slips


def test_only_hr_at_head_office_reads_runs_and_payslips(
    world: tuple[Branch, Branch, str], engine: Engine
) -> None:
    alger, office, _url = world
    assert counted(engine, office.users["hr"], head_office=True) >= (2, 6)
    # a warehouse clerk and a branch manager at head office, a branch manager at a branch
    assert counted(engine, office.users["clerk"], head_office=True) == (0, 0)
    assert counted(engine, office.users["manager"], head_office=True) == (0, 0)
    assert counted(engine, alger.users["manager"], branch_id=alger.branch_id) == (0, 0)


def test_a_branch_pushing_a_payroll_run_is_refused(
    world: tuple[Branch, Branch, str], engine: Engine
) -> None:
    alger, _office, _url = world
    staff: list[EmployeePay] = list(algerian_staff(date(2026, 4, 1)))
    run, _ = prepare_run(
        run_id=new_id(),
        country="DZ",
        currency="DZD",
        month=date(2026, 4, 1),
        employees=staff,
        prepared_at=alger.deps.now(),
        prepared_by=alger.users["admin"],
        branch_id=alger.branch_id,
    )
    assert run is not None
    with alger.deps.store.transaction(None) as tx:
        tx.outbox.queue_change(
            "payroll_run",
            run.id,
            payload(run),
            alger.deps.hlc.now().encode(),
            alger.users["admin"],
            alger.deps.now(),
        )
    report = synchronize(alger.deps)
    assert report.rejected == 1
    with alger.deps.store.read() as tx:
        [row] = [r for r in tx.outbox.rejected() if r["entity"] == "payroll_run"]
    assert row["error_code"] == "sync.owned_by_head_office"


def test_hr_reads_the_month_s_declaration_from_the_server_and_a_manager_cannot(
    world: tuple[Branch, Branch, str],
) -> None:
    _alger, office, url = world
    with office.deps.store.read() as view:
        [first, corrected] = view.payroll.runs_of_month(MARCH)
    hr_login = ("ho_hr", PASSWORD)
    answer = httpx.get(
        f"{url}/api/v1/reports/payroll-declaration",
        params={"year": 2026, "month": 3},
        auth=hr_login,
    )
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["summary"]["runs"] == [corrected.number]  # the corrected month, once
    cnas = next(r for r in body["rows"] if r[0] == "cnas")
    assert Decimal(cnas[4]) == corrected.total("cnas_employee").amount
    tax = next(r for r in body["rows"] if r[0] == "income_tax")
    assert Decimal(tax[4]) == corrected.total("income_tax").amount
    as_csv = httpx.get(
        f"{url}/api/v1/reports/payroll-declaration",
        params={"year": 2026, "quarter": 1, "format": "csv"},
        auth=hr_login,
    )
    assert as_csv.status_code == 200 and "cnas;" in as_csv.text
    refused = httpx.get(
        f"{url}/api/v1/reports/payroll-declaration",
        params={"year": 2026, "month": 3},
        auth=("ho_accountant", PASSWORD),
    )
    assert refused.status_code == 403
    assert first.number == "PAY-2026-03"


def test_hr_s_items_of_a_month_reach_the_server_and_a_paid_month_refuses_them(
    world: tuple[Branch, Branch, str], engine: Engine
) -> None:
    from erp_desktop.app.payroll.month_items import record_month_items
    from erp_desktop.kernel.payroll.month_items import MonthItems, items_payload
    from tests.desktop.payroll_office import hire

    _alger, office, _url = world
    hr = office.actor("hr")
    employee = hire(
        office, "E0901", ("Nadia", "Kaci", "نادية", "قاسي"), 4_500_000, office.branch_id
    )
    with unit_of_work(engine, head_office=True) as conn:  # the record hired before
        act_as(conn, office.users["hr"])
        conn.execute(
            text(
                "INSERT INTO hr.staff (id, number, name, name_ar, branch_id, active) "
                "VALUES (:id, 'E0901', 'Nadia Kaci', 'نادية قاسي', :b, true)"
            ),
            {"id": employee, "b": office.branch_id},
        )
        conn.execute(
            text(
                "INSERT INTO hr.employees (id, number, first_name, last_name, first_name_ar, "
                "last_name_ar, country, branch_id, job_title, job_title_ar, hired_on, gender, "
                "national_id, social_security_number, address, phone, bank_name, bank_account, "
                "active) VALUES (:id, 'E0901', 'Nadia', 'Kaci', 'نادية', 'قاسي', 'DZ', :b, '', "
                "'', '2025-01-01', 'F', '', '', '', '', '', '', true)"
            ),
            {"id": employee, "b": office.branch_id},
        )
    may = date(2026, 5, 1)
    record_month_items(
        office.deps,
        hr,
        may,
        [MonthItems(new_id(), employee, may, "DZD", advance_minor=300_000)],
    )
    assert synchronize(office.deps).rejected == 0

    def advance(actor: UUID, **scope: Any) -> list[int]:
        with unit_of_work(engine, **scope) as conn:
            act_as(conn, actor)
            return [
                r[0] for r in conn.execute(text("SELECT advance_minor FROM hr.payroll_month_items"))
            ]

    assert advance(office.users["hr"], head_office=True) == [300_000]
    assert advance(office.users["clerk"], head_office=True) == []
    assert advance(_alger.users["manager"], branch_id=_alger.branch_id) == []

    # March is paid on the server (PAY-2026-03 above): an item for it pushed anyway is refused
    march = MonthItems(new_id(), employee, MARCH, "DZD", advance_minor=100)
    with office.deps.store.transaction(None) as tx:
        tx.outbox.queue_change(
            "payroll_items",
            march.id,
            items_payload(march),
            office.deps.hlc.now().encode(),
            hr.user_id,
            office.deps.now(),
        )
    assert synchronize(office.deps).rejected == 1
    with office.deps.store.read() as tx:
        [row] = [r for r in tx.outbox.rejected() if r["entity"] == "payroll_items"]
    assert row["error_code"] == "payroll.items_month_paid"


def test_on_the_server_an_employee_reads_her_own_payslips_and_a_clerk_none(
    world: tuple[Branch, Branch, str], engine: Engine
) -> None:
    alger, office, _url = world
    karim = UUID(int=1001)  # paid by the March runs above (algerian_staff)
    with unit_of_work(engine, head_office=True) as conn:  # his record, his account's name
        act_as(conn, office.users["hr"])
        conn.execute(
            text(
                "INSERT INTO hr.staff (id, number, name, name_ar, branch_id, active) "
                "VALUES (:id, 'ho_cashier', 'Karim Benali', 'كريم بن علي', :b, true)"
            ),
            {"id": karim, "b": office.branch_id},
        )
        conn.execute(
            text(
                "INSERT INTO hr.employees (id, number, first_name, last_name, first_name_ar, "
                "last_name_ar, country, branch_id, job_title, job_title_ar, hired_on, gender, "
                "national_id, social_security_number, address, phone, bank_name, bank_account, "
                "active) VALUES (:id, 'ho_cashier', 'Karim', 'Benali', 'كريم', 'بن علي', 'DZ', "
                ":b, '', '', '2024-01-01', 'M', '', '', '', '', '', '', true)"
            ),
            {"id": karim, "b": office.branch_id},
        )

    def slips(actor: UUID, **scope: Any) -> set[UUID]:
        with unit_of_work(engine, **scope) as conn:
            act_as(conn, actor)
            return {r[0] for r in conn.execute(text("SELECT employee_id FROM hr.payslips"))}

    assert slips(office.users["cashier"], head_office=True) == {karim}
    assert slips(office.users["cashier"], branch_id=alger.branch_id) == {karim}
    assert slips(office.users["clerk"], head_office=True) == set()
    assert slips(alger.users["cashier"], branch_id=alger.branch_id) == set()
    with unit_of_work(engine, head_office=True) as conn:  # nor the runs, nor the records
        act_as(conn, office.users["cashier"])
        assert conn.execute(text("SELECT count(*) FROM hr.payroll_runs")).scalar_one() == 0
        assert conn.execute(text("SELECT count(*) FROM hr.employees")).scalar_one() == 0
