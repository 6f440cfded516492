"""Replicas for the HR tests: head office's (with an HR officer) and a branch's, and the
hiring of an Algerian cashier on a CDI with a day shift."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from erp_desktop.app.auth import hash_secret
from erp_desktop.app.hr.records import ContractForm, EmployeeFile, Hiring, TermsForm, hire_employee
from erp_desktop.kernel.hr.attendance import Shift, StaffMember
from erp_desktop.kernel.hr.records import (
    ContractAllowance,
    ContractKind,
    Employee,
    MaritalStatus,
)
from erp_desktop.kernel.ids import new_id
from erp_desktop.storage.outbox import pending_changes
from tests.builders import Branch, build_branch

USERS = [
    ("admin", "administrator"),
    ("cashier", "cashier"),
    ("manager", "branch_manager"),
    ("clerk", "warehouse"),
    ("accountant", "accountant"),
    ("rh", "hr_officer"),
]
DAY_SHIFT = Shift(new_id(), "JOUR", "Journée", "نهار", time(8), time(16, 30), 30, "012356")


def head_office(folder: Path) -> Branch:
    built = build_branch(folder, "HO", stock=0, users_seed=USERS)
    with built.deps.store.transaction(None) as tx:
        local = tx.org.local_branch()
        tx.sync.apply_remote(
            "branch",
            {
                "id": str(local.id),
                "code": local.code,
                "name": local.name,
                "name_ar": local.name_ar,
                "kind": "head_office",
            },
            built.deps.now(),
        )
        tx.attendance.save_shift(DAY_SHIFT, built.deps.now())
    return built


def branch_with_staff(folder: Path, pins: dict[str, str]) -> tuple[Branch, dict[str, StaffMember]]:
    """A branch whose staff came down from head office: one member per PIN, on the day
    shift (every day but Friday, the weekly rest in Algeria)."""
    built = build_branch(folder, "ALG01", stock=0, users_seed=USERS)
    members = {}
    with built.deps.store.transaction(None) as tx:
        tx.attendance.save_shift(DAY_SHIFT, built.deps.now())
        for n, (name, pin) in enumerate(pins.items()):
            member = StaffMember(
                new_id(),
                f"E{n + 1:04d}",
                name,
                f"{name} (ar)",
                built.branch_id,
                DAY_SHIFT.id,
                hash_secret(pin),
                hired_on=date(2024, 1, 15),
            )
            tx.attendance.save_staff_member(member, built.deps.now())
            members[name] = member
    return built, members


def amina(branch_id: Any, number: str = "E0001") -> Employee:
    return Employee(
        new_id(),
        number,
        "Amina",
        "Benali",
        "أمينة",
        "بن علي",
        "DZ",
        branch_id,
        "Caissière",
        "أمينة صندوق",
        date(2026, 1, 4),
        birth_date=date(1995, 4, 2),
        gender="F",
        national_id="109950402001234567",
        social_security_number="950402123456",
        bank_name="CPA",
        bank_account="00400123456789012345",
    )


def hiring(branch_id: Any, number: str = "E0001", pin: str = "4321") -> Hiring:
    return Hiring(
        amina(branch_id, number),
        MaritalStatus.SINGLE,
        ContractForm(
            f"C-{number}",
            ContractKind.CDI,
            date(2026, 1, 4),
            TermsForm(
                date(2026, 1, 4),
                4_500_000,
                Decimal("173.33"),
                Decimal(40),
                (ContractAllowance("transport", 300_000),),
            ),
            trial_ends_on=date(2026, 4, 3),
            job_title="Caissière",
            job_title_ar="أمينة صندوق",
        ),
        shift_id=DAY_SHIFT.id,
        pin=pin,
    )


def hire(office: Branch, branch_id: Any, number: str = "E0001") -> EmployeeFile:
    return hire_employee(office.deps, office.actor("rh"), hiring(branch_id, number)).made


def queued(branch: Branch, entity: str) -> list[dict[str, Any]]:
    with branch.replica.read() as conn:
        return [r["payload"] for r in pending_changes(conn, 1000) if r["entity"] == entity]


def at(hour: int, minute: int = 0, day: int = 10) -> datetime:
    """A moment of March 2026 in Algiers (UTC+1), as UTC."""
    return datetime(2026, 3, day, hour - 1, minute, tzinfo=UTC)
