"""A head-office replica with an HR officer, and a month's employees to pay (until the
employees' storage feeds payroll, a run's inputs are stated here)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from uuid import UUID

from erp_desktop.kernel.money import Money
from erp_desktop.kernel.payroll import Contract, FamilySituation, OvertimeHours, PayInput
from erp_desktop.kernel.payroll.compute import allowance_of_kind
from erp_desktop.kernel.payroll.run import EmployeePay
from tests.builders import Branch, build_branch

OFFICE_USERS = [
    ("admin", "administrator"),
    ("hr", "hr_officer"),
    ("clerk", "warehouse"),
    ("manager", "branch_manager"),
    ("accountant", "accountant"),
    ("cashier", "cashier"),
]


def make_head_office(branch: Branch) -> None:
    """What the first pull tells head office's replica of its own site."""
    with branch.deps.store.transaction(None) as tx:
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
            branch.deps.now(),
        )


def build_office(folder: Path, country: str = "DZ", **kw: object) -> Branch:
    office = build_branch(folder, "HO", stock=0, users_seed=OFFICE_USERS, country=country, **kw)  # type: ignore[arg-type]
    make_head_office(office)
    return office


def DA(x: object) -> Money:
    return Money.of(x, "DZD")


def algerian_staff(
    month: date, users: dict[str, UUID] | None = None, raise_for_karim: int = 0
) -> Sequence[EmployeePay]:
    """Three employees of an Algerian chain for ``month``: a cashier with overtime and a
    transport allowance, a storekeeper with an advance and absences, and the HR officer."""
    contract = Contract(date(2024, 1, 1), None, DA(45000), Decimal(173))
    transport = allowance_of_kind("DZ", month, "transport", DA(3000))
    people = [
        EmployeePay(
            UUID(int=1001),
            "Benali Karim",
            "بن علي كريم",
            PayInput(
                "DZ",
                month,
                Contract(date(2024, 1, 1), None, DA(45000 + raise_for_karim), Decimal(173)),
                allowances=(transport,),
                overtime=(OvertimeHours("standard", Decimal(8)),),
                family=FamilySituation(dependants=2),
            ),
            "161234567890",
            "00799999000123456789",
            "Caissier",
        ),
        EmployeePay(
            UUID(int=1002),
            "Haddad Samira",
            "حداد سميرة",
            PayInput(
                "DZ",
                month,
                contract,
                absence_hours=Decimal(8),
                advances=(DA(5000),),
            ),
            "161234567891",
            "00799999000123456790",
            "Magasinière",
        ),
        EmployeePay(
            (users or {}).get("hr", UUID(int=1003)),
            "Mansouri Amel",
            "منصوري أمل",
            PayInput("DZ", month, Contract(date(2023, 5, 1), None, DA(62000), Decimal(173))),
            "161234567892",
            "00799999000123456791",
            "Responsable RH",
        ),
    ]
    return people
