"""Employee storage on the replica: the record, its dated family situation, contracts and
their dated terms (a raise is a new row from a day on, the earlier terms stay and cannot be
changed), and the attendance profile kept apart from them."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from erp_desktop.app.hr.payloads import employee_payload
from erp_desktop.kernel.errors import ConflictError, ValidationError
from erp_desktop.kernel.hr.attendance import Shift, StaffMember
from erp_desktop.kernel.hr.records import (
    ContractAllowance,
    ContractKind,
    ContractTerms,
    Employee,
    EmploymentContract,
    FamilyRecord,
    MaritalStatus,
    family_on,
    terms_on,
)
from erp_desktop.kernel.ids import new_id
from tests.builders import Branch
from tests.desktop.hr_world import head_office

NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


def _employee(branch: Branch) -> Employee:
    return Employee(
        new_id(),
        "E0001",
        "Amina",
        "Benali",
        "أمينة",
        "بن علي",
        "DZ",
        branch.branch_id,
        "Caissière",
        "أمينة صندوق",
        date(2024, 1, 15),
        birth_date=date(1995, 4, 2),
        gender="F",
        national_id="109950402001234567",
        social_security_number="95 0402 1234 56",
        bank_name="CPA",
        bank_account="00400123456789012345",
    )


def test_a_raise_is_a_new_dated_row_and_the_month_before_keeps_the_old_salary(
    branch: Branch,
) -> None:
    employee = _employee(branch)
    contract = EmploymentContract(
        new_id(),
        employee.id,
        "C-2024-001",
        ContractKind.CDI,
        date(2024, 1, 15),
        "DZD",
        trial_ends_on=date(2024, 4, 14),
    )
    hired = ContractTerms(
        new_id(),
        contract.id,
        date(2024, 1, 15),
        4_500_000,
        Decimal("173.33"),
        Decimal(40),
        (ContractAllowance("transport", 300_000),),
        "hire",
        NOW,
    )
    raise_ = ContractTerms(
        new_id(),
        contract.id,
        date(2026, 3, 1),
        5_200_000,
        Decimal("173.33"),
        Decimal(40),
        (ContractAllowance("transport", 300_000),),
        "raise",
        NOW,
    )
    with branch.deps.store.transaction(None) as tx:
        tx.hr.save_employee(employee, NOW)
        tx.hr.add_family_record(
            FamilyRecord(new_id(), employee.id, date(2024, 1, 15), MaritalStatus.SINGLE), NOW
        )
        tx.hr.add_family_record(
            FamilyRecord(
                new_id(), employee.id, date(2025, 9, 1), MaritalStatus.MARRIED, 1, 0, True, NOW
            ),
            NOW,
        )
        tx.hr.save_contract(contract, NOW)
        tx.hr.add_terms(hired, NOW)
        tx.hr.add_terms(raise_, NOW)
    with branch.deps.store.read() as view:
        assert view.hr.employee(employee.id) == employee
        assert view.hr.employee_by_number("E0001") == employee
        assert view.hr.contracts_of(employee.id) == [contract]
        terms = view.hr.terms_of(contract.id)
        family = view.hr.family_history(employee.id)
    assert [t.base_salary_minor for t in terms] == [4_500_000, 5_200_000]
    assert terms_on(terms, date(2026, 2, 28)) == hired
    assert terms_on(terms, date(2026, 3, 1)) == raise_
    assert terms_on(terms, date(2024, 1, 1)) is None
    assert family_on(family, date(2025, 8, 31)).marital_status is MaritalStatus.SINGLE  # type: ignore[union-attr]
    assert family_on(family, date(2026, 1, 1)).situation.dependants == 1  # type: ignore[union-attr]


def test_dated_terms_cannot_be_overwritten(branch: Branch) -> None:
    employee = _employee(branch)
    contract = EmploymentContract(
        new_id(), employee.id, "C-2024-002", ContractKind.CDI, date(2024, 1, 15), "DZD"
    )
    terms = ContractTerms(
        new_id(), contract.id, date(2024, 1, 15), 4_500_000, Decimal("173.33"), Decimal(40)
    )
    with branch.deps.store.transaction(None) as tx:
        tx.hr.save_employee(employee, NOW)
        tx.hr.save_contract(contract, NOW)
        tx.hr.add_terms(terms, NOW)
    with (
        pytest.raises(IntegrityError, match=r"storage\.immutable"),
        branch.replica.transaction(None) as conn,
    ):
        conn.exec_driver_sql("UPDATE contract_terms SET base_salary_minor = 9900000")
    # the same day twice: the second is refused
    with pytest.raises(ConflictError), branch.deps.store.transaction(None) as tx:
        tx.hr.add_terms(
            ContractTerms(new_id(), contract.id, date(2024, 1, 15), 1, Decimal(1), Decimal(1)),
            NOW,
        )


def test_a_contract_ending_before_it_starts_and_a_fixed_term_without_end_are_refused() -> None:
    with pytest.raises(ValidationError) as ends_before:
        EmploymentContract(
            new_id(),
            new_id(),
            "C1",
            ContractKind.CDD,
            date(2026, 3, 1),
            "MAD",
            ends_on=date(2026, 2, 1),
        )
    assert ends_before.value.code == "payroll.contract_ends_before_start"
    with pytest.raises(ValidationError) as no_end:
        EmploymentContract(new_id(), new_id(), "C2", ContractKind.CDD, date(2026, 3, 1), "MAD")
    assert no_end.value.code == "hr.fixed_term_without_end"


def test_the_attendance_profile_lives_in_its_own_table_without_pay_or_identity(
    branch: Branch,
) -> None:
    shift = Shift(new_id(), "JOUR", "Journée", "نهار", time(8), time(16, 30), 30, "012345")
    member = StaffMember(
        new_id(), "E0001", "Amina Benali", "أمينة بن علي", branch.branch_id, shift.id, "hash"
    )
    with branch.deps.store.transaction(None) as tx:
        tx.attendance.save_shift(shift, NOW)
        tx.attendance.save_staff_member(member, NOW)
    with branch.deps.store.read() as view:
        assert view.attendance.staff_of(branch.branch_id) == [member]
        assert view.attendance.shift(shift.id).planned_minutes == 480
        assert view.hr.employees() == []
    with branch.replica.read() as conn:
        columns = {r[1] for r in conn.exec_driver_sql("PRAGMA table_info(staff)")}
    assert columns.isdisjoint(
        {"national_id", "social_security_number", "bank_account", "base_salary_minor"}
    )


def test_a_record_reaching_a_branch_replica_is_dropped_and_head_office_keeps_it(
    branch: Branch, tmp_path: Path
) -> None:
    """The server never sends a branch a record (migration 0020); should one arrive, the
    branch's replica does not write it. The same row pulled at head office is kept."""
    employee = _employee(branch)
    row = {
        **employee_payload(employee, []),
        "deleted_at": None,  # the server's to_jsonb(row) carries it
    }
    with branch.deps.store.transaction(None) as tx:
        tx.attendance.save_staff_member(
            StaffMember(employee.id, "E0001", "A", "أ", branch.branch_id, None, None), NOW
        )
        tx.sync.apply_remote("employee", row, NOW)
    with branch.deps.store.read() as view:
        assert view.hr.employees() == []
    office = head_office(tmp_path / "office")
    try:
        with office.deps.store.transaction(None) as tx:
            tx.attendance.save_staff_member(
                StaffMember(employee.id, "E0001", "A", "أ", office.branch_id, None, None), NOW
            )
            tx.sync.apply_remote("employee", {**row, "branch_id": str(office.branch_id)}, NOW)
        with office.deps.store.read() as view:
            assert [e.bank_account for e in view.hr.employees()] == ["00400123456789012345"]
    finally:
        office.replica.close()
