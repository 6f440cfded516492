"""The HR demo: a few dozen employees in each country across two branches, each payable by
the payroll kernel for the last month (net above zero), a quarter of days clocked and leave;
the demo branch replica holds its own staff's days and no record, no salary."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from erp_desktop.demo.generator import build_demo_replica
from erp_desktop.demo.people import seed_people
from erp_desktop.kernel.hr.records import terms_on
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.payroll.compute import (
    Contract,
    PayInput,
    allowance_of_kind,
    compute_payslip,
)
from erp_desktop.storage.engine import Replica
from tests.builders import build_branch
from tests.desktop.hr_world import head_office

END = date(2026, 11, 30)


@pytest.mark.parametrize("country", ["DZ", "MA", "TN"])
def test_head_office_demo_staff_are_payable_in_their_country(tmp_path: Path, country: str) -> None:
    office = (
        head_office(tmp_path)
        if country == "DZ"
        else build_branch(tmp_path, "HO", 0, country=country)
    )
    try:
        with office.deps.store.transaction(None) as tx:
            written = seed_people(
                tx, random.Random(5), country, [office.branch_id, office.other_branch_id], None,
                END, office.users["manager"],
            )  # fmt: skip
        assert written == 24
        month = date(2026, 11, 1)
        with office.deps.store.read() as tx:
            people = tx.hr.employees()
            assert {e.branch_id for e in people} == {office.branch_id, office.other_branch_id}
            for e in people:
                [contract] = tx.hr.contracts_of(e.id)
                terms = terms_on(tx.hr.terms_of(contract.id), month)
                assert terms is not None
                pay = PayInput(
                    country,
                    month,
                    Contract(
                        contract.starts_on,
                        contract.ends_on,
                        Money.from_minor(terms.base_salary_minor, contract.currency),
                        terms.monthly_hours,
                    ),
                    tuple(
                        allowance_of_kind(
                            country,
                            month,
                            a.kind,
                            Money.from_minor(a.amount_minor, contract.currency),
                        )
                        for a in terms.allowances
                    ),
                )
                assert compute_payslip(pay).net_to_pay.amount > 0
            days = tx.attendance.attendance_between(date(2026, 9, 1), END)
            leave = tx.leave.leave_between(date(2026, 8, 1), date(2027, 1, 31))
        assert len(days) > 24 * 60  # a quarter of working days, less leave and holidays
        assert {str(r.status) for r in leave} == {"approved", "pending"}
        assert any(d.correction_reason for d in days)
    finally:
        office.replica.close()


def test_the_demo_branch_holds_its_staff_s_quarter_and_no_record(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    build_demo_replica(path, products=80, days=2, seed=3, end=END)
    replica = Replica(path)
    try:
        with replica.read() as conn:
            count = {
                t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar()
                for t in ("staff", "attendance", "leave_requests", "employees", "contract_terms")
            }
            branches = conn.execute(text("SELECT count(DISTINCT branch_id) FROM staff")).scalar()
    finally:
        replica.close()
    assert count["staff"] == 12 and branches == 1
    assert count["attendance"] > 12 * 60
    assert count["leave_requests"] > 0
    assert count["employees"] == count["contract_terms"] == 0
