"""Where this desk works: the branch, the register (on a till) and who is logged in, for
the main window to keep in sight, so a manager standing behind the screen knows whose
session and which till it is."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps


@dataclass(frozen=True, slots=True)
class Workstation:
    branch_code: str
    branch_name: str
    branch_name_ar: str
    register_code: str | None  # None: a back-office PC, not a till
    username: str


def workstation(deps: Deps, actor: Actor, register_id: UUID | None) -> Workstation:
    with deps.store.read() as tx:
        branch = tx.org.branch(actor.branch_id)
        register_of = actor.register_id or register_id
        register = tx.org.register(register_of).code if register_of else None
    return Workstation(branch.code, branch.name, branch.name_ar, register, actor.username)
