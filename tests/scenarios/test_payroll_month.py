"""A month of payroll for two branches, told as the business would tell it.

In January head office hires Amina for the Alger Centre till and Karim for the Oran
warehouse; both branches pull their new staff. All February the branches clock their
staff in and out by PIN, offline: Amina stays two hours late one evening; Karim asks for
two days of annual leave, which his manager approves, and misses one day without a word.
On 2 March the branches sync; head office pulls the month, prepares the run, reviews and
posts it. The payslips read back in French and Arabic with the overtime and the absence;
the payroll entry balances and is posted once on the server, under the id head office's
replica gave it, however often the push is repeated.
"""

from __future__ import annotations

import subprocess
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from erp_desktop.app.hr.attendance import clock_in, clock_out, save_shift
from erp_desktop.app.hr.leave import LeaveForm, approve_leave, request_leave
from erp_desktop.app.hr.records import hire_employee
from erp_desktop.app.payroll.payslips import payslip_view
from erp_desktop.app.payroll.runs import post_payroll_run, prepare_month_run
from erp_desktop.kernel.documents import payload
from erp_desktop.printing.payslip import render_payslip
from erp_desktop.sync.client import SyncClient
from erp_desktop.sync.runner import enroll_device, synchronize
from sync_server.db.engine import unit_of_work
from sync_server.services import headoffice
from tests.builders import Branch, build_branch
from tests.desktop.hr_world import DAY_SHIFT, USERS, hiring
from tests.desktop.payroll_office import give_employer_mentions
from tests.server.conftest import engine, pg_url  # noqa: F401  (real PostgreSQL)
from tests.server.helpers import head_office_for, register_users, running_server

FEBRUARY = date(2026, 2, 1)


def local(day: date, hour: int, minute: int = 0) -> datetime:
    """A moment in Algiers (UTC+1), as UTC."""
    return datetime(day.year, day.month, day.day, hour - 1, minute, tzinfo=UTC)


@pytest.fixture(scope="module")
def world(
    engine: Engine,  # noqa: F811
    pg_url: str,  # noqa: F811
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Branch, Branch, Branch, str]]:
    alger = build_branch(Path(tmp_path_factory.mktemp("alger")), users_seed=USERS)
    ids = alger.ids  # type: ignore[attr-defined]
    oran = build_branch(
        Path(tmp_path_factory.mktemp("oran")),
        "ALG02",
        stock=0,
        ids=ids,
        user_prefix="oran_",
        users_seed=USERS,
    )
    office = build_branch(
        Path(tmp_path_factory.mktemp("office")),
        "HO",
        stock=0,
        ids=ids,
        user_prefix="ho_",
        users_seed=USERS,
    )
    head_office_for(engine, alger)
    register_users(engine, oran)
    headoffice.add_head_office(
        engine,
        "HO",
        "Siège Alger",
        "المقر",
        office.ids["ho"],
        office.ids["wh_ho"],  # type: ignore[attr-defined]
    )
    register_users(engine, office)
    with running_server(pg_url) as url:
        for site, code in ((alger, "ALG01"), (oran, "ALG02"), (office, "HO")):
            _device, token = headoffice.add_device(engine, code, f"PC {code}")
            client = SyncClient(url)
            enroll_device(site.deps, client, token)
            client.close()
        for site in (office, alger, oran):
            synchronize(site.deps)
        yield alger, oran, office, url
    for site in (alger, oran, office):
        site.replica.close()


