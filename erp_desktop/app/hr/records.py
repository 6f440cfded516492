"""Head office's HR keeps the employees' records: hiring (the record, its family situation,
the first contract and its terms, the attendance profile the branch will clock against),
corrections of the record, dated changes (a raise, new hours, a marriage or a child: a new
row from a day on), a new contract, the end of one, a PIN for the clock.

Every use case here asks for ``hr.records`` (HR officers and administrators only) and runs
at head office only: a branch replica never holds these records. What a branch needs (the
attendance profile) is queued apart, as ``staff``, so the server sends the branch that
alone.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from uuid import UUID

from erp_desktop.app.auth import hash_secret
from erp_desktop.app.bridge import queue
from erp_desktop.app.changes import Changed, Done
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.hr.payloads import contract_payload, employee_payload, staff_payload
from erp_desktop.app.ports import ReadView, UnitOfWork
from erp_desktop.app.records import BranchInfo
from erp_desktop.kernel.errors import ConflictError, PermissionDenied, ValidationError
from erp_desktop.kernel.hr.attendance import Shift, StaffMember
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
from erp_desktop.kernel.permissions import Permission

CHANGED = frozenset({Changed.PEOPLE, Changed.OUTBOX})


@dataclass(frozen=True, slots=True)
class TermsForm:
    """Pay and hours from ``valid_from``: amounts in minor units of the contract currency."""

    valid_from: date
    base_salary_minor: int
    monthly_hours: Decimal = Decimal("173.33")
    weekly_hours: Decimal = Decimal(40)
    allowances: tuple[ContractAllowance, ...] = ()
    reason: str = "hire"


@dataclass(frozen=True, slots=True)
class ContractForm:
    number: str
    kind: ContractKind
    starts_on: date
    terms: TermsForm
    ends_on: date | None = None
    trial_ends_on: date | None = None
    job_title: str = ""
    job_title_ar: str = ""


@dataclass(frozen=True, slots=True)
class Hiring:
    """What the hiring form sends: the record (its id is ignored), the family situation
    on the hiring day, the first contract, the shift and PIN for the branch's clock."""

    employee: Employee
    marital_status: MaritalStatus
    contract: ContractForm
    dependants: int = 0
    children: int = 0
    head_of_family: bool = False
    shift_id: UUID | None = None
    pin: str = ""


@dataclass(frozen=True, slots=True)
class ContractFile:
    contract: EmploymentContract
    terms: tuple[ContractTerms, ...]


@dataclass(frozen=True, slots=True)
class EmployeeFile:
    """An employee's whole file, as HR reads it."""

    employee: Employee
    family: tuple[FamilyRecord, ...]
    contracts: tuple[ContractFile, ...]
    staff: StaffMember | None


def _at_head_office(actor: Actor, tx: ReadView) -> None:
    actor.require(Permission.HR_RECORDS)
    if tx.org.local_branch().kind != "head_office":
        raise PermissionDenied("hr.records_at_head_office_only")


@dataclass(frozen=True, slots=True)
class HiringSetup:
    """What the hiring form offers: the company's country, its branches and shifts."""

    country: str
    branches: tuple[BranchInfo, ...]
    shifts: tuple[Shift, ...]


def hiring_setup(deps: Deps, actor: Actor) -> HiringSetup:
    with deps.store.read() as tx:
        _at_head_office(actor, tx)
        return HiringSetup(
            tx.org.company().country, tuple(tx.org.branches()), tuple(tx.attendance.shifts())
        )


def employees(deps: Deps, actor: Actor, branch_id: UUID | None = None) -> list[Employee]:
    with deps.store.read() as tx:
        _at_head_office(actor, tx)
        return tx.hr.employees(branch_id)


def employee_file(deps: Deps, actor: Actor, employee_id: UUID) -> EmployeeFile:
    with deps.store.read() as tx:
        _at_head_office(actor, tx)
        return _file(tx, employee_id)


def _file(tx: ReadView, employee_id: UUID) -> EmployeeFile:
    employee = tx.hr.employee(employee_id)
    contracts = tuple(
        ContractFile(c, tuple(tx.hr.terms_of(c.id))) for c in tx.hr.contracts_of(employee_id)
    )
    staff = next((m for m in tx.attendance.staff_of() if m.id == employee_id), None)
    return EmployeeFile(employee, tuple(tx.hr.family_history(employee_id)), contracts, staff)


