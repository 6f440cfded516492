"""What every use case needs besides its request: the store, clocks, tax data, the event bus."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from erp_desktop.app.events import EventBus
from erp_desktop.app.ports import Store
from erp_desktop.kernel.calendar import TIMEZONES, business_date
from erp_desktop.kernel.clock import Clock, HybridLogicalClock
from erp_desktop.kernel.tax.catalog import TaxCatalog, default_catalog

__all__ = ["TIMEZONES", "Deps"]


@dataclass
class Deps:
    store: Store
    clock: Clock
    hlc: HybridLogicalClock
    bus: EventBus = field(default_factory=EventBus)
    taxes: TaxCatalog = field(default_factory=default_catalog)

    def now(self) -> datetime:
        return self.clock.now()

    def business_date(self, country: str, at: datetime | None = None) -> date:
        """The date on the branch's wall calendar (documents, numbering, tax rules)."""
        return business_date(country, at or self.now())
