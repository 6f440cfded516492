"""Logging in at the branch, offline: password or cashier PIN, argon2 hashes, lockout.

Hashes come down from head office, so a cashier logs in when the network is gone. After
``MAX_FAILURES`` wrong attempts the account is locked for ``LOCK_MINUTES``; the lock is
stored in the replica so restarting the program does not lift it.

A PIN alone names nobody, so wrong PINs are counted per register (and per user too when the
user is named beside the PIN): after ``MAX_FAILURES`` wrong PINs in a row, that register
refuses every PIN, even a right one, for ``LOCK_MINUTES``; a password still works. Without
it, four digits fall to a patient guesser in an afternoon.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
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


verify_secret = _verify  # a PIN checked against another user's hash (shop_setup.users)


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
        user = tx.org.user_by_username(username.strip())
        if user is None:
            raise ValidationError("auth.invalid_credentials")
        _check_usable(deps, user)
        if _verify(user.password_hash, password):
            tx.org.record_login(user.id, 0, None)
            return _actor(user, register_id, tx.org.local_branch().id)
        failures = user.failed_attempts + 1
        locked = deps.now() + timedelta(minutes=LOCK_MINUTES) if failures >= MAX_FAILURES else None
        tx.org.record_login(user.id, 0 if locked else failures, locked)
        failure = (
            PermissionDenied("auth.locked_out", minutes=LOCK_MINUTES)
            if locked
            else ValidationError("auth.invalid_credentials")
        )
    raise failure


def _pin_lock_key(register_id: UUID | None) -> str:
    return f"pin_failures:{register_id or 'branch'}"


def _pin_locked_until(state: Any) -> datetime | None:
    if not isinstance(state, dict) or not state.get("locked_until"):
        return None
    return datetime.fromisoformat(state["locked_until"])


def log_in_with_pin(
    deps: Deps, pin: str, register_id: UUID | None = None, username: str | None = None
) -> Actor:
    """The user whose PIN this is (PINs are unique per branch), or, when ``username`` is
    given, that user if the PIN is theirs. Wrong PINs lock the register out (see above)."""
    if not pin or not pin.isdigit() or not 4 <= len(pin) <= 8:
        raise ValidationError("auth.invalid_pin")
    now = deps.now()
    key = _pin_lock_key(register_id)
    with deps.store.transaction(None) as tx:
        state = tx.org.setting(key)
        locked_until = _pin_locked_until(state)
        if locked_until and locked_until > now:
            minutes = -int(-(locked_until - now).total_seconds() // 60)
            raise PermissionDenied("auth.pin_locked", minutes=minutes)
        named = tx.org.user_by_username(username.strip()) if username else None
        if named is not None:
            _check_usable(deps, named)
        candidates = [named] if named else [] if username else tx.org.users_with_pin()
        for user in candidates:
            assert user is not None
            if _verify(user.pin_hash, pin):
                _check_usable(deps, user)
                tx.org.record_login(user.id, 0, None)
                if state:
                    tx.org.set_setting(key, {}, now)
                return _actor(user, register_id, tx.org.local_branch().id)
        failures = (state.get("failures", 0) if isinstance(state, dict) else 0) + 1
        locked = now + timedelta(minutes=LOCK_MINUTES) if failures >= MAX_FAILURES else None
        tx.org.set_setting(
            key,
            {"failures": 0, "locked_until": locked.isoformat()}
            if locked
            else {"failures": failures},
            now,
        )
        if named is not None:
            user_failures = named.failed_attempts + 1
            user_locked = (
                now + timedelta(minutes=LOCK_MINUTES) if user_failures >= MAX_FAILURES else None
            )
            tx.org.record_login(named.id, 0 if user_locked else user_failures, user_locked)
            locked = locked or user_locked
    if locked:
        raise PermissionDenied("auth.pin_locked", minutes=LOCK_MINUTES)
    raise ValidationError("auth.invalid_pin")


# The same PIN machinery serves the attendance clock (app/hr/attendance.py): its wrong PINs
# count against the same register as the till's, so a guesser cannot alternate the two.
verify_secret = _verify
pin_lock_key = _pin_lock_key
pin_locked_until = _pin_locked_until
