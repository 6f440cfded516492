"""The till's own records: cash sessions with their Z reports, and the tickets put on hold."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from sqlalchemy import bindparam, func, select, update

from erp_desktop.app.records import SessionInfo, SessionSummary
from erp_desktop.kernel.errors import NotFound
from erp_desktop.storage.repositories.base import (
    RepositoryBase,
    fetch_mappings,
    not_found,
    stamped,
)
from erp_desktop.storage.tables.catalog import held_tickets
from erp_desktop.storage.tables.org import registers, users
from erp_desktop.storage.tables.sales import cash_sessions

# Compiled once, run on the driver: every checkout asks for its register's open session.
_OPEN_SESSION = select(cash_sessions).where(
    cash_sessions.c.register_id == bindparam("r"), cash_sessions.c.status == "open"
)


class TillRepository(RepositoryBase):
    def _session(self, row: Any) -> SessionInfo:
        return SessionInfo(
            row["id"],
            row["register_id"],
            row["status"],
            row["opened_by"],
            row["opened_at"],
            row["currency"],
            row["opening_float_minor"],
            row["closed_at"],
            row["expected_cash_minor"],
            row["counted_cash_minor"],
            row["z_number"],
            row["z_report"],
        )

    def open_session(self, session: SessionInfo, now: datetime) -> None:
        self.conn.execute(
            cash_sessions.insert(),
            stamped(
                now,
                id=session.id,
                register_id=session.register_id,
                status="open",
                opened_by=session.opened_by,
                opened_at=session.opened_at,
                currency=session.currency,
                opening_float_minor=session.opening_float_minor,
            ),
        )

    def current_session(self, register_id: UUID) -> SessionInfo | None:
        rows = fetch_mappings(self.conn, _OPEN_SESSION, {"r": register_id})
        return self._session(rows[0]) if rows else None

    def session(self, session_id: UUID) -> SessionInfo:
        row = (
            self.conn.execute(select(cash_sessions).where(cash_sessions.c.id == session_id))
            .mappings()
            .first()
        )
        if row is None:
            raise not_found("cash_session", session_id)
        return self._session(row)

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
        self.conn.execute(
            update(cash_sessions)
            .where(cash_sessions.c.id == session_id)
            .values(
                status="closed",
                closed_by=closed_by,
                closed_at=now,
                expected_cash_minor=expected_minor,
                counted_cash_minor=counted_minor,
                counted_denominations=denominations,
                z_number=z_number,
                z_report=z_report,
                updated_at=now,
            )
        )

    def last_z_number(self, register_id: UUID) -> int:
        value = self.conn.execute(
            select(func.max(cash_sessions.c.z_number)).where(
                cash_sessions.c.register_id == register_id
            )
        ).scalar()
        return int(value or 0)

    def hold_ticket(
        self,
        ticket_id: UUID,
        register_id: UUID,
        label: str,
        cart: dict[str, Any],
        user_id: UUID,
        now: datetime,
    ) -> None:
        self.conn.execute(
            held_tickets.insert(),
            stamped(
                now,
                id=ticket_id,
                register_id=register_id,
                label=label,
                cart=cart,
                held_by=user_id,
                recalled_at=None,
            ),
        )

    def recall_ticket(self, ticket_id: UUID, now: datetime) -> dict[str, Any]:
        row = self.conn.execute(
            select(held_tickets.c.cart).where(
                held_tickets.c.id == ticket_id, held_tickets.c.recalled_at.is_(None)
            )
        ).first()
        if row is None:
            raise NotFound("sales.held_ticket_not_found", ticket=str(ticket_id))
        self.conn.execute(
            update(held_tickets)
            .where(held_tickets.c.id == ticket_id)
            .values(recalled_at=now, updated_at=now)
        )
        return dict(row[0])

    def held_tickets(self, register_id: UUID) -> list[tuple[UUID, str]]:
        rows = self.conn.execute(
            select(held_tickets.c.id, held_tickets.c.label)
            .where(held_tickets.c.register_id == register_id, held_tickets.c.recalled_at.is_(None))
            .order_by(held_tickets.c.created_at)
        )
        return [(r[0], r[1]) for r in rows]

    def sessions_since(self, start: datetime) -> list[SessionSummary]:
        rows = self.conn.execute(
            select(
                registers.c.code,
                users.c.username,
                cash_sessions.c.status,
                cash_sessions.c.opened_at,
                cash_sessions.c.closed_at,
                cash_sessions.c.expected_cash_minor,
                cash_sessions.c.counted_cash_minor,
            )
            .join(registers, registers.c.id == cash_sessions.c.register_id)
            .join(users, users.c.id == cash_sessions.c.opened_by)
            .where((cash_sessions.c.opened_at >= start) | (cash_sessions.c.status == "open"))
            .order_by(cash_sessions.c.opened_at.desc())
        )
        return [SessionSummary(*r) for r in rows]
