"""Logging in at the branch, offline: password or cashier PIN, argon2 hashes, lockout.

Hashes come down from head office, so a cashier logs in when the network is gone. After
``MAX_FAILURES`` wrong attempts the account is locked for ``LOCK_MINUTES``; the lock is
stored in the replica so restarting the program does not lift it.
"""

from __future__ import annotations

from datetime import timedelta
from uuid import UUID

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.records import UserInfo
from erp_desktop.kernel.errors import ErpError, PermissionDenied, ValidationError
from erp_desktop.kernel.permissions import Role

MAX_FAILURES = 5
LOCK_MINUTES = 15
_hasher = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)


def hash_secret(secret: str) -> str:
    return _hasher.hash(secret)


def _verify(hash_: str | None, secret: str) -> bool:
    if not hash_:
        return False
    try:
        return _hasher.verify(hash_, secret)
    except (VerificationError, InvalidHashError):
        return False


def _actor(user: UserInfo, register_id: UUID | None, branch_id: UUID) -> Actor:
    return Actor(
        user.id,
        user.username,
        frozenset(Role(r) for r in user.roles),
        user.branch_id or branch_id,
        register_id,
    )


def _check_usable(deps: Deps, user: UserInfo) -> None:
    if not user.active:
        raise PermissionDenied("auth.user_inactive", user=user.username)
    if user.locked_until and user.locked_until > deps.now():
        minutes = int((user.locked_until - deps.now()).total_seconds() // 60) + 1
        raise PermissionDenied("auth.locked_out", minutes=minutes)


def log_in(deps: Deps, username: str, password: str, register_id: UUID | None = None) -> Actor:
    """The actor for ``username`` if ``password`` is right; counts failures and locks out."""
    if not username or not password:
        raise ValidationError("auth.invalid_credentials")
    failure: ErpError | None = None
    with deps.store.transaction(None) as tx:
        user = tx.user_by_username(username.strip())
        if user is None:
            raise ValidationError("auth.invalid_credentials")
        _check_usable(deps, user)
        if _verify(user.password_hash, password):
            tx.record_login(user.id, 0, None)
            return _actor(user, register_id, tx.local_branch().id)
        failures = user.failed_attempts + 1
        locked = deps.now() + timedelta(minutes=LOCK_MINUTES) if failures >= MAX_FAILURES else None
        tx.record_login(user.id, 0 if locked else failures, locked)
        failure = (
            PermissionDenied("auth.locked_out", minutes=LOCK_MINUTES)
            if locked
            else ValidationError("auth.invalid_credentials")
        )
    raise failure


def log_in_with_pin(deps: Deps, pin: str, register_id: UUID | None = None) -> Actor:
    """The cashier whose PIN this is (PINs are unique per branch)."""
    if not pin or not pin.isdigit() or not 4 <= len(pin) <= 8:
        raise ValidationError("auth.invalid_pin")
    with deps.store.transaction(None) as tx:
        for user in tx.users_with_pin():
            if _verify(user.pin_hash, pin):
                _check_usable(deps, user)
                tx.record_login(user.id, 0, None)
                return _actor(user, register_id, tx.local_branch().id)
    raise ValidationError("auth.invalid_pin")
