"""Head office's HR records (storage/tables/hr.py): employees, family, contracts, terms.

A personal record is corrected in place (audited, before and after); what changes pay or
tax is a new dated row (``employee_family``, ``contract_terms``: immutable)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert

from erp_desktop.kernel.hr.records import (
    ContractAllowance,
    ContractKind,
    ContractTerms,
    Employee,
    EmploymentContract,
    FamilyRecord,
    MaritalStatus,
)
from erp_desktop.storage.repositories.base import RepositoryBase, not_found, stamped
from erp_desktop.storage.tables.hr import contract_terms, contracts, employee_family, employees

EMPLOYEE_FIELDS = (
    "number",
    "first_name",
    "last_name",
    "first_name_ar",
    "last_name_ar",
    "country",
    "branch_id",
    "job_title",
    "job_title_ar",
    "hired_on",
    "birth_date",
    "gender",
    "national_id",
    "social_security_number",
    "address",
    "phone",
    "bank_name",
    "bank_account",
    "active",
)
CONTRACT_FIELDS = (
    "employee_id",
    "number",
    "kind",
    "starts_on",
    "ends_on",
    "trial_ends_on",
    "currency",
    "job_title",
    "job_title_ar",
)


def employee_of(row: Any) -> Employee:
    return Employee(row["id"], **{f: row[f] for f in EMPLOYEE_FIELDS})


def contract_of(row: Any) -> EmploymentContract:
    values = {f: row[f] for f in CONTRACT_FIELDS}
    values["kind"] = ContractKind(values["kind"])
    return EmploymentContract(row["id"], **values)


def terms_of_row(row: Any) -> ContractTerms:
    return ContractTerms(
        row["id"],
        row["contract_id"],
        row["valid_from"],
        row["base_salary_minor"],
        Decimal(row["monthly_hours"]),
        Decimal(row["weekly_hours"]),
        tuple(ContractAllowance(a["kind"], int(a["amount_minor"])) for a in row["allowances"]),
        row["reason"],
        row["recorded_at"],
        row["recorded_by"],
    )


def family_of(row: Any) -> FamilyRecord:
    return FamilyRecord(
        row["id"],
        row["employee_id"],
        row["valid_from"],
        MaritalStatus(row["marital_status"]),
        row["dependants"],
        row["children"],
        row["head_of_family"],
        row["recorded_at"],
    )


def employee_values(employee: Employee) -> dict[str, Any]:
    return {f: getattr(employee, f) for f in EMPLOYEE_FIELDS}


def contract_values(contract: EmploymentContract) -> dict[str, Any]:
    values = {f: getattr(contract, f) for f in CONTRACT_FIELDS}
    values["kind"] = str(contract.kind)
    return values


def terms_values(terms: ContractTerms) -> dict[str, Any]:
    return {
        "contract_id": terms.contract_id,
        "valid_from": terms.valid_from,
        "base_salary_minor": terms.base_salary_minor,
        "monthly_hours": terms.monthly_hours,
        "weekly_hours": terms.weekly_hours,
        "allowances": [{"kind": a.kind, "amount_minor": a.amount_minor} for a in terms.allowances],
        "reason": terms.reason,
        "recorded_at": terms.recorded_at,
        "recorded_by": terms.recorded_by,
    }


def family_values(record: FamilyRecord) -> dict[str, Any]:
    return {
        "employee_id": record.employee_id,
        "valid_from": record.valid_from,
        "marital_status": str(record.marital_status),
        "dependants": record.dependants,
        "children": record.children,
        "head_of_family": record.head_of_family,
        "recorded_at": record.recorded_at,
    }


class HrRepository(RepositoryBase):
    def employee(self, employee_id: UUID) -> Employee:
        row = (
            self.conn.execute(select(employees).where(employees.c.id == employee_id))
            .mappings()
            .first()
        )
        if row is None:
            raise not_found("employee", employee_id)
        return employee_of(row)

    def employee_by_number(self, number: str) -> Employee | None:
        row = (
            self.conn.execute(select(employees).where(employees.c.number == number))
            .mappings()
            .first()
        )
        return employee_of(row) if row else None

    def employees(self, branch_id: UUID | None = None) -> list[Employee]:
        query = select(employees).where(employees.c.deleted_at.is_(None))
        if branch_id is not None:
            query = query.where(employees.c.branch_id == branch_id)
        rows = self.conn.execute(query.order_by(employees.c.number)).mappings()
        return [employee_of(r) for r in rows]

    def family_history(self, employee_id: UUID) -> list[FamilyRecord]:
        rows = self.conn.execute(
            select(employee_family)
            .where(employee_family.c.employee_id == employee_id)
            .order_by(employee_family.c.valid_from)
        ).mappings()
        return [family_of(r) for r in rows]

    def contract(self, contract_id: UUID) -> EmploymentContract:
        row = (
            self.conn.execute(select(contracts).where(contracts.c.id == contract_id))
            .mappings()
            .first()
        )
        if row is None:
            raise not_found("contract", contract_id)
        return contract_of(row)

    def contracts_of(self, employee_id: UUID) -> list[EmploymentContract]:
        rows = self.conn.execute(
            select(contracts)
            .where(contracts.c.employee_id == employee_id, contracts.c.deleted_at.is_(None))
            .order_by(contracts.c.starts_on)
        ).mappings()
        return [contract_of(r) for r in rows]

    def terms_of(self, contract_id: UUID) -> list[ContractTerms]:
        rows = self.conn.execute(
            select(contract_terms)
            .where(contract_terms.c.contract_id == contract_id)
            .order_by(contract_terms.c.valid_from)
        ).mappings()
        return [terms_of_row(r) for r in rows]

    def save_employee(self, employee: Employee, now: datetime) -> None:
        values = employee_values(employee)
        statement = insert(employees).values(stamped(now, id=employee.id, **values))
        self.conn.execute(
            statement.on_conflict_do_update(
                index_elements=["id"], set_={**values, "updated_at": now}
            )
        )

    def add_family_record(self, record: FamilyRecord, now: datetime) -> None:
        self.conn.execute(
            employee_family.insert(),
            stamped(
                now,
                id=record.id,
                **{**family_values(record), "recorded_at": record.recorded_at or now},
            ),
        )

    def save_contract(self, contract: EmploymentContract, now: datetime) -> None:
        values = contract_values(contract)
        statement = insert(contracts).values(stamped(now, id=contract.id, **values))
        self.conn.execute(
            statement.on_conflict_do_update(
                index_elements=["id"], set_={**values, "updated_at": now}
            )
        )

    def add_terms(self, terms: ContractTerms, now: datetime) -> None:
        self.conn.execute(
            contract_terms.insert(),
            stamped(
                now, id=terms.id, **{**terms_values(terms), "recorded_at": terms.recorded_at or now}
            ),
        )
