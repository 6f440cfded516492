"""HR records on the server are readable and writable only by HR roles at head office.

Migration 0020: hr.employees, hr.employee_family, hr.contracts and hr.contract_terms carry
a policy that asks for head-office scope AND an acting user holding hr_officer or
administrator. A warehouse user or a branch manager, at head office or at a branch, reads
no row and writes none; the attendance profile (hr.staff) goes to its own branch only, and
the records' rows go down to the head-office site alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

import pytest
from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

from erp_desktop.kernel.ids import new_id
from sync_server.db.engine import unit_of_work
from sync_server.services import headoffice


@dataclass(frozen=True)
class People:
    head_office: UUID
    alger: UUID
    oran: UUID
    hr: UUID
    clerk: UUID
    manager: UUID
    employee: UUID


def _insert_employee(conn: Connection, branch: UUID) -> UUID:
    employee = new_id()
    conn.execute(
        text(
            "INSERT INTO hr.staff (id, number, name, name_ar, branch_id, active) "
            "VALUES (:id, :n, 'Amina Benali', 'أمينة بن علي', :b, true)"
        ),
        {"id": employee, "n": f"E{employee.hex[-6:]}", "b": branch},
    )
    conn.execute(
        text(
            "INSERT INTO hr.employees (id, number, first_name, last_name, first_name_ar, "
            "last_name_ar, country, branch_id, job_title, job_title_ar, hired_on, gender, "
            "national_id, social_security_number, address, phone, bank_name, bank_account, "
            "active) VALUES (:id, :n, 'Amina', 'Benali', 'أمينة', 'بن علي', 'DZ', :b, "
            "'Caissière', 'أمينة صندوق', '2024-01-15', 'F', '109950402001234567', "
            "'950402123456', '', '', 'CPA', '00400123456789012345', true)"
        ),
        {"id": employee, "n": f"E{employee.hex[-6:]}", "b": branch},
    )
    contract = new_id()
    conn.execute(
        text(
            "INSERT INTO hr.contracts (id, employee_id, number, kind, starts_on, currency, "
            "job_title, job_title_ar) VALUES (:id, :e, :n, 'CDI', '2024-01-15', 'DZD', '', '')"
        ),
        {"id": contract, "e": employee, "n": f"C{contract.hex[-6:]}"},
    )
    conn.execute(
        text(
            "INSERT INTO hr.contract_terms (id, contract_id, valid_from, base_salary_minor, "
            "monthly_hours, weekly_hours, allowances, reason, recorded_at) VALUES (:id, :c, "
            "'2024-01-15', 4500000, 173.33, 40, '[]', 'hire', now())"
        ),
        {"id": new_id(), "c": contract},
    )
    return employee


@pytest.fixture(scope="module")
def people(engine: Engine) -> People:
    headoffice.set_up_company(engine, "Test SARL", "شركة", "DZ", "DZD")
    site, _ = headoffice.add_head_office(engine, "SIEGE", "Siège", "المقر")
    alger, _ = headoffice.add_branch(engine, "ALG01", "Alger", "الجزائر")
    oran, _ = headoffice.add_branch(engine, "ALG02", "Oran", "وهران")
    hr = headoffice.add_user(engine, "rh", "RH", "s3cret-pass", ["hr_officer"], "SIEGE")
    clerk = headoffice.add_user(engine, "clerk", "Clerk", "s3cret-pass", ["warehouse"], "SIEGE")
    manager = headoffice.add_user(
        engine, "manager", "Manager", "s3cret-pass", ["branch_manager"], "ALG01"
    )
    with unit_of_work(engine, head_office=True, actor_id=hr) as conn:
        employee = _insert_employee(conn, alger)
    return People(site, alger, oran, hr, clerk, manager, employee)


RECORDS = ("hr.employees", "hr.employee_family", "hr.contracts", "hr.contract_terms")


def _count(conn: Connection, table: str) -> int:
    return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def test_an_hr_officer_at_head_office_reads_the_records(engine: Engine, people: People) -> None:
    with unit_of_work(engine, head_office=True, actor_id=people.hr) as conn:
        assert _count(conn, "hr.employees") == 1
        assert _count(conn, "hr.contract_terms") == 1
        salary = conn.execute(text("SELECT base_salary_minor FROM hr.contract_terms")).scalar()
        history = _count(conn, "hr.record_history")
    assert salary == 4_500_000
    assert history >= 3


@pytest.mark.parametrize("who", ["clerk", "manager"])
def test_a_warehouse_user_or_a_branch_manager_at_head_office_reads_no_record(
    engine: Engine, people: People, who: str
) -> None:
    with unit_of_work(engine, head_office=True, actor_id=getattr(people, who)) as conn:
        assert [_count(conn, t) for t in RECORDS] == [0, 0, 0, 0]
        assert _count(conn, "hr.record_history") == 0
        # the attendance profile is not confidential: head office sees every site's staff
        assert _count(conn, "hr.staff") == 1


def test_a_branch_manager_at_his_branch_reads_no_record_and_only_his_own_staff(
    engine: Engine, people: People
) -> None:
    with unit_of_work(engine, branch_id=people.alger, actor_id=people.manager) as conn:
        assert [_count(conn, t) for t in RECORDS] == [0, 0, 0, 0]
        assert _count(conn, "hr.staff") == 1
    with unit_of_work(engine, branch_id=people.oran, actor_id=people.manager) as conn:
        assert _count(conn, "hr.staff") == 0


def test_a_warehouse_user_cannot_write_a_record_either(engine: Engine, people: People) -> None:
    with (
        pytest.raises(DBAPIError, match="row-level security"),
        unit_of_work(engine, head_office=True, actor_id=people.clerk) as conn,
    ):
        _insert_employee(conn, people.alger)


def test_the_salary_is_not_in_the_audit_log_that_accountants_read(
    engine: Engine, people: People
) -> None:
    with unit_of_work(engine, head_office=True, actor_id=people.clerk) as conn:
        rows = conn.execute(
            text(
                "SELECT count(*) FROM audit.trail WHERE schema_name = 'hr' AND table_name <> 'staff'"
            )
        ).scalar_one()
    assert rows == 0


def test_records_go_down_to_head_office_alone_and_a_branch_gets_its_own_staff(
    engine: Engine, people: People
) -> None:
    def feed(conn: Connection) -> list[tuple[str, UUID | None]]:
        return [
            (r[0], r[1])
            for r in conn.execute(
                text("SELECT entity, branch_id FROM sync.change_log WHERE entity_id = :e"),
                {"e": people.employee},
            )
        ]

    with unit_of_work(engine, branch_id=people.alger) as conn:
        assert feed(conn) == [("staff", people.alger)]
    with unit_of_work(engine, branch_id=people.oran) as conn:
        assert feed(conn) == []
    with unit_of_work(engine, head_office=True) as conn:
        assert sorted(feed(conn), key=str) == sorted(
            [("staff", people.alger), ("employee", people.head_office)], key=str
        )


def test_a_dated_salary_row_is_never_rewritten(engine: Engine, people: People) -> None:
    with (
        pytest.raises(DBAPIError),
        unit_of_work(engine, head_office=True, actor_id=people.hr) as conn,
    ):
        conn.execute(text("UPDATE hr.contract_terms SET base_salary_minor = 1"))


def test_attendance_is_its_branch_s_and_head_office_s_only(engine: Engine, people: People) -> None:
    day = {"b": people.alger, "id": new_id(), "s": people.employee}
    insert = text(
        "INSERT INTO hr.attendance (branch_id, id, staff_id, work_date, clock_in, "
        "planned_minutes, late_minutes, worked_minutes, overtime_minutes, correction_reason) "
        "VALUES (:b, :id, :s, '2026-03-10', '2026-03-10T07:00:00Z', 480, 0, 0, 0, '')"
    )
    with unit_of_work(engine, branch_id=people.alger, actor_id=people.manager) as conn:
        conn.execute(insert, day)
    with unit_of_work(engine, branch_id=people.oran) as conn:
        assert _count(conn, "hr.attendance") == 0
    with unit_of_work(engine, head_office=True, actor_id=people.clerk) as conn:
        assert _count(conn, "hr.attendance") == 1  # not confidential: no pay in it
    with (
        pytest.raises(DBAPIError, match="row-level security"),
        unit_of_work(engine, branch_id=people.oran) as conn,
    ):
        conn.execute(insert, {**day, "id": new_id()})


# HR's items of a month ahead of the run (migration 0027): the same policy as the records.
def _items(employee: UUID) -> dict[str, object]:
    return {
        "id": new_id(),
        "employee_id": employee,
        "month": "2026-02-01",
        "currency": "DZD",
        "advance_minor": 500_000,
        "bonus_minor": 0,
        "deduction_minor": 0,
        "absence_hours": "0",
        "overtime_hours": "4",
        "overtime_kind": "standard",
        "note": "",
        "recorded_at": None,
        "recorded_by": None,
        "removed": False,
    }


def test_a_month_s_items_are_hr_s_alone_and_go_down_to_head_office_only(
    engine: Engine, people: People
) -> None:
    from sync_server.db.mergers.payroll_items import save_items

    with unit_of_work(engine, head_office=True, actor_id=people.hr) as conn:
        save_items(conn, _items(people.employee))
        save_items(conn, {**_items(people.employee), "advance_minor": 600_000})  # written over
        advance = conn.execute(text("SELECT advance_minor FROM hr.payroll_month_items")).scalar()
        row_id = conn.execute(text("SELECT id FROM hr.payroll_month_items")).scalar()
    assert advance == 600_000
    with unit_of_work(engine, head_office=True, actor_id=people.clerk) as conn:
        assert _count(conn, "hr.payroll_month_items") == 0
    with unit_of_work(engine, branch_id=people.alger, actor_id=people.manager) as conn:
        assert _count(conn, "hr.payroll_month_items") == 0
    with (
        pytest.raises(DBAPIError, match="row-level security"),
        unit_of_work(engine, head_office=True, actor_id=people.clerk) as conn,
    ):
        save_items(conn, {**_items(people.employee), "month": "2026-03-01"})
    with unit_of_work(engine, head_office=True) as conn:
        sites = {
            r[0]
            for r in conn.execute(
                text("SELECT branch_id FROM sync.change_log WHERE entity_id = :e"), {"e": row_id}
            )
        }
    assert sites == {people.head_office}
