"""The fake of the org repository (app/ports/org.py)."""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import datetime
from typing import Any
from uuid import UUID

from erp_desktop.app.records import (
    BranchInfo,
    CompanyInfo,
    RegisterInfo,
    UserInfo,
)
from tests.desktop.fakes.replica import FakeReplica, _not_found


class FakeOrg:
    def __init__(self, db: FakeReplica) -> None:
        self.db = db

    def company(self) -> CompanyInfo:
        return self.db.company

    def local_branch(self) -> BranchInfo:
        return self.branch(self.db.local_branch_id)

    def branch(self, branch_id: UUID) -> BranchInfo:
        if branch_id not in self.db.branches:
            raise _not_found("branch", branch_id)
        return self.db.branches[branch_id]

    def branches(self) -> list[BranchInfo]:
        return sorted(self.db.branches.values(), key=lambda b: b.code)

    def register(self, register_id: UUID) -> RegisterInfo:
        if register_id not in self.db.registers:
            raise _not_found("register", register_id)
        return self.db.registers[register_id]

    def default_warehouse(self, branch_id: UUID) -> UUID:
        if branch_id not in self.db.warehouses:
            raise _not_found("warehouse", branch_id)
        return self.db.warehouses[branch_id]

    def registers_of(self, branch_id: UUID) -> list[RegisterInfo]:
        found = [r for r in self.db.registers.values() if r.branch_id == branch_id]
        return sorted(found, key=lambda r: r.code)

    def user_by_username(self, username: str) -> UserInfo | None:
        return next((u for u in self.db.users.values() if u.username == username), None)

    def users_with_pin(self) -> list[UserInfo]:
        return [u for u in self.db.users.values() if u.pin_hash and u.active]

    def user(self, user_id: UUID) -> UserInfo:
        if user_id not in self.db.users:
            raise _not_found("user", user_id)
        return self.db.users[user_id]

    def setting(self, key: str, default: Any = None) -> Any:
        return copy.deepcopy(self.db.settings.get(key, default))

    def record_login(
        self, user_id: UUID, failed_attempts: int, locked_until: datetime | None
    ) -> None:
        user = self.user(user_id)
        self.db.users[user_id] = replace(
            user, failed_attempts=failed_attempts, locked_until=locked_until
        )

    def set_setting(self, key: str, value: Any, now: datetime) -> None:
        self.db.settings[key] = copy.deepcopy(value)

    def users(self) -> list[UserInfo]:
        return sorted(self.db.users.values(), key=lambda u: u.username)

    def save_user(self, user: UserInfo, now: datetime) -> None:
        self.db.users[user.id] = user
