"""Cash sessions: opened and closed by their register, kept as the register says (a closed
session is final). A batch may carry a session's opening and its closing: they are written
in the batch's order."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from erp_desktop.kernel.protocol.envelope import Change
from sync_server.db.engine import act_as
from sync_server.db.mergers import owners
from sync_server.db.mergers.cash_sessions import upsert_cash_session
from sync_server.services.mergers.base import MergeContext, owned

Payload = Mapping[str, Any]


class CashSessionMerger:
    entity = "cash_session"

    def checks(self, ctx: MergeContext, changes: Sequence[Change]) -> Callable[[Change], Payload]:
        registers = owners.registers_of(ctx.conn, (c.payload["register_id"] for c in changes))

        def check(change: Change) -> Payload:
            p = change.payload
            owned(registers.get(p["register_id"]), ctx.branch_id, "register", p["register_id"])
            return p

        return check

    def write(self, ctx: MergeContext, checked: Sequence[tuple[Change, Payload]]) -> None:
        for change, p in checked:
            act_as(ctx.conn, change.actor_id)
            upsert_cash_session(ctx.conn, ctx.branch_id, p)
