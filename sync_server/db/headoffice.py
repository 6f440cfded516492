"""Head-office rows: the company, branches with their warehouse, registers, users, devices,
the chart of accounts. Written with head-office scope."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, text

from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.ledger.accounts import Chart


@dataclass(frozen=True, slots=True)
class DeviceRow:
    """A device as operators see it (its secrets are the database's alone)."""

    id: UUID
    branch_id: UUID
    branch_code: str
    name: str
    enrollment_expires_at: datetime | None
    enrolled_at: datetime | None
    revoked_at: datetime | None

    @property
    def status(self) -> str:
        if self.revoked_at is not None:
            return "revoked"
        return "enrolled" if self.enrolled_at is not None else "waiting"


@dataclass(frozen=True, slots=True)
class CompanyRow:
    id: UUID
    name: str
    name_ar: str
    country: str
    currency: str


def company(conn: Connection) -> CompanyRow | None:
    row = conn.execute(
        text("SELECT id, name, name_ar, country, currency FROM auth.company")
    ).first()
    return CompanyRow(*row) if row else None


def insert_company(
    conn: Connection,
    name: str,
    name_ar: str,
    country: str,
    currency: str,
    legal_ids: dict[str, str],
) -> UUID:
    company_id = new_id()
    conn.execute(
        text(
            "INSERT INTO auth.company (id, name, name_ar, country, currency, legal_ids) "
            "VALUES (:id, :name, :name_ar, :country, :currency, CAST(:legal AS jsonb))"
        ),
        {
            "id": company_id,
            "name": name,
            "name_ar": name_ar,
            "country": country,
            "currency": currency,
            "legal": _json(legal_ids),
        },
    )
    return company_id


def update_company_details(
    conn: Connection, mentions: dict[str, object], legal_ids: dict[str, str]
) -> None:
    """The company's mentions (columns of migration 0033) and identifiers merged into its
    own; the row's triggers audit the change and log it for every branch."""
    columns = "".join(f", {name} = :{name}" for name in mentions)  # checked names only
    conn.execute(
        text(
            "UPDATE auth.company SET legal_ids = legal_ids || CAST(:legal AS jsonb), "
            f"updated_at = now(){columns}"
        ),
        {"legal": _json(legal_ids), **mentions},
    )


def company_record(conn: Connection) -> dict[str, Any] | None:
    """The company's whole row as branches receive it (the feed's payload)."""
    row = conn.execute(text("SELECT to_jsonb(c) FROM auth.company c")).scalar()
    return dict(row) if row else None


def insert_accounts(conn: Connection, chart: Chart) -> None:
    for account in chart.accounts.values():
        conn.execute(
            text(
                "INSERT INTO accounting.accounts (code, id, name, name_ar, type) "
                "VALUES (:code, :id, :name, :name_ar, :type) ON CONFLICT (code) DO NOTHING"
            ),
            {
                "code": account.code,
                "id": new_id(),
                "name": account.name,
                "name_ar": account.name_ar,
                "type": str(account.type),
            },
        )


def insert_branch(
    conn: Connection,
    code: str,
    name: str,
    name_ar: str,
    branch_id: UUID | None = None,
    warehouse_id: UUID | None = None,
    kind: str = "branch",
) -> tuple[UUID, UUID]:
    """A site (a branch, or the head-office site) and its main warehouse."""
    branch_id = branch_id or new_id()
    warehouse_id = warehouse_id or new_id()
    # a branch is the column's default: the statement also runs on a schema before 0016
    kind_column, kind_value = (", kind", ", :kind") if kind != "branch" else ("", "")
    conn.execute(
        text(
            f"INSERT INTO auth.branches (id, code, name, name_ar{kind_column}) "
            f"VALUES (:id, :code, :name, :name_ar{kind_value})"
        ),
        {"id": branch_id, "code": code, "name": name, "name_ar": name_ar, "kind": kind},
    )
    conn.execute(
        text(
            "INSERT INTO inventory.warehouses (id, branch_id, code, name) VALUES (:id, :b, 'MAIN', :name)"
        ),
        {"id": warehouse_id, "b": branch_id, "name": f"{code} main"},
    )
    return branch_id, warehouse_id


def head_office_site(conn: Connection) -> UUID | None:
    """The head-office site's id (None until it is set up)."""
    return conn.execute(text("SELECT id FROM auth.branches WHERE kind = 'head_office'")).scalar()


def branch_id_of(conn: Connection, code: str) -> UUID | None:
    return conn.execute(
        text("SELECT id FROM auth.branches WHERE code = :code"), {"code": code}
    ).scalar()


def insert_register(
    conn: Connection,
    branch_id: UUID,
    code: str,
    cash_step_minor: int,
    register_id: UUID | None = None,
) -> UUID:
    register_id = register_id or new_id()
    conn.execute(
        text(
            "INSERT INTO auth.registers (id, branch_id, code, cash_step_minor) VALUES (:id, :b, :code, :step)"
        ),
        {"id": register_id, "b": branch_id, "code": code, "step": cash_step_minor},
    )
    return register_id


def insert_user(
    conn: Connection,
    username: str,
    full_name: str,
    password_hash: str,
    pin_hash: str | None,
    roles: list[str],
    branch_id: UUID | None,
    user_id: UUID | None = None,
) -> UUID:
    user_id = user_id or new_id()
    conn.execute(
        text(
            "INSERT INTO auth.users (id, username, full_name, password_hash, pin_hash, roles, branch_id) "
            "VALUES (:id, :username, :full_name, :password, :pin, :roles, :branch)"
        ),
        {
            "id": user_id,
            "username": username,
            "full_name": full_name,
            "password": password_hash,
            "pin": pin_hash,
            "roles": roles,
            "branch": branch_id,
        },
    )
    return user_id


def insert_device(
    conn: Connection, branch_id: UUID, name: str, token_hash: str, expires_at: datetime
) -> UUID:
    device_id = new_id()
    conn.execute(
        text(
            "INSERT INTO auth.devices (id, branch_id, name, enrollment_token_hash, enrollment_expires_at) "
            "VALUES (:id, :b, :name, :token, :expires)"
        ),
        {"id": device_id, "b": branch_id, "name": name, "token": token_hash, "expires": expires_at},
    )
    return device_id


_DEVICE = (
    "SELECT d.id, d.branch_id, b.code, d.name, d.enrollment_expires_at, d.enrolled_at, "
    "d.revoked_at FROM auth.devices d JOIN auth.branches b ON b.id = d.branch_id "
)


def device(conn: Connection, device_id: UUID) -> DeviceRow | None:
    row = conn.execute(text(_DEVICE + "WHERE d.id = :id"), {"id": device_id}).first()
    return DeviceRow(*row) if row else None


def devices(conn: Connection, branch_id: UUID | None = None) -> list[DeviceRow]:
    """Every device (of one branch), by branch code and name."""
    rows = conn.execute(
        text(
            _DEVICE + "WHERE CAST(:b AS uuid) IS NULL OR d.branch_id = :b "
            "ORDER BY b.code, d.name, d.created_at"
        ),
        {"b": branch_id},
    )
    return [DeviceRow(*r) for r in rows]


def revoke_device(conn: Connection, device_id: UUID, now: datetime) -> None:
    conn.execute(
        text(
            "UPDATE auth.devices SET revoked_at = :now, updated_at = :now "
            "WHERE id = :id AND revoked_at IS NULL"
        ),
        {"now": now, "id": device_id},
    )


def _json(value: Any) -> str:
    import json

    return json.dumps(value, ensure_ascii=False)


def user_by_username(
    conn: Connection, username: str
) -> tuple[UUID, str, list[str], UUID | None, bool] | None:
    row = conn.execute(
        text(
            "SELECT id, password_hash, roles, branch_id, active FROM auth.users WHERE username = :u"
        ),
        {"u": username},
    ).first()
    return (row[0], row[1], list(row[2]), row[3], bool(row[4])) if row else None
