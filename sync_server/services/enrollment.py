"""A branch PC enrolls once with its one-time token and then holds its own credential.

The credential is ``<device id>.<secret>``; only its hash is stored, and the database
itself checks it (``auth.enter_scope``, which erp_app can call but whose tables it cannot
read): a wrong secret is refused (``auth.invalid_credentials``), a revoked device too
(``auth.device_revoked``), at its very next request. Every unit of work of a device's
request proves the credential again, so its rows are the branch's and nothing else.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from uuid import UUID

from erp_desktop.kernel.errors import PermissionDenied
from erp_desktop.kernel.ownership import SiteKind
from sync_server.db import scopes
from sync_server.db.engine import Engine, unit_of_work


@dataclass(frozen=True, slots=True)
class Device:
    id: UUID
    branch_id: UUID
    name: str
    credential: str = field(default="", repr=False, compare=False)
    kind: SiteKind = SiteKind.BRANCH  # the site's: head office's devices prove its scope


def enroll(engine: Engine, token: str) -> tuple[Device, str]:
    """Spends the one-time ``token``; returns the device and its credential (shown once).
    The database's clock decides whether the token has expired."""
    secret = secrets.token_urlsafe(32)
    with unit_of_work(engine) as conn:
        found = scopes.enroll_device(conn, token, secret)
    if found is None:
        raise PermissionDenied("auth.invalid_credentials")
    device_id, branch_id, name = found
    credential = f"{device_id}.{secret}"
    return Device(device_id, branch_id, name, credential), credential


def authenticate(engine: Engine, credential: str) -> Device:
    """The device whose credential this is; refused unless it proves a device's scope (the
    head-office key is no device)."""
    with unit_of_work(engine) as conn:
        scope = scopes.enter(conn, credential)
    if scope.device_id is None or scope.branch_id is None or scope.device_name is None:
        raise PermissionDenied("auth.invalid_credentials")
    kind = SiteKind.HEAD_OFFICE if scope.head_office else SiteKind.BRANCH
    return Device(scope.device_id, scope.branch_id, scope.device_name, credential, kind)
