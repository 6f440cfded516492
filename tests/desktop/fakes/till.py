"""The fake of the till repository (app/ports/till.py)."""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import datetime
from typing import Any
from uuid import UUID

from erp_desktop.app.records import (
    SessionInfo,
    SessionSummary,
)
from erp_desktop.kernel.errors import NotFound
from tests.desktop.fakes.replica import FakeReplica, HeldTicket, _not_found


class FakeTill:
    def __init__(self, db: FakeReplica) -> None:
        self.db = db

    def current_session(self, register_id: UUID) -> SessionInfo | None:
        open_ = (
            s
            for s in self.db.sessions.values()
            if s.register_id == register_id and s.status == "open"
        )
        return next(open_, None)

    def session(self, session_id: UUID) -> SessionInfo:
        if session_id not in self.db.sessions:
            raise _not_found("cash_session", session_id)
        return self.db.sessions[session_id]

    def last_z_number(self, register_id: UUID) -> int:
        numbers = [
            s.z_number or 0 for s in self.db.sessions.values() if s.register_id == register_id
        ]
        return max(numbers, default=0)

    def sessions_since(self, start: datetime) -> list[SessionSummary]:
        found = [s for s in self.db.sessions.values() if s.opened_at >= start or s.status == "open"]
        return [
            SessionSummary(
                self.db.registers[s.register_id].code,
                self.db.users[s.opened_by].username,
                s.status,
                s.opened_at,
                s.closed_at,
                s.expected_cash_minor,
                s.counted_cash_minor,
            )
            for s in sorted(found, key=lambda s: s.opened_at, reverse=True)
        ]

    def held_tickets(self, register_id: UUID) -> list[tuple[UUID, str]]:
        waiting = [
            (t.held_at, i, t.label)
            for i, t in self.db.held.items()
            if t.register_id == register_id and t.recalled_at is None
        ]
        return [(i, label) for _, i, label in sorted(waiting, key=lambda w: w[0])]

    def open_session(self, session: SessionInfo, now: datetime) -> None:
        self.db.sessions[session.id] = replace(session, status="open")

    def close_session(
        self,
        session_id: UUID,
        closed_by: UUID,
        expected_minor: int,
        counted_minor: int,
        denominations: dict[str, int],
        z_number: int,
        z_report: dict[str, Any],
        now: datetime,
    ) -> None:
        self.db.sessions[session_id] = replace(
            self.session(session_id),
            status="closed",
            closed_at=now,
            expected_cash_minor=expected_minor,
            counted_cash_minor=counted_minor,
            z_number=z_number,
            z_report=z_report,
        )

    def hold_ticket(
        self,
        ticket_id: UUID,
        register_id: UUID,
        label: str,
        cart: dict[str, Any],
        user_id: UUID,
        now: datetime,
    ) -> None:
        self.db.held[ticket_id] = HeldTicket(register_id, label, copy.deepcopy(cart), user_id, now)

    def recall_ticket(self, ticket_id: UUID, now: datetime) -> dict[str, Any]:
        ticket = self.db.held.get(ticket_id)
        if ticket is None or ticket.recalled_at is not None:
            raise NotFound("sales.held_ticket_not_found", ticket=str(ticket_id))
        ticket.recalled_at = now
        return copy.deepcopy(ticket.cart)
