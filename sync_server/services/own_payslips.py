"""An employee's own payslips, served to the branch PC they log in at.

Payslips are never stored on a branch replica, so a cashier reads hers from the server,
online, by proving her user again: her user name and password, checked here against the
hash the server keeps for her (users are made on the server and come down to the sites).
Wrong passwords are counted per user like the till's (``MAX_FAILURES`` in a row lock her
out for ``LOCK_MINUTES``, even with the right one). The user must work for the device's
branch (or for head office, as a company-wide user): a password typed at another branch's
PC is refused, as a change signed by another branch's user is (``sync.actor_other_branch``).
The rows are then read in the device's proven scope *as that user*, so PostgreSQL's
``own_payslip`` policy decides which payslips come back, not this code.

What is returned is what the site needs to print the same bilingual PDF as head office (the
payslip as its run carried it, the run's number and kind, the month); the branch keeps it
in memory only.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from erp_desktop.kernel.errors import PermissionDenied
from erp_desktop.kernel.payroll.run import month_end
from sync_server.db import headoffice as rows
from sync_server.db import own_payslips as proofs
from sync_server.db.engine import Connection, Engine, unit_of_work
from sync_server.services.enrollment import Device

MAX_FAILURES = 5  # as the till's login (erp_desktop.app.auth)
LOCK_MINUTES = 15


@dataclass(frozen=True, slots=True)
class OwnPayslips:
    employee_id: UUID
    payslips: list[dict[str, Any]]


def _right_password(password_hash: str, password: str) -> bool:
    try:
        return PasswordHasher().verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _proven_user(engine: Engine, device: Device, username: str, password: str) -> UUID:
    def in_scope() -> AbstractContextManager[Connection]:
        return unit_of_work(engine, branch_id=device.branch_id, credential=device.credential)

    with in_scope() as conn:
        user = rows.user_by_username(conn, username)
        if user is None or not user[4]:
            raise PermissionDenied("auth.invalid_credentials")
        user_id, password_hash, _roles, branch_id, _active = user
        locked = proofs.minutes_locked(conn, user_id)
    if locked is not None:
        raise PermissionDenied("auth.locked_out", minutes=locked)
    if not _right_password(password_hash, password):
        with in_scope() as conn:  # counted even though refused
            now_locked = proofs.count_failure(conn, user_id, MAX_FAILURES, LOCK_MINUTES)
        if now_locked:
            raise PermissionDenied("auth.locked_out", minutes=LOCK_MINUTES)
        raise PermissionDenied("auth.invalid_credentials")
    with in_scope() as conn:
        proofs.clear_failures(conn, user_id)
    if branch_id is not None and branch_id != device.branch_id:
        raise PermissionDenied("payroll.payslips_other_branch", user=username)
    return user_id


def own_payslips(engine: Engine, device: Device, username: str, password: str) -> OwnPayslips:
    """The payslips of the employee whose user ``username`` is, if ``password`` is theirs."""
    user_id = _proven_user(engine, device, username, password)
    with unit_of_work(
        engine, branch_id=device.branch_id, credential=device.credential, actor_id=user_id
    ) as conn:
        employee_id = proofs.own_employee(conn)
        if employee_id is None:
            raise PermissionDenied("payroll.not_an_employee", user=username)
        found = proofs.own_payslips(conn)
    return OwnPayslips(
        employee_id,
        [
            {
                "run_number": r["run_number"],
                "run_kind": r["run_kind"],
                "month": r["month"].isoformat(),
                "paid_on": month_end(r["month"]).isoformat(),
                "country": r["country"],
                "currency": r["currency"],
                "payslip": r["slip"],
            }
            for r in found
        ],
    )
