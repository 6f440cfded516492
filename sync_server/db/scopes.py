"""Entering a transaction's scope by proving a credential inside the database.

A request for a branch proves its device credential, head-office work proves the
head-office key (``auth.enter_scope``, migration 0014); the row-level security policies
and the audit triggers read the scope the database recorded, never a setting the session
wrote. A refused or revoked credential leaves the transaction with no scope: it sees no
branch's rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, text

from erp_desktop.kernel.errors import PermissionDenied

HEAD_OFFICE_KEY_OPTION = "erp_head_office_key"


@dataclass(frozen=True, slots=True)
class Scope:
    head_office: bool
    branch_id: UUID | None
    device_id: UUID | None
    device_name: str | None


def enter(conn: Connection, credential: str, branch_id: UUID | None = None) -> Scope:
    """Enters the scope ``credential`` proves (narrowed to ``branch_id`` when given: the
    head-office key may act for any branch, a device only for its own)."""
    row = conn.execute(
        text("SELECT * FROM auth.enter_scope(:credential, :branch)"),
        {"credential": credential, "branch": branch_id},
    ).one()
    if row.outcome == "revoked":
        raise PermissionDenied("auth.device_revoked", device=str(row.device_id))
    if row.outcome == "refused":
        raise PermissionDenied("auth.invalid_credentials")
    return Scope(row.head_office, row.branch_id, row.device_id, row.device_name)


def head_office_key(conn: Connection) -> str:
    """The head-office key: given to the engine (``ERP_HEAD_OFFICE_KEY``, for API workers
    that log in as a role of their own) or read by the database's owner, before the
    transaction switches to ``erp_app`` (which can never read it)."""
    given: Any = conn.get_execution_options().get(HEAD_OFFICE_KEY_OPTION)
    if given:
        return str(given)
    readable = conn.execute(
        text(
            "SELECT coalesce((SELECT has_schema_privilege(n.oid, 'USAGE') "
            "AND has_table_privilege(c.oid, 'SELECT') FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'scope' AND c.relname = 'head_office_key'), false)"
        )
    ).scalar()
    if not readable:
        raise PermissionDenied("auth.head_office_key_unreadable")
    return str(conn.execute(text("SELECT secret FROM scope.head_office_key")).scalar_one())


def enroll_device(conn: Connection, token: str, secret: str) -> tuple[UUID, UUID, str] | None:
    """Spends the one-time ``token`` for the credential ``<device id>.<secret>`` (stored as
    its hash by the database); None when the token is unknown, spent, expired or revoked."""
    row = conn.execute(
        text("SELECT device_id, branch_id, device_name FROM auth.enroll_device(:t, :s)"),
        {"t": token, "s": secret},
    ).first()
    return (row[0], row[1], row[2]) if row else None


def rotate_head_office_key(conn: Connection) -> str:
    """A new head-office key, the old one refused from now on (run as the database's owner,
    outside any unit of work); returns it for API workers that are given it."""
    return str(
        conn.execute(
            text(
                "UPDATE scope.head_office_key SET created_at = now(), "
                "secret = replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '') "
                "RETURNING secret"
            )
        ).scalar_one()
    )
