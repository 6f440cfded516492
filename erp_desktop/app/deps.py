"""What every use case needs besides its request: the store, clocks, tax data, the event bus."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from erp_desktop.app.events import EventBus
from erp_desktop.app.ports import Store
from erp_desktop.kernel.clock import Clock, HybridLogicalClock
from erp_desktop.kernel.tax.catalog import TaxCatalog, default_catalog

TIMEZONES = {"DZ": "Africa/Algiers", "MA": "Africa/Casablanca", "TN": "Africa/Tunis"}


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
        moment = at or self.now()
        return moment.astimezone(ZoneInfo(TIMEZONES.get(country, "UTC"))).date()
