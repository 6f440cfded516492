"""The till's own records: cash sessions with their Z reports, and the tickets put on hold."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Protocol
from uuid import UUID

from erp_desktop.app.records import SessionInfo, SessionSummary


class TillReads(Protocol):
    def current_session(self, register_id: UUID) -> SessionInfo | None: ...
    def session(self, session_id: UUID) -> SessionInfo: ...
    def last_z_number(self, register_id: UUID) -> int: ...
    def sessions_since(self, start: datetime) -> list[SessionSummary]: ...
    def held_tickets(self, register_id: UUID) -> list[tuple[UUID, str]]: ...


class TillRepository(TillReads, Protocol):
    def open_session(self, session: SessionInfo, now: datetime) -> None: ...
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
    ) -> None: ...
    def hold_ticket(
        self,
        ticket_id: UUID,
        register_id: UUID,
        label: str,
        cart: dict[str, Any],
        user_id: UUID,
        now: datetime,
    ) -> None: ...
    def recall_ticket(self, ticket_id: UUID, now: datetime) -> dict[str, Any]: ...
