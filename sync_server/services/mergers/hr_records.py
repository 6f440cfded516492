"""What head office's HR pushes: shifts, attendance profiles, employees' records and
contracts. Accepted from the head-office site alone (``services.ownership``) and, for the
records, written only as an HR role (the tables' policies, migration 0020). The checks are
the kernel's: a contract ending before it starts, a fixed-term contract without an end, a
birth after the hiring are refused with their codes, whatever the client did."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, time
from decimal import Decimal
from typing import Any
from uuid import UUID

from erp_desktop.kernel.hr.attendance import Shift
from erp_desktop.kernel.hr.records import (
    ContractAllowance,
    ContractKind,
    ContractTerms,
    Employee,
    EmploymentContract,
    FamilyRecord,
    MaritalStatus,
)
from erp_desktop.kernel.protocol.envelope import Change
from sync_server.db.engine import act_as
from sync_server.db.mergers import hr as rows
from sync_server.services.mergers.base import MergeContext

Payload = Mapping[str, Any]


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


class ShiftMerger:
    entity = "shift"

    def checks(self, ctx: MergeContext, changes: Sequence[Change]) -> Callable[[Change], Payload]:
        def check(change: Change) -> Payload:
            p = change.payload
            Shift(
                UUID(p["id"]),
                p["code"],
                p["name"],
                p["name_ar"],
                time.fromisoformat(p["starts"]),
                time.fromisoformat(p["ends"]),
                p["break_minutes"],
                p["weekdays"],
            )
            return p

        return check

    def write(self, ctx: MergeContext, checked: Sequence[tuple[Change, Payload]]) -> None:
        for change, p in checked:
            act_as(ctx.conn, change.actor_id)
            rows.save_shift(ctx.conn, p)


class StaffMerger:
    entity = "staff"

    def checks(self, ctx: MergeContext, changes: Sequence[Change]) -> Callable[[Change], Payload]:
        return lambda change: change.payload

    def write(self, ctx: MergeContext, checked: Sequence[tuple[Change, Payload]]) -> None:
        for change, p in checked:
            act_as(ctx.conn, change.actor_id)
            rows.save_staff(ctx.conn, p)


class EmployeeMerger:
    entity = "employee"

    def checks(self, ctx: MergeContext, changes: Sequence[Change]) -> Callable[[Change], Payload]:
        def check(change: Change) -> Payload:
            p = change.payload
            fields = {c: p[c] for c in rows.EMPLOYEE_COLUMNS}
            fields["branch_id"] = UUID(p["branch_id"])
            fields["hired_on"] = date.fromisoformat(p["hired_on"])
            fields["birth_date"] = _day(p["birth_date"])
            employee = Employee(UUID(p["id"]), **fields)
            for row in p["family"]:
                FamilyRecord(
                    UUID(row["id"]),
                    employee.id,
                    date.fromisoformat(row["valid_from"]),
                    MaritalStatus(row["marital_status"]),
                    row["dependants"],
                    row["children"],
                    row["head_of_family"],
                )
            return p

        return check

    def write(self, ctx: MergeContext, checked: Sequence[tuple[Change, Payload]]) -> None:
        for change, p in checked:
            act_as(ctx.conn, change.actor_id)
            rows.save_employee(ctx.conn, p)


class ContractMerger:
    entity = "contract"

    def checks(self, ctx: MergeContext, changes: Sequence[Change]) -> Callable[[Change], Payload]:
        def check(change: Change) -> Payload:
            p = change.payload
            contract = EmploymentContract(
                UUID(p["id"]),
                UUID(p["employee_id"]),
                p["number"],
                ContractKind(p["kind"]),
                date.fromisoformat(p["starts_on"]),
                p["currency"],
                _day(p["ends_on"]),
                _day(p["trial_ends_on"]),
                p["job_title"],
                p["job_title_ar"],
            )
            for row in p["terms"]:
                ContractTerms(
                    UUID(row["id"]),
                    contract.id,
                    date.fromisoformat(row["valid_from"]),
                    row["base_salary_minor"],
                    Decimal(row["monthly_hours"]),
                    Decimal(row["weekly_hours"]),
                    tuple(
                        ContractAllowance(a["kind"], a["amount_minor"]) for a in row["allowances"]
                    ),
                )
            return p

        return check

    def write(self, ctx: MergeContext, checked: Sequence[tuple[Change, Payload]]) -> None:
        for change, p in checked:
            act_as(ctx.conn, change.actor_id)
            rows.save_contract(ctx.conn, p)
