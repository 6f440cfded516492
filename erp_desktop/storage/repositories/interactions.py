"""Interactions on the replica (kernel.crm.interactions), with each field's clock."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from uuid import UUID

from sqlalchemy import RowMapping, select, update

from erp_desktop.kernel.crm.interactions import ComplaintStatus, Interaction, InteractionKind
from erp_desktop.storage.repositories.base import RepositoryBase, stamped
from erp_desktop.storage.tables.crm import interactions as t


def _interaction(row: RowMapping) -> Interaction:
    return Interaction(
        row["id"],
        row["customer_id"],
        InteractionKind(row["kind"]),
        row["at"],
        row["owner"],
        row["site"],
        row["text"],
        date.fromisoformat(row["follow_up_on"]) if row["follow_up_on"] else None,
        ComplaintStatus(row["status"]) if row["status"] else None,
    )


def interaction_row(i: Interaction) -> dict[str, Any]:
    return {
        "customer_id": i.customer_id,
        "kind": str(i.kind),
        "at": i.at,
        "site": i.site,
        "owner": i.owner,
        "text": i.text,
        "follow_up_on": i.follow_up_on.isoformat() if i.follow_up_on else None,
        "status": str(i.status) if i.status else None,
    }


class InteractionsRepository(RepositoryBase):
    def interaction(self, interaction_id: UUID) -> Interaction | None:
        row = self.conn.execute(select(t).where(t.c.id == interaction_id)).mappings().first()
        return _interaction(row) if row else None

    def interaction_clocks(self, interaction_id: UUID) -> dict[str, str]:
        clocks = self.conn.execute(
            select(t.c.field_clocks).where(t.c.id == interaction_id)
        ).scalar()
        return dict(clocks or {})

    def interactions_of(self, customer_id: UUID) -> list[Interaction]:
        rows = self.conn.execute(
            select(t).where(t.c.customer_id == customer_id).order_by(t.c.at.desc(), t.c.id)
        ).mappings()
        return [_interaction(r) for r in rows]

    def follow_ups_until(self, day: date) -> list[Interaction]:
        rows = self.conn.execute(
            select(t)
            .where(t.c.follow_up_on.is_not(None), t.c.follow_up_on <= day.isoformat())
            .order_by(t.c.follow_up_on, t.c.at)
        ).mappings()
        return [_interaction(r) for r in rows]

    def save_interaction(
        self, interaction: Interaction, clocks: dict[str, str], now: datetime
    ) -> None:
        values = {**interaction_row(interaction), "field_clocks": clocks}
        done = self.conn.execute(
            update(t).where(t.c.id == interaction.id).values(**values, updated_at=now)
        )
        if done.rowcount == 0:
            self.conn.execute(t.insert(), stamped(now, id=interaction.id, **values))