def _check_pin(pin: str) -> str | None:
    if not pin:
        return None
    if not pin.isdigit() or not 4 <= len(pin) <= 8:
        raise ValidationError("auth.invalid_pin")
    return hash_secret(pin)


def _check_number(tx: ReadView, employee: Employee) -> None:
    other = tx.hr.employee_by_number(employee.number)
    if other is not None and other.id != employee.id:
        raise ConflictError("hr.employee_number_taken", number=employee.number)


def _contract_of(form: ContractForm, employee_id: UUID, currency: str) -> EmploymentContract:
    return EmploymentContract(
        new_id(),
        employee_id,
        form.number.strip(),
        form.kind,
        form.starts_on,
        currency,
        form.ends_on,
        form.trial_ends_on,
        form.job_title,
        form.job_title_ar,
    )


def _terms_of(
    form: TermsForm, contract: EmploymentContract, deps: Deps, actor: Actor
) -> ContractTerms:
    if form.valid_from < contract.starts_on:
        raise ValidationError(
            "hr.terms_before_contract",
            valid_from=form.valid_from.isoformat(),
            start=contract.starts_on.isoformat(),
        )
    return ContractTerms(
        new_id(),
        contract.id,
        form.valid_from,
        form.base_salary_minor,
        form.monthly_hours,
        form.weekly_hours,
        form.allowances,
        form.reason,
        deps.now(),
        actor.user_id,
    )


def _staff_of(employee: Employee, shift_id: UUID | None, pin_hash: str | None) -> StaffMember:
    return StaffMember(
        employee.id,
        employee.number,
        employee.full_name,
        employee.full_name_ar,
        employee.branch_id,
        shift_id,
        pin_hash,
        employee.active,
        employee.hired_on,
    )


def _queue_employee(deps: Deps, tx: UnitOfWork, actor: Actor, employee: Employee) -> None:
    family = tx.hr.family_history(employee.id)
    queue(deps, tx, "employee", employee.id, employee_payload(employee, family), actor.user_id)


def _queue_contract(deps: Deps, tx: UnitOfWork, actor: Actor, contract_id: UUID) -> None:
    contract = tx.hr.contract(contract_id)
    payload = contract_payload(contract, tx.hr.terms_of(contract_id))
    queue(deps, tx, "contract", contract_id, payload, actor.user_id)


def _queue_staff(deps: Deps, tx: UnitOfWork, actor: Actor, member: StaffMember) -> None:
    queue(deps, tx, "staff", member.id, staff_payload(member), actor.user_id)


def hire_employee(deps: Deps, actor: Actor, hiring: Hiring) -> Done[EmployeeFile]:
    """The record, its family situation from the hiring day, the first contract with its
    terms and the attendance profile, all or nothing, each queued for the server."""
    now = deps.now()
    with deps.store.transaction(actor.user_id) as tx:
        _at_head_office(actor, tx)
        currency = tx.org.company().currency
        employee = replace(hiring.employee, id=new_id())
        tx.org.branch(employee.branch_id)  # a branch the company has
        if hiring.shift_id is not None:
            tx.attendance.shift(hiring.shift_id)
        _check_number(tx, employee)
        family = FamilyRecord(
            new_id(),
            employee.id,
            employee.hired_on,
            hiring.marital_status,
            hiring.dependants,
            hiring.children,
            hiring.head_of_family,
            now,
        )
        contract = _contract_of(hiring.contract, employee.id, currency)
        terms = _terms_of(hiring.contract.terms, contract, deps, actor)
        member = _staff_of(employee, hiring.shift_id, _check_pin(hiring.pin))
        tx.attendance.save_staff_member(member, now)
        tx.hr.save_employee(employee, now)
        tx.hr.add_family_record(family, now)
        tx.hr.save_contract(contract, now)
        tx.hr.add_terms(terms, now)
        _queue_staff(deps, tx, actor, member)
        _queue_employee(deps, tx, actor, employee)
        _queue_contract(deps, tx, actor, contract.id)
        made = _file(tx, employee.id)
    return Done(made, CHANGED)


def correct_employee(deps: Deps, actor: Actor, employee: Employee) -> Done[Employee]:
    """A correction of the record (an address, a bank account, a transfer to another
    branch): written over, with its before and after in the audit trail; the attendance
    profile follows the names, branch and activity."""
    now = deps.now()
    with deps.store.transaction(actor.user_id) as tx:
        _at_head_office(actor, tx)
        before = tx.hr.employee(employee.id)
        tx.org.branch(employee.branch_id)
        _check_number(tx, employee)
        tx.hr.save_employee(employee, now)
        _queue_employee(deps, tx, actor, employee)
        member = tx.attendance.staff_member(employee.id)
        moved = _staff_of(employee, member.shift_id, member.pin_hash)
        if moved != member:
            tx.attendance.save_staff_member(moved, now)
            _queue_staff(deps, tx, actor, moved)
        del before
    return Done(employee, CHANGED)


