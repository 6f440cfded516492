"""Company, branches, registers, warehouses, users and settings."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, bindparam, select, update
from sqlalchemy.dialects.sqlite import insert

from erp_desktop.app.records import BranchInfo, CompanyInfo, RegisterInfo, UserInfo
from erp_desktop.kernel.ids import new_id
from erp_desktop.storage.repositories.base import (
    RepositoryBase,
    fetch_mappings,
    fetch_rows,
    not_found,
)
from erp_desktop.storage.tables.org import (
    branches,
    company,
    registers,
    settings,
    user_roles,
    users,
    warehouses,
)

# What an invoice says of its seller, beside its name and identifiers (migration 0008).
COMPANY_MENTIONS = (
    "legal_form",
    "legal_form_ar",
    "capital_minor",
    "activity",
    "activity_ar",
    "address",
    "address_ar",
    "phone",
)


# Compiled once, run on the driver (base.fetch_rows): a checkout reads the company three
# times, its register, warehouse and discount setting once.
_COMPANY = select(company)
_LOCAL_BRANCH = select(branches).where(branches.c.is_local.is_(True))
_REGISTER = (
    select(registers, branches.c.code.label("branch_code"))
    .join(branches, branches.c.id == registers.c.branch_id)
    .where(registers.c.id == bindparam("r"))
)
_DEFAULT_WAREHOUSE = (
    select(warehouses.c.id)
    .where(warehouses.c.branch_id == bindparam("b"))
    .order_by(warehouses.c.code)
)
_SETTING = select(settings.c.value).where(settings.c.key == bindparam("k"))


class OrgRepository(RepositoryBase):
    def company(self) -> CompanyInfo:
        rows = fetch_mappings(self.conn, _COMPANY)
        if not rows:
            raise not_found("company", "-")
        row = rows[0]
        return CompanyInfo(
            row["id"],
            row["name"],
            row["name_ar"],
            row["country"],
            row["currency"],
            row["legal_ids"],
            **{name: row[name] for name in COMPANY_MENTIONS},
        )

    def _branch(self, row: Any) -> BranchInfo:
        return BranchInfo(row["id"], row["code"], row["name"], row["name_ar"], row["kind"])

    def local_branch(self) -> BranchInfo:
        row = self.conn.execute(_LOCAL_BRANCH).mappings().first()
        if row is None:
            raise not_found("branch", "local")
        return self._branch(row)

    def branches(self) -> list[BranchInfo]:
        rows = self.conn.execute(
            select(branches).where(branches.c.deleted_at.is_(None)).order_by(branches.c.code)
        ).mappings()
        return [self._branch(r) for r in rows]

    def branch(self, branch_id: UUID) -> BranchInfo:
        row = (
            self.conn.execute(select(branches).where(branches.c.id == branch_id)).mappings().first()
        )
        if row is None:
            raise not_found("branch", branch_id)
        return self._branch(row)

    def register(self, register_id: UUID) -> RegisterInfo:
        rows = fetch_mappings(self.conn, _REGISTER, {"r": register_id})
        if not rows:
            raise not_found("register", register_id)
        row = rows[0]
        return RegisterInfo(
            row["id"], row["branch_id"], row["branch_code"], row["code"], row["cash_step_minor"]
        )

    def registers_of(self, branch_id: UUID) -> list[RegisterInfo]:
        rows = self.conn.execute(
            select(registers, branches.c.code.label("branch_code"))
            .join(branches, branches.c.id == registers.c.branch_id)
            .where(registers.c.branch_id == branch_id)
            .order_by(registers.c.code)
        ).mappings()
        return [
            RegisterInfo(r["id"], r["branch_id"], r["branch_code"], r["code"], r["cash_step_minor"])
            for r in rows
        ]

    def default_warehouse(self, branch_id: UUID) -> UUID:
        rows = fetch_rows(self.conn, _DEFAULT_WAREHOUSE, {"b": branch_id})
        if not rows:
            raise not_found("warehouse", branch_id)
        warehouse_id: UUID = rows[0][0]
        return warehouse_id

    def _user(self, row: Any) -> UserInfo:
        roles = self.conn.execute(
            select(user_roles.c.role).where(
                user_roles.c.user_id == row["id"], user_roles.c.deleted_at.is_(None)
            )
        ).scalars()
        return UserInfo(
            row["id"],
            row["username"],
            row["full_name"],
            row["password_hash"],
            row["pin_hash"],
            row["branch_id"],
            row["active"],
            row["failed_attempts"],
            row["locked_until"],
            frozenset(roles),
            row["language"],
        )

    def user_by_username(self, username: str) -> UserInfo | None:
        row = (
            self.conn.execute(select(users).where(users.c.username == username)).mappings().first()
        )
        return self._user(row) if row else None

    def users_with_pin(self) -> list[UserInfo]:
        rows = (
            self.conn.execute(select(users).where(users.c.pin_hash.is_not(None))).mappings().all()
        )
        return [self._user(r) for r in rows]

    def user(self, user_id: UUID) -> UserInfo:
        row = self.conn.execute(select(users).where(users.c.id == user_id)).mappings().first()
        if row is None:
            raise not_found("user", user_id)
        return self._user(row)

    def record_login(
        self, user_id: UUID, failed_attempts: int, locked_until: datetime | None
    ) -> None:
        self.conn.execute(
            update(users)
            .where(users.c.id == user_id)
            .values(failed_attempts=failed_attempts, locked_until=locked_until)
        )

    def setting(self, key: str, default: Any = None) -> Any:
        rows = fetch_rows(self.conn, _SETTING, {"k": key})
        return rows[0][0] if rows else default

    def set_setting(self, key: str, value: Any, now: datetime) -> None:
        write_setting(self.conn, key, value, now)

    def users(self) -> list[UserInfo]:
        rows = self.conn.execute(select(users).order_by(users.c.username)).mappings().all()
        return [self._user(r) for r in rows]

    def save_user(self, user: UserInfo, now: datetime) -> None:
        """Creates the user or changes its fields (by id); roles it no longer has are soft
        deleted, as the pulled users' are (storage.remote)."""
        values = {
            "username": user.username,
            "full_name": user.full_name,
            "password_hash": user.password_hash,
            "pin_hash": user.pin_hash,
            "branch_id": user.branch_id,
            "language": user.language,
            "active": user.active,
            "updated_at": now,
        }
        known = self.conn.execute(select(users.c.id).where(users.c.id == user.id)).first()
        if known is None:
            self.conn.execute(
                users.insert().values(
                    id=user.id,
                    failed_attempts=0,
                    locked_until=None,
                    created_at=now,
                    deleted_at=None,
                    **values,
                )
            )
        else:
            self.conn.execute(update(users).where(users.c.id == user.id).values(**values))
        held = set(
            self.conn.execute(
                select(user_roles.c.role).where(
                    user_roles.c.user_id == user.id, user_roles.c.deleted_at.is_(None)
                )
            ).scalars()
        )
        for role in sorted(user.roles - held):
            given_back = self.conn.execute(  # a role it had before: the same row again
                update(user_roles)
                .where(user_roles.c.user_id == user.id, user_roles.c.role == role)
                .values(deleted_at=None, updated_at=now)
            ).rowcount
            if not given_back:
                self.conn.execute(
                    user_roles.insert().values(
                        id=new_id(),
                        user_id=user.id,
                        role=role,
                        created_at=now,
                        updated_at=now,
                        deleted_at=None,
                    )
                )
        for role in held - user.roles:
            self.conn.execute(
                update(user_roles)
                .where(
                    user_roles.c.user_id == user.id,
                    user_roles.c.role == role,
                    user_roles.c.deleted_at.is_(None),
                )
                .values(deleted_at=now, updated_at=now)
            )


def write_setting(conn: Connection, key: str, value: Any, now: datetime) -> None:
    statement = insert(settings).values(
        id=new_id(), key=key, value=value, created_at=now, updated_at=now, deleted_at=None
    )
    conn.execute(
        statement.on_conflict_do_update(
            index_elements=["key"], set_={"value": value, "updated_at": now}
        )
    )
