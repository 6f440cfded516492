"""An employee's record, family situation, contracts and their dated terms.

The record is head office's and confidential (personal data, social-security numbers, bank
account); what a branch needs to clock its staff in is a separate value,
:class:`~erp_desktop.kernel.hr.attendance.StaffMember`, so that splitting the two is a matter
of which table travels where, never of which column is blanked.

Whatever changes pay or tax is dated: a raise is a new :class:`ContractTerms` from a day
on, a marriage or a child a new :class:`FamilyRecord`; the earlier rows stay, so a month
is always paid on what was true in it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from uuid import UUID

from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.payroll.taxes import FamilySituation

COUNTRIES = ("DZ", "MA", "TN")
# The social-security fund each country's employees are registered with.
SOCIAL_FUND = {"DZ": "CNAS", "MA": "CNSS", "TN": "CNSS"}


class ContractKind(StrEnum):
    CDI = "CDI"  # contrat à durée indéterminée
    CDD = "CDD"  # contrat à durée déterminée: an end date is required


class MaritalStatus(StrEnum):
    SINGLE = "single"
    MARRIED = "married"
    DIVORCED = "divorced"
    WIDOWED = "widowed"


def _required(field: str, value: str) -> None:
    if not value.strip():
        raise ValidationError("common.required", field=field)


@dataclass(frozen=True, slots=True)
class Employee:
    """The personal record, as head office's HR keeps it."""

    id: UUID
    number: str  # the company's matricule
    first_name: str
    last_name: str
    first_name_ar: str
    last_name_ar: str
    country: str
    branch_id: UUID
    job_title: str
    job_title_ar: str
    hired_on: date
    birth_date: date | None = None
    gender: str = ""  # "F" or "M" (maternity leave)
    national_id: str = ""  # NIN (DZ), CIN (MA, TN)
    social_security_number: str = ""  # with SOCIAL_FUND[country]
    address: str = ""
    phone: str = ""
    bank_name: str = ""
    bank_account: str = ""  # RIB (MA, TN) or RIP/RIB (DZ)
    active: bool = True

    def __post_init__(self) -> None:
        for name in ("number", "first_name", "last_name", "first_name_ar", "last_name_ar"):
            _required(name, getattr(self, name))
        if self.country not in COUNTRIES:
            raise ValidationError("payroll.unknown_country", country=self.country)
        if self.gender not in ("", "F", "M"):
            raise ValidationError("common.invalid_value", field="gender", value=self.gender)
        if self.birth_date is not None and self.birth_date >= self.hired_on:
            raise ValidationError(
                "hr.born_after_hiring",
                birth=self.birth_date.isoformat(),
                hired=self.hired_on.isoformat(),
            )

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def full_name_ar(self) -> str:
        return f"{self.first_name_ar} {self.last_name_ar}"

    @property
    def social_fund(self) -> str:
        return SOCIAL_FUND[self.country]


@dataclass(frozen=True, slots=True)
class FamilyRecord:
    """The family situation from a day on (it changes the tax: Morocco's family
    reduction, Tunisia's head-of-family and children deductions)."""

    id: UUID
    employee_id: UUID
    valid_from: date
    marital_status: MaritalStatus
    dependants: int = 0  # spouse and children the tax counts (Morocco)
    children: int = 0  # dependent children (Tunisia)
    head_of_family: bool = False
    recorded_at: datetime | None = None

    def __post_init__(self) -> None:
        if min(self.dependants, self.children) < 0:
            raise ValidationError(
                "payroll.negative_amount",
                field="dependants",
                amount=str(min(self.dependants, self.children)),
            )

    @property
    def situation(self) -> FamilySituation:
        return FamilySituation(self.dependants, self.head_of_family, self.children)


@dataclass(frozen=True, slots=True)
class ContractAllowance:
    """An allowance of a kind the country's payroll rules name, by the month."""

    kind: str
    amount_minor: int

    def __post_init__(self) -> None:
        if self.amount_minor < 0:
            raise ValidationError(
                "payroll.negative_amount", field=self.kind, amount=str(self.amount_minor)
            )


@dataclass(frozen=True, slots=True)
class ContractTerms:
    """Pay and hours from ``valid_from`` on: a raise, a change of hours, a promotion is a
    new row; the rows before it stay as they were."""

    id: UUID
    contract_id: UUID
    valid_from: date
    base_salary_minor: int  # a month's base salary, in the contract's currency
    monthly_hours: Decimal  # the hourly rate's divisor (173.33 h at 40 h a week)
    weekly_hours: Decimal
    allowances: tuple[ContractAllowance, ...] = ()
    reason: str = "hire"  # hire, raise, promotion, hours, ...
    recorded_at: datetime | None = None
    recorded_by: UUID | None = None

    def __post_init__(self) -> None:
        if self.base_salary_minor < 0:
            raise ValidationError(
                "payroll.negative_amount", field="base_salary", amount=str(self.base_salary_minor)
            )
        for name in ("monthly_hours", "weekly_hours"):
            if getattr(self, name) <= 0:
                raise ValidationError(
                    "payroll.negative_amount", field=name, amount=str(getattr(self, name))
                )


@dataclass(frozen=True, slots=True)
class EmploymentContract:
    """A CDI or CDD with its dates and trial period; its pay is in its dated terms."""

    id: UUID
    employee_id: UUID
    number: str
    kind: ContractKind
    starts_on: date
    currency: str
    ends_on: date | None = None
    trial_ends_on: date | None = None
    job_title: str = ""
    job_title_ar: str = ""

    def __post_init__(self) -> None:
        _required("number", self.number)
        if self.ends_on is not None and self.ends_on < self.starts_on:
            raise ValidationError(
                "payroll.contract_ends_before_start",
                start=self.starts_on.isoformat(),
                end=self.ends_on.isoformat(),
            )
        if self.kind is ContractKind.CDD and self.ends_on is None:
            raise ValidationError("hr.fixed_term_without_end", number=self.number)
        if self.trial_ends_on is not None and not (
            self.starts_on <= self.trial_ends_on
            and (self.ends_on is None or self.trial_ends_on <= self.ends_on)
        ):
            raise ValidationError(
                "hr.trial_outside_contract",
                trial_end=self.trial_ends_on.isoformat(),
                start=self.starts_on.isoformat(),
            )

    def in_force_on(self, day: date) -> bool:
        return self.starts_on <= day and (self.ends_on is None or day <= self.ends_on)

    def in_trial_on(self, day: date) -> bool:
        return self.trial_ends_on is not None and self.starts_on <= day <= self.trial_ends_on


def _stamp(at: datetime | None) -> float:
    return at.timestamp() if at is not None else 0.0


def terms_on(
    terms: list[ContractTerms] | tuple[ContractTerms, ...], day: date
) -> ContractTerms | None:
    """The terms in force on ``day``: the latest of those valid from it or before."""
    valid = [t for t in terms if t.valid_from <= day]
    return max(valid, key=lambda t: (t.valid_from, _stamp(t.recorded_at))) if valid else None


def family_on(
    records: list[FamilyRecord] | tuple[FamilyRecord, ...], day: date
) -> FamilyRecord | None:
    valid = [r for r in records if r.valid_from <= day]
    return max(valid, key=lambda r: (r.valid_from, _stamp(r.recorded_at))) if valid else None
