"""Who is acting: the logged-in user, their roles, branch and register.

Every use case receives an :class:`Actor` and checks its permission first: the UI hides what
a role may not use, but the check that counts is here.
"""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from erp_desktop.kernel.permissions import Permission, Role, permissions_of, require


@dataclass(frozen=True, slots=True)
class Actor:
    user_id: UUID
    username: str
    roles: frozenset[Role]
    branch_id: UUID
    register_id: UUID | None = None

    def require(self, permission: Permission) -> None:
        require(self.roles, permission, self.username)

    def may(self, permission: Permission) -> bool:
        return permission in permissions_of(self.roles)