def test_a_month_clocked_offline_at_two_branches_is_paid_and_posted_once(
    world: tuple[Branch, Branch, Branch, str],
    engine: Engine,  # noqa: F811
) -> None:
    alger, oran, office, _url = world
    rh = office.actor("rh")
    for site in (alger, oran, office):
        site.clock.set(local(date(2026, 1, 20), 9))
    save_shift(office.deps, rh, DAY_SHIFT)  # 8:00-16:30, 30 min break, every day but Friday
    amina = hire_employee(office.deps, rh, hiring(alger.branch_id, "E0001", "4321")).made
    karim_hiring = hiring(oran.branch_id, "E0002", "8765")
    karim_employee = karim_hiring.employee
    karim_hiring = replace(
        karim_hiring,
        employee=replace(
            karim_employee,
            first_name="Karim",
            last_name="Haddad",
            first_name_ar="كريم",
            last_name_ar="حداد",
            gender="M",
            national_id="109870101001234567",
            social_security_number="870101654321",
            bank_account="00400987654321012345",
        ),
    )
    karim = hire_employee(office.deps, rh, karim_hiring).made
    assert synchronize(office.deps).rejected == 0
    synchronize(alger.deps)
    synchronize(oran.deps)

    # February, offline: every shift day clocked, but Karim's leave and one day missed
    leave_days = {date(2026, 2, 16), date(2026, 2, 17)}
    missed = date(2026, 2, 23)
    oran.clock.set(local(date(2026, 2, 2), 10))
    manager = oran.actor("manager")
    asked = request_leave(
        oran.deps, manager, LeaveForm(karim.employee.id, "annual", *sorted(leave_days))
    ).made
    approve_leave(oran.deps, manager, asked.id, "Accordé")
    day = FEBRUARY
    while day.month == 2:
        if DAY_SHIFT.worked_on(day):
            late_evening = day == date(2026, 2, 11)
            alger.clock.set(local(day, 8))
            clock_in(alger.deps, "4321", alger.register_id)
            alger.clock.set(local(day, 18, 30) if late_evening else local(day, 16, 30))
            clock_out(alger.deps, "4321", alger.register_id)
            if day not in leave_days and day != missed:
                oran.clock.set(local(day, 8))
                clock_in(oran.deps, "8765")
                oran.clock.set(local(day, 16, 30))
                clock_out(oran.deps, "8765")
        day += timedelta(days=1)

    # 2 March: the branches sync, head office pulls the month and pays it
    for site in (alger, oran, office):
        site.clock.set(local(date(2026, 3, 2), 9))
    assert synchronize(alger.deps).rejected == 0
    assert synchronize(oran.deps).rejected == 0
    synchronize(office.deps)
    prepared = prepare_month_run(office.deps, rh, FEBRUARY)
    assert prepared.refusals == () and prepared.run is not None
    posted = post_payroll_run(office.deps, rh, prepared)
    run, entry = posted.run, posted.entry
    assert run.number == "PAY-2026-02" and entry.is_balanced()
    slip_a = run.payslip_of(amina.employee.id)
    slip_k = run.payslip_of(karim.employee.id)
    assert slip_a is not None and slip_k is not None
    assert slip_a.overtime_hours == 2 and slip_k.overtime_hours == 0
    assert slip_a.payslip.amount("absence").is_zero()
    hourly = slip_k.payslip.amount("base_salary").amount / Decimal("173.33")
    assert slip_k.hours == Decimal("165.33")  # one day of 8 h off, not the leave
    assert abs(slip_k.payslip.amount("absence").amount - hourly * 8) < 1

    # the payslips read back, in both languages
    give_employer_mentions(office)
    pdf = render_payslip(payslip_view(office.deps, rh, run.id, karim.employee.id))
    shown = unicodedata.normalize(
        "NFKC",
        subprocess.run(
            ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
        ).stdout.decode(),
    ).replace("\u202f", " ")
    assert "BULLETIN DE PAIE - février 2026" in shown and "Haddad Karim" in shown
    assert "Absences" in shown and ("حداد" in shown or "حداد"[::-1] in shown)

    # posted once on the server, under the replica's entry id, however often pushed
    assert synchronize(office.deps).rejected == 0
    with office.deps.store.transaction(None) as tx:  # a push whose answer was lost
        tx.outbox.queue_change(
            "payroll_run",
            run.id,
            payload(run),
            office.deps.hlc.now().encode(),
            rh.user_id,
            office.deps.now(),
        )
    assert synchronize(office.deps).rejected == 0
    with unit_of_work(engine, head_office=True) as conn:
        rows = conn.execute(
            text(
                "SELECT e.id, sum(CASE WHEN l.side = 'debit' THEN l.amount_minor ELSE 0 END), "
                "sum(CASE WHEN l.side = 'credit' THEN l.amount_minor ELSE 0 END) "
                "FROM accounting.journal_entries e JOIN accounting.journal_lines l "
                "ON l.entry_id = e.id WHERE e.source_id = :run GROUP BY e.id"
            ),
            {"run": run.id},
        ).all()
    assert [(r[0], r[1]) for r in rows] == [(entry.id, entry.total_debit().to_minor())]
    assert rows[0][1] == rows[0][2]

    # and nothing of it reaches a branch: no run, no payslip, no net to pay
    synchronize(alger.deps)
    with alger.replica.read() as conn:
        held = [
            conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar()
            for table in ("payroll_runs", "payslips")
        ]
        salaries = conn.exec_driver_sql(
            "SELECT count(*) FROM journal_entries WHERE source_type = 'payroll'"
        ).scalar()
    assert held == [0, 0] and salaries == 0
