"""The fake of the interactions repository (app/ports/interactions.py)."""

from __future__ import annotations

from datetime import date, datetime
from uuid import UUID

from erp_desktop.kernel.crm.interactions import Interaction
from tests.desktop.fakes.replica import FakeReplica


class FakeInteractions:
    def __init__(self, db: FakeReplica) -> None:
        self.db = db

    def interaction(self, interaction_id: UUID) -> Interaction | None:
        held = self.db.interactions.get(interaction_id)
        return held[0] if held else None

    def interaction_clocks(self, interaction_id: UUID) -> dict[str, str]:
        held = self.db.interactions.get(interaction_id)
        return dict(held[1]) if held else {}

    def interactions_of(self, customer_id: UUID) -> list[Interaction]:
        found = [i for i, _ in self.db.interactions.values() if i.customer_id == customer_id]
        return sorted(found, key=lambda i: i.at, reverse=True)

    def follow_ups_until(self, day: date) -> list[Interaction]:
        found = [
            i
            for i, _ in self.db.interactions.values()
            if i.follow_up_on is not None and i.follow_up_on <= day
        ]
        return sorted(found, key=lambda i: (i.follow_up_on or day, i.at))

    def save_interaction(
        self, interaction: Interaction, clocks: dict[str, str], now: datetime
    ) -> None:
        self.db.interactions[interaction.id] = (interaction, dict(clocks))
