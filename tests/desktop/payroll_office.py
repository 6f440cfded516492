"""A head-office replica with an HR officer, and a month's employees to pay (until the
employees' storage feeds payroll, a run's inputs are stated here)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from uuid import UUID

from erp_desktop.kernel.hr.attendance import StaffMember
from erp_desktop.kernel.hr.records import (
    ContractAllowance,
    ContractKind,
    ContractTerms,
    Employee,
    EmploymentContract,
    FamilyRecord,
    MaritalStatus,
)
from erp_desktop.kernel.ids import new_id
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


def hire(
    office: Branch,
    number: str,
    names: tuple[str, str, str, str],
    base_minor: int,
    branch_id: UUID,
    *,
    hired: date = date(2025, 1, 1),
    allowances: tuple[tuple[str, int], ...] = (),
    shift_id: UUID | None = None,
    dependants: int = 0,
    country: str = "DZ",
    currency: str = "DZD",
) -> UUID:
    """An employee with a CDI, its terms and (with ``shift_id``) an attendance profile,
    written through hr's repositories."""
    first, last, first_ar, last_ar = names
    employee = Employee(
        new_id(),
        number,
        first,
        last,
        first_ar,
        last_ar,
        country,
        branch_id,
        "Vendeur",
        "بائع",
        hired,
        social_security_number=f"SS-{number}",
        bank_account=f"00799999{number[-4:]:0>4}12345678",
    )
    contract = EmploymentContract(
        new_id(), employee.id, f"C-{number}", ContractKind.CDI, hired, currency
    )
    terms = ContractTerms(
        new_id(),
        contract.id,
        hired,
        base_minor,
        Decimal(173),
        Decimal(40),
        tuple(ContractAllowance(k, a) for k, a in allowances),
    )
    now = office.deps.now()
    with office.deps.store.transaction(None) as tx:
        tx.hr.save_employee(employee, now)
        tx.hr.save_contract(contract, now)
        tx.hr.add_terms(terms, now)
        if dependants:
            tx.hr.add_family_record(
                FamilyRecord(
                    new_id(), employee.id, hired, MaritalStatus.MARRIED, dependants, dependants
                ),
                now,
            )
        if shift_id is not None:
            tx.attendance.save_staff_member(
                StaffMember(
                    employee.id,
                    number,
                    f"{first} {last}",
                    f"{first_ar} {last_ar}",
                    branch_id,
                    shift_id,
                    None,
                ),
                now,
            )
    return employee.id


def give_employer_mentions(office: Branch, fund: str = "CNAS") -> None:
    """The company's address and social-fund affiliation, as head office's record has them."""
    with office.deps.store.transaction(None) as tx:
        info = tx.org.company()
        tx.sync.apply_remote(
            "company",
            {
                "id": str(info.id),
                "name": info.name,
                "name_ar": info.name_ar,
                "country": info.country,
                "currency": info.currency,
                "legal_ids": {**info.legal_ids, fund: "16 0123456 78"},
                "address": "12 rue Didouche Mourad, Alger",
                "address_ar": "12 شارع ديدوش مراد، الجزائر",
            },
            office.deps.now(),
        )
