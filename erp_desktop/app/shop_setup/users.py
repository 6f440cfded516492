"""The owner of a shop that runs alone manages its users: what head office does for a
branch (who works here, their roles, passwords and PINs, who no longer works here).

Only on a site of the standalone kind: a branch's and head office's users are made on the
company's server and come down (``setup.users_on_the_server``). A password is set only
when one is typed (at least ``MIN_PASSWORD`` characters), a PIN likewise (4 to 8 digits,
another user's refused); a user is never deleted, only made inactive (the past keeps who
rang each sale), and the last active owner cannot be removed or demoted.
"""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from erp_desktop.app.auth import hash_secret, verify_secret
from erp_desktop.app.changes import Changed, Done
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.ports import ReadView
from erp_desktop.app.records import UserInfo
from erp_desktop.app.shop_setup.plan import MIN_PASSWORD
from erp_desktop.kernel.errors import ConflictError, ErpError, ValidationError
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.ownership import SiteKind
from erp_desktop.kernel.permissions import Permission, Role


@dataclass(frozen=True, slots=True)
class UserEdit:
    """A new user (no id) or the user's new fields; empty ``password``/``pin``: unchanged
    (``clear_pin`` removes the PIN)."""

    user_id: UUID | None
    username: str
    full_name: str
    roles: tuple[str, ...]
    password: str = ""
    pin: str = ""
    active: bool = True
    clear_pin: bool = False
    language: str = "fr"


def shop_users(deps: Deps, actor: Actor) -> tuple[bool, list[UserInfo]]:
    """Whether this site manages its own users, and its users (by user name)."""
    actor.require(Permission.ADMIN_USERS)
    with deps.store.read() as tx:
        return tx.org.local_branch().kind == SiteKind.STANDALONE, tx.org.users()


def save_user(deps: Deps, actor: Actor, edit: UserEdit) -> Done[UserInfo]:
    actor.require(Permission.ADMIN_USERS)
    username = edit.username.strip().lower()
    if not username or not edit.full_name.strip():
        raise ValidationError("common.required", field="username")
    for role in edit.roles:
        if role not in {r.value for r in Role}:
            raise ValidationError("common.invalid_value", field="role", value=role)
    if not edit.roles:
        raise ValidationError("common.required", field="role")
    if edit.password and len(edit.password) < MIN_PASSWORD:
        raise ValidationError("setup.password_short", username=username, minimum=MIN_PASSWORD)
    if edit.pin and (not edit.pin.isdigit() or not 4 <= len(edit.pin) <= 8):
        raise ValidationError("setup.pin_invalid", username=username)
    with deps.store.transaction(actor.user_id) as tx:
        local = tx.org.local_branch()
        if local.kind != SiteKind.STANDALONE:
            raise ErpError("setup.users_on_the_server")
        before = tx.org.user(edit.user_id) if edit.user_id is not None else None
        same_name = tx.org.user_by_username(username)
        if same_name is not None and (before is None or same_name.id != before.id):
            raise ConflictError("setup.username_twice", username=username)
        if before is None and not edit.password:
            raise ValidationError("setup.password_short", username=username, minimum=MIN_PASSWORD)
        if edit.pin:
            _check_pin_free(tx, edit.pin, before, username)
        pin_hash = before.pin_hash if before and not edit.clear_pin else None
        if edit.pin:
            pin_hash = hash_secret(edit.pin)
        password_hash = hash_secret(edit.password) if edit.password else ""
        if before is not None and not edit.password:
            password_hash = before.password_hash
        user = UserInfo(
            before.id if before else new_id(),
            username,
            edit.full_name.strip(),
            password_hash,
            pin_hash,
            local.id,
            edit.active,
            before.failed_attempts if before else 0,
            before.locked_until if before else None,
            frozenset(edit.roles),
            edit.language,
        )
        if before is not None and before.active and Role.OWNER in before.roles:
            still = user.active and Role.OWNER in user.roles
            others = [
                u for u in tx.org.users() if u.id != user.id and u.active and Role.OWNER in u.roles
            ]
            if not still and not others:
                raise ValidationError("setup.no_owner")
        tx.org.save_user(user, deps.now())
    return Done(user, frozenset({Changed.USERS}))


def _check_pin_free(tx: ReadView, pin: str, before: UserInfo | None, username: str) -> None:
    """PINs name their user alone: another active user's PIN is refused."""
    for other in tx.org.users_with_pin():
        if before is not None and other.id == before.id:
            continue
        if other.active and verify_secret(other.pin_hash, pin):
            raise ConflictError("setup.pin_twice", username=username)
