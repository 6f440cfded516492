"""The sales pipeline's opportunities."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol
from uuid import UUID

from erp_desktop.kernel.crm.interactions import Opportunity


class PipelineReads(Protocol):
    def opportunity(self, opportunity_id: UUID) -> Opportunity | None: ...
    def opportunity_clocks(self, opportunity_id: UUID) -> dict[str, str]: ...
    def quote_of(self, opportunity_id: UUID) -> UUID | None: ...
    def opportunities(self, customer_id: UUID | None = None) -> list[Opportunity]: ...


class PipelineRepository(PipelineReads, Protocol):
    def save_opportunity(
        self,
        opportunity: Opportunity,
        clocks: dict[str, str],
        quote_id: UUID | None,
        now: datetime,
    ) -> None: ...
