"""The fake of the HR records repository (app/ports/hr.py)."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from erp_desktop.kernel.errors import ConflictError
from erp_desktop.kernel.hr.records import (
    ContractTerms,
    Employee,
    EmploymentContract,
    FamilyRecord,
)
from tests.desktop.fakes.replica import FakeReplica, _not_found


class FakeHr:
    def __init__(self, db: FakeReplica) -> None:
        self.people = db.people

    def employee(self, employee_id: UUID) -> Employee:
        if employee_id not in self.people.employees:
            raise _not_found("employee", employee_id)
        return self.people.employees[employee_id]

    def employee_by_number(self, number: str) -> Employee | None:
        return next((e for e in self.people.employees.values() if e.number == number), None)

    def employees(self, branch_id: UUID | None = None) -> list[Employee]:
        found = [e for e in self.people.employees.values() if branch_id in (None, e.branch_id)]
        return sorted(found, key=lambda e: e.number)

    def family_history(self, employee_id: UUID) -> list[FamilyRecord]:
        found = [r for r in self.people.family if r.employee_id == employee_id]
        return sorted(found, key=lambda r: r.valid_from)

    def contract(self, contract_id: UUID) -> EmploymentContract:
        if contract_id not in self.people.contracts:
            raise _not_found("contract", contract_id)
        return self.people.contracts[contract_id]

    def contracts_of(self, employee_id: UUID) -> list[EmploymentContract]:
        found = [c for c in self.people.contracts.values() if c.employee_id == employee_id]
        return sorted(found, key=lambda c: c.starts_on)

    def terms_of(self, contract_id: UUID) -> list[ContractTerms]:
        found = [t for t in self.people.terms if t.contract_id == contract_id]
        return sorted(found, key=lambda t: t.valid_from)

    def save_employee(self, employee: Employee, now: datetime) -> None:
        other = self.employee_by_number(employee.number)
        if other is not None and other.id != employee.id:
            raise ConflictError("storage.integrity", detail="UNIQUE employees.number")
        self.people.employees[employee.id] = employee

    def add_family_record(self, record: FamilyRecord, now: datetime) -> None:
        if any(
            r.employee_id == record.employee_id and r.valid_from == record.valid_from
            for r in self.people.family
        ):
            raise ConflictError("storage.integrity", detail="UNIQUE employee_family")
        self.people.family.append(record)

    def save_contract(self, contract: EmploymentContract, now: datetime) -> None:
        self.people.contracts[contract.id] = contract

    def add_terms(self, terms: ContractTerms, now: datetime) -> None:
        if any(
            t.contract_id == terms.contract_id and t.valid_from == terms.valid_from
            for t in self.people.terms
        ):
            raise ConflictError("storage.integrity", detail="UNIQUE contract_terms")
        self.people.terms.append(terms)
