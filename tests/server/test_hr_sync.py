"""HR end to end over HTTP with the real sync client: head office hires an employee for
the Alger branch; the branch's pull brings her attendance profile and shift and nothing of
her record (no salary, no identity number, no bank account anywhere in its replica); she
clocks in and out offline at the branch; the days reach the server and head office's
replica, for payroll."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from uuid import UUID

import pytest
from sqlalchemy import Engine, text

from erp_desktop.app.bridge import queue
from erp_desktop.app.hr.attendance import clock_in, clock_out, correct_clock_out, save_shift
from erp_desktop.app.hr.payloads import attendance_payload, employee_payload
from erp_desktop.app.hr.records import hire_employee
from erp_desktop.sync.client import SyncClient
from erp_desktop.sync.runner import enroll_device, synchronize
from sync_server.db.engine import unit_of_work
from sync_server.services import headoffice
from tests.builders import Branch, build_branch
from tests.desktop.hr_world import DAY_SHIFT, USERS, amina, at, hiring
from tests.server.helpers import head_office_for, register_users, running_server


@pytest.fixture(scope="module")
def world(
    engine: Engine, pg_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Branch, Branch]]:
    alger = build_branch(Path(tmp_path_factory.mktemp("alger")), users_seed=USERS)
    office = build_branch(
        Path(tmp_path_factory.mktemp("office")),
        "HO",
        stock=0,
        ids=alger.ids,  # type: ignore[attr-defined]
        user_prefix="ho_",
        users_seed=USERS,
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
        synchronize(alger.deps)
        yield alger, office
    alger.replica.close()
    office.replica.close()


def _every_text(branch: Branch) -> str:
    """Everything the replica holds, as one text (to look for what must not be there)."""
    found = []
    with branch.replica.read() as conn:
        tables = [
            r[0]
            for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        for table in tables:
            for row in conn.exec_driver_sql(f'SELECT * FROM "{table}"'):
                found.append(" ".join(str(v) for v in row))
    return "\n".join(found)


def test_a_branch_pulls_its_new_employee_s_profile_and_nothing_of_her_record(
    world: tuple[Branch, Branch], engine: Engine
) -> None:
    alger, office = world
    rh = office.actor("rh")
    save_shift(office.deps, rh, DAY_SHIFT)
    hired = hire_employee(office.deps, rh, hiring(alger.branch_id)).made
    pushed = synchronize(office.deps)
    assert (pushed.accepted, pushed.rejected) == (4, 0)
    with unit_of_work(engine, head_office=True, actor_id=rh.user_id) as conn:
        salary = conn.execute(text("SELECT base_salary_minor FROM hr.contract_terms")).scalar()
    assert salary == 4_500_000

    synchronize(alger.deps)
    with alger.deps.store.read() as tx:
        [member] = tx.attendance.staff_of(alger.branch_id)
        assert member.id == hired.employee.id and member.pin_hash
        assert tx.attendance.shift(DAY_SHIFT.id).planned_minutes == 480
        assert tx.hr.employees() == []
    everything = _every_text(alger)
    for secret in ("109950402001234567", "00400123456789012345", "950402123456", "4500000"):
        assert secret not in everything


def test_days_clocked_offline_at_the_branch_reach_head_office_for_payroll(
    world: tuple[Branch, Branch], engine: Engine
) -> None:
    alger, office = world
    alger.clock.set(at(8, 12, day=16))
    clock_in(alger.deps, "4321", alger.register_id)
    alger.clock.set(at(18, 0, day=16))
    clock_out(alger.deps, "4321", alger.register_id)
    alger.clock.set(at(8, 0, day=17))
    forgotten = clock_in(alger.deps, "4321", alger.register_id).made.attendance
    correct_clock_out(
        alger.deps, alger.actor("manager"), forgotten.id, at(16, 30, day=17), "Oubli du badge"
    )
    pushed = synchronize(alger.deps)
    assert (pushed.accepted, pushed.rejected) == (4, 0)
    with unit_of_work(engine, branch_id=alger.branch_id) as conn:
        days = conn.execute(
            text("SELECT overtime_minutes, correction_reason FROM hr.attendance ORDER BY work_date")
        ).all()
    assert [tuple(d) for d in days] == [(78, ""), (0, "Oubli du badge")]

    synchronize(office.deps)
    with office.deps.store.read() as tx:
        at_office = tx.attendance.attendance_between(
            date(2026, 3, 1), date(2026, 3, 31), alger.branch_id
        )
    assert [(d.overtime_minutes, d.correction_reason) for d in at_office] == [
        (78, ""),
        (0, "Oubli du badge"),
    ]


def test_a_branch_cannot_push_a_record_nor_a_correction_its_cashier_signed(
    world: tuple[Branch, Branch], engine: Engine
) -> None:
    alger, office = world
    record = employee_payload(amina(alger.branch_id, "E0999"), [])
    with alger.deps.store.transaction(None) as tx:
        queue(alger.deps, tx, "employee", UUID(record["id"]), record, alger.users["admin"])
        [day] = tx.attendance.attendance_between(date(2026, 3, 16), date(2026, 3, 16))
        forged = {
            **attendance_payload(day),
            "corrected_by": str(alger.users["cashier"]),
            "correction_reason": "x",
        }
        queue(alger.deps, tx, "attendance", day.id, forged, alger.users["cashier"])
    pushed = synchronize(alger.deps)
    assert (pushed.accepted, pushed.rejected) == (0, 2)
    with alger.deps.store.read() as tx:
        codes = sorted(r["error_code"] for r in tx.outbox.rejected())
    assert codes == ["sync.actor_not_permitted", "sync.owned_by_head_office"]
    with unit_of_work(engine, head_office=True, actor_id=office.actor("rh").user_id) as conn:
        assert conn.execute(text("SELECT count(*) FROM hr.employees")).scalar() == 1
