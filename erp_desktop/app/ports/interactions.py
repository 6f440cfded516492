"""Interactions with customers (calls, visits, messages, complaints, notes)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Protocol
from uuid import UUID

from erp_desktop.kernel.crm.interactions import Interaction


class InteractionsReads(Protocol):
    def interaction(self, interaction_id: UUID) -> Interaction | None: ...
    def interaction_clocks(self, interaction_id: UUID) -> dict[str, str]: ...
    def interactions_of(self, customer_id: UUID) -> list[Interaction]: ...
    def follow_ups_until(self, day: date) -> list[Interaction]: ...


class InteractionsRepository(InteractionsReads, Protocol):
    def save_interaction(
        self, interaction: Interaction, clocks: dict[str, str], now: datetime
    ) -> None: ...
