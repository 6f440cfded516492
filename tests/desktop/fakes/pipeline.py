"""The fake of the pipeline repository (app/ports/pipeline.py)."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from erp_desktop.kernel.crm.interactions import Opportunity
from tests.desktop.fakes.replica import FakeReplica


class FakePipeline:
    def __init__(self, db: FakeReplica) -> None:
        self.db = db

    def opportunity(self, opportunity_id: UUID) -> Opportunity | None:
        held = self.db.opportunities.get(opportunity_id)
        return held[0] if held else None

    def opportunity_clocks(self, opportunity_id: UUID) -> dict[str, str]:
        held = self.db.opportunities.get(opportunity_id)
        return dict(held[1]) if held else {}

    def quote_of(self, opportunity_id: UUID) -> UUID | None:
        held = self.db.opportunities.get(opportunity_id)
        return held[2] if held else None

    def opportunities(self, customer_id: UUID | None = None) -> list[Opportunity]:
        found = [
            o
            for o, _, _ in self.db.opportunities.values()
            if customer_id is None or o.customer_id == customer_id
        ]
        return sorted(found, key=lambda o: (o.expected_on, o.id.bytes))

    def save_opportunity(
        self,
        opportunity: Opportunity,
        clocks: dict[str, str],
        quote_id: UUID | None,
        now: datetime,
    ) -> None:
        self.db.opportunities[opportunity.id] = (opportunity, dict(clocks), quote_id)
