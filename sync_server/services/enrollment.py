"""A branch PC enrolls once with its one-time token and then holds its own credential.

The credential is ``<device id>.<secret>``; only its hash is stored; a revoked device or a
wrong secret is refused (``auth.invalid_credentials``) and every call is checked against
the device's branch.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from uuid import UUID

from erp_desktop.kernel.errors import PermissionDenied
from sync_server.db import headoffice as rows
from sync_server.db.engine import Engine, unit_of_work
from sync_server.services.headoffice import secret_hash


@dataclass(frozen=True, slots=True)
class Device:
    id: UUID
    branch_id: UUID
    name: str


def enroll(engine: Engine, token: str, now: datetime | None = None) -> tuple[Device, str]:
    """Spends the one-time ``token``; returns the device and its credential (shown once)."""
    now = now or datetime.now(UTC)
    with unit_of_work(engine, head_office=True) as conn:
        row = rows.device_by_token(conn, secret_hash(token))
        if (
            row is None
            or row.revoked_at is not None
            or row.enrollment_expires_at is None
            or row.enrollment_expires_at < now
        ):
            raise PermissionDenied("auth.invalid_credentials")
        secret = secrets.token_urlsafe(32)
        credential = f"{row.id}.{secret}"
        rows.set_credential(conn, row.id, secret_hash(credential), now)
    return Device(row.id, row.branch_id, row.name), credential


def authenticate(engine: Engine, credential: str) -> Device:
    device_part, _, secret = credential.partition(".")
    try:
        device_id = UUID(device_part)
    except ValueError:
        raise PermissionDenied("auth.invalid_credentials") from None
    with unit_of_work(engine, head_office=True) as conn:
        row = rows.device(conn, device_id)
    if (
        row is None
        or not secret
        or row.revoked_at is not None
        or row.credential_hash is None
        or not hmac.compare_digest(row.credential_hash, secret_hash(credential))
    ):
        raise PermissionDenied("auth.invalid_credentials")
    return Device(row.id, row.branch_id, row.name)