def record_family_change(
    deps: Deps,
    actor: Actor,
    employee_id: UUID,
    valid_from: date,
    marital_status: MaritalStatus,
    dependants: int,
    children: int,
    head_of_family: bool,
) -> Done[FamilyRecord]:
    """A marriage, a birth, a divorce: a new family situation from ``valid_from``."""
    now = deps.now()
    with deps.store.transaction(actor.user_id) as tx:
        _at_head_office(actor, tx)
        employee = tx.hr.employee(employee_id)
        if any(r.valid_from == valid_from for r in tx.hr.family_history(employee_id)):
            raise ConflictError("hr.terms_date_taken", valid_from=valid_from.isoformat())
        record = FamilyRecord(
            new_id(),
            employee_id,
            valid_from,
            marital_status,
            dependants,
            children,
            head_of_family,
            now,
        )
        tx.hr.add_family_record(record, now)
        _queue_employee(deps, tx, actor, employee)
    return Done(record, CHANGED)


def change_terms(
    deps: Deps, actor: Actor, contract_id: UUID, form: TermsForm
) -> Done[ContractTerms]:
    """A raise, new hours, a new allowance: new terms from ``form.valid_from``; those
    before stay as they were (the months they paid are paid on them)."""
    with deps.store.transaction(actor.user_id) as tx:
        _at_head_office(actor, tx)
        contract = tx.hr.contract(contract_id)
        if any(t.valid_from == form.valid_from for t in tx.hr.terms_of(contract_id)):
            raise ConflictError("hr.terms_date_taken", valid_from=form.valid_from.isoformat())
        if contract.ends_on is not None and form.valid_from > contract.ends_on:
            raise ValidationError(
                "payroll.outside_contract",
                month=form.valid_from.isoformat(),
                start=contract.starts_on.isoformat(),
                end=contract.ends_on.isoformat(),
            )
        terms = _terms_of(form, contract, deps, actor)
        tx.hr.add_terms(terms, deps.now())
        _queue_contract(deps, tx, actor, contract_id)
    return Done(terms, CHANGED)


def add_contract(
    deps: Deps, actor: Actor, employee_id: UUID, form: ContractForm
) -> Done[ContractFile]:
    """A new contract (a CDD renewed, a CDD made a CDI), with its first terms."""
    with deps.store.transaction(actor.user_id) as tx:
        _at_head_office(actor, tx)
        tx.hr.employee(employee_id)
        contract = _contract_of(form, employee_id, tx.org.company().currency)
        terms = _terms_of(form.terms, contract, deps, actor)
        tx.hr.save_contract(contract, deps.now())
        tx.hr.add_terms(terms, deps.now())
        _queue_contract(deps, tx, actor, contract.id)
    return Done(ContractFile(contract, (terms,)), CHANGED)


def end_contract(
    deps: Deps, actor: Actor, contract_id: UUID, ends_on: date
) -> Done[EmploymentContract]:
    """The last day of a contract (a resignation, a dismissal, a CDD's end moved)."""
    with deps.store.transaction(actor.user_id) as tx:
        _at_head_office(actor, tx)
        contract = replace(tx.hr.contract(contract_id), ends_on=ends_on)  # checks the dates
        tx.hr.save_contract(contract, deps.now())
        _queue_contract(deps, tx, actor, contract_id)
    return Done(contract, CHANGED)


def set_clock_pin(
    deps: Deps, actor: Actor, employee_id: UUID, pin: str, shift_id: UUID | None
) -> Done[StaffMember]:
    """The PIN an employee clocks in with at the branch, and the shift planned."""
    with deps.store.transaction(actor.user_id) as tx:
        _at_head_office(actor, tx)
        if shift_id is not None:
            tx.attendance.shift(shift_id)
        member = tx.attendance.staff_member(employee_id)
        pin_hash = _check_pin(pin) if pin else member.pin_hash
        member = replace(member, pin_hash=pin_hash, shift_id=shift_id)
        tx.attendance.save_staff_member(member, deps.now())
        _queue_staff(deps, tx, actor, member)
    return Done(member, CHANGED)
