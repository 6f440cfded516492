"""A month of HR across two branches, offline, then at head office, over HTTP with the real
sync client: head office hires Amina for Alger and Karim for Oran; each branch receives its
own employee only; Amina works two long days at Alger, Karim three days at Oran and takes
two days of annual leave his manager approves; every branch syncs when it can; head office's
replica then reads each one's month for payroll (days, overtime, leave by payer) without
either branch ever having held a salary."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine

from erp_desktop.app.hr.attendance import clock_in, clock_out, save_shift
from erp_desktop.app.hr.for_payroll import month_for_payroll
from erp_desktop.app.hr.leave import LeaveForm, approve_leave, request_leave
from erp_desktop.app.hr.records import hire_employee
from erp_desktop.sync.client import SyncClient
from erp_desktop.sync.runner import enroll_device, synchronize
from sync_server.services import headoffice
from tests.builders import Branch, build_branch
from tests.desktop.hr_world import DAY_SHIFT, USERS, amina, at, hiring
from tests.server.helpers import head_office_for, register_users, running_server

Sites = tuple[Branch, Branch, Branch]


@pytest.fixture(scope="module")
def sites(engine: Engine, pg_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sites]:
    alger = build_branch(Path(tmp_path_factory.mktemp("alger")), users_seed=USERS)
    ids = alger.ids  # type: ignore[attr-defined]
    oran = build_branch(
        Path(tmp_path_factory.mktemp("oran")), "ALG02", ids=ids, user_prefix="oran_",
        users_seed=USERS,
    )  # fmt: skip
    office = build_branch(
        Path(tmp_path_factory.mktemp("office")), "HO", stock=0, ids=ids, user_prefix="ho_",
        users_seed=USERS,
    )  # fmt: skip
    head_office_for(engine, alger)
    register_users(engine, oran)
    office_ids = office.ids  # type: ignore[attr-defined]
    headoffice.add_head_office(
        engine, "HO", "Siège", "المقر", office_ids["ho"], office_ids["wh_ho"]
    )
    register_users(engine, office)
    with running_server(pg_url) as url:
        for site, code in ((alger, "ALG01"), (oran, "ALG02"), (office, "HO")):
            _device, token = headoffice.add_device(engine, code, f"PC {code}")
            client = SyncClient(url)
            enroll_device(site.deps, client, token)
            client.close()
            synchronize(site.deps)
        yield alger, oran, office
    for site in (alger, oran, office):
        site.replica.close()


def test_a_month_at_two_branches_reaches_head_office_for_payroll(sites: Sites) -> None:
    alger, oran, office = sites
    rh = office.actor("rh")
    save_shift(office.deps, rh, DAY_SHIFT)
    amina_file = hire_employee(office.deps, rh, hiring(alger.branch_id, "E0001", "4321")).made
    karim = hiring(oran.branch_id, "E0002", "8765")
    karim = replace(
        karim,
        employee=replace(
            amina(oran.branch_id, "E0002"),
            first_name="Karim",
            first_name_ar="كريم",
            gender="M",
            national_id="108801011234567",
        ),
        contract=replace(karim.contract, number="C-E0002"),
    )
    karim_file = hire_employee(office.deps, rh, karim).made
    assert synchronize(office.deps).rejected == 0
    for branch in (alger, oran):
        synchronize(branch.deps)
    with alger.deps.store.read() as tx:
        assert [m.number for m in tx.attendance.staff_of()] == ["E0001"]
    with oran.deps.store.read() as tx:
        assert [m.number for m in tx.attendance.staff_of()] == ["E0002"]

    # offline: nobody syncs while the days are clocked
    for day in (2, 3):  # Monday and Tuesday, Amina stays an hour longer
        alger.clock.set(at(8, 0, day=day))
        clock_in(alger.deps, "4321")
        alger.clock.set(at(17, 30, day=day))
        clock_out(alger.deps, "4321")
    for day in (2, 3, 4):
        oran.clock.set(at(8, 0, day=day))
        clock_in(oran.deps, "8765")
        oran.clock.set(at(16, 30, day=day))
        clock_out(oran.deps, "8765")
    manager = oran.actor("manager")
    leave = request_leave(
        oran.deps,
        manager,
        LeaveForm(karim_file.employee.id, "annual", date(2026, 3, 8), date(2026, 3, 9)),
    ).made
    approve_leave(oran.deps, manager, leave.id)

    for branch in (alger, oran):
        pushed = synchronize(branch.deps)
        assert pushed.rejected == 0
    synchronize(office.deps)
    with office.deps.store.read() as tx:
        a = month_for_payroll(tx, amina_file.employee.id, date(2026, 3, 1))
        k = month_for_payroll(tx, karim_file.employee.id, date(2026, 3, 1))
    assert (a.days_worked, a.overtime_minutes, a.leave) == (2, 120, ())
    assert (k.days_worked, k.overtime_minutes) == (3, 0)
    assert [(t.kind, t.days, t.paid_by) for t in k.leave] == [("annual", 2, "employer")]
    with oran.deps.store.read() as tx:
        assert tx.hr.employees() == [] and tx.hr.contracts_of(karim_file.employee.id) == []
