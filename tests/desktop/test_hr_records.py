"""Head office's HR hires, raises and files employees; nobody else reaches the records.

Hiring writes the record, the family situation of the hiring day, the first contract with
its terms and the attendance profile, and queues them apart: the server sends a branch the
profile (``staff``) alone. A raise is a new row of terms from its date; the terms before it
stay. A warehouse user, a branch manager or an accountant is refused below the screens
(``auth.permission_denied``), and a branch replica has no records to give
(``hr.records_at_head_office_only``)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from erp_desktop.app.hr.attendance import clock_in
from erp_desktop.app.hr.leave import LeaveForm, request_leave
from erp_desktop.app.hr.records import (
    TermsForm,
    change_terms,
    employee_file,
    employees,
    end_contract,
    hire_employee,
    record_family_change,
)
from erp_desktop.kernel.errors import ErpError
from erp_desktop.kernel.hr.records import MaritalStatus, family_on, terms_on
from tests.builders import Branch, build_branch
from tests.desktop.hr_world import USERS, head_office, hire, hiring, queued


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Branch]:
    built = head_office(tmp_path)
    yield built
    built.replica.close()


def test_hiring_files_the_employee_and_queues_the_profile_apart_from_the_record(
    office: Branch,
) -> None:
    made = hire(office, office.other_branch_id)
    file = employee_file(office.deps, office.actor("rh"), made.employee.id)
    assert file.employee.full_name_ar == "أمينة بن علي"
    assert file.family[0].marital_status is MaritalStatus.SINGLE
    assert file.contracts[0].terms[0].base_salary_minor == 4_500_000
    assert file.staff is not None and file.staff.branch_id == office.other_branch_id
    [staff] = queued(office, "staff")
    [record] = queued(office, "employee")
    [contract] = queued(office, "contract")
    assert set(staff) == {
        "id", "number", "name", "name_ar", "branch_id", "shift_id", "pin_hash", "active",
        "hired_on",
    }  # fmt: skip
    assert record["bank_account"] == "00400123456789012345"
    assert contract["terms"][0]["base_salary_minor"] == 4_500_000


def test_a_raise_is_dated_and_the_months_before_keep_the_old_salary(office: Branch) -> None:
    made = hire(office, office.other_branch_id)
    contract_id = made.contracts[0].contract.id
    rh = office.actor("rh")
    change_terms(
        office.deps, rh, contract_id, TermsForm(date(2026, 6, 1), 5_000_000, reason="raise")
    )
    terms = employee_file(office.deps, rh, made.employee.id).contracts[0].terms
    assert terms_on(terms, date(2026, 5, 31)).base_salary_minor == 4_500_000  # type: ignore[union-attr]
    assert terms_on(terms, date(2026, 6, 1)).base_salary_minor == 5_000_000  # type: ignore[union-attr]
    assert [len(p["terms"]) for p in queued(office, "contract")] == [1, 2]
    with pytest.raises(ErpError) as twice:
        change_terms(office.deps, rh, contract_id, TermsForm(date(2026, 6, 1), 1))
    assert twice.value.code == "hr.terms_date_taken"
    with pytest.raises(ErpError) as before:
        change_terms(office.deps, rh, contract_id, TermsForm(date(2025, 12, 1), 1))
    assert before.value.code == "hr.terms_before_contract"


def test_a_marriage_is_a_new_family_situation_from_its_day(office: Branch) -> None:
    made = hire(office, office.other_branch_id)
    rh = office.actor("rh")
    record_family_change(
        office.deps, rh, made.employee.id, date(2026, 7, 11), MaritalStatus.MARRIED, 1, 0, True
    )
    family = employee_file(office.deps, rh, made.employee.id).family
    assert family_on(family, date(2026, 7, 10)).dependants == 0  # type: ignore[union-attr]
    assert family_on(family, date(2026, 7, 11)).dependants == 1  # type: ignore[union-attr]
    assert len(queued(office, "employee")[-1]["family"]) == 2


def test_a_contract_ending_before_it_starts_writes_nothing(office: Branch) -> None:
    made = hire(office, office.other_branch_id)
    before = len(queued(office, "contract"))
    with pytest.raises(ErpError) as refused:
        end_contract(
            office.deps, office.actor("rh"), made.contracts[0].contract.id, date(2025, 12, 31)
        )
    assert refused.value.code == "payroll.contract_ends_before_start"
    assert len(queued(office, "contract")) == before


def test_an_employee_number_is_one_employee_s(office: Branch) -> None:
    hire(office, office.other_branch_id)
    with pytest.raises(ErpError) as taken:
        hire(office, office.branch_id)
    assert taken.value.code == "hr.employee_number_taken"


@pytest.mark.parametrize("who", ["clerk", "manager", "accountant", "cashier"])
def test_no_one_but_hr_reaches_the_records(office: Branch, who: str) -> None:
    made = hire(office, office.other_branch_id)
    actor = office.actor(who)
    for attempt in (
        lambda: employees(office.deps, actor),
        lambda: employee_file(office.deps, actor, made.employee.id),
        lambda: hire_employee(office.deps, actor, hiring(office.branch_id, "E0002")),
    ):
        with pytest.raises(ErpError) as refused:
            attempt()
        assert refused.value.code == "auth.permission_denied"


def test_a_branch_replica_keeps_no_records_even_for_hr(tmp_path: Path) -> None:
    branch = build_branch(tmp_path, users_seed=USERS)
    try:
        with pytest.raises(ErpError) as refused:
            employees(branch.deps, branch.actor("rh"))
        assert refused.value.code == "hr.records_at_head_office_only"
        with pytest.raises(ErpError):
            hire_employee(branch.deps, branch.actor("rh"), hiring(branch.branch_id))
        assert queued(branch, "employee") == []
    finally:
        branch.replica.close()


def test_hours_and_salary_travel_as_exact_decimals(office: Branch) -> None:
    hire(office, office.other_branch_id)
    [contract] = queued(office, "contract")
    assert Decimal(contract["terms"][0]["monthly_hours"]) == Decimal("173.33")


def test_head_office_s_own_staff_clock_in_and_ask_leave_at_head_office(office: Branch) -> None:
    made = hire(office, office.branch_id)  # an HR assistant working at head office
    office.clock.set(office.clock.now().replace(hour=7, minute=3))
    assert clock_in(office.deps, "4321").made.member.id == made.employee.id
    asked = request_leave(
        office.deps,
        office.actor("rh"),
        LeaveForm(made.employee.id, "annual", date(2026, 3, 15), date(2026, 3, 16)),
    ).made
    assert asked.branch_id == office.branch_id
    assert [p["branch_id"] for p in queued(office, "attendance")] == [str(office.branch_id)]
