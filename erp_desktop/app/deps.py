"""What every use case needs besides its request: the store, clocks, tax data, the event bus."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from erp_desktop.app.events import EventBus
from erp_desktop.app.ports import Store
from erp_desktop.app.ports.backups import ReplicaBackups
from erp_desktop.app.ports.joining import ChainJoining
from erp_desktop.kernel.calendar import TIMEZONES, business_date
from erp_desktop.kernel.clock import Clock, HlcTimestamp, HybridLogicalClock
from erp_desktop.kernel.tax.catalog import TaxCatalog, default_catalog

__all__ = ["TIMEZONES", "Deps"]


@dataclass
class Deps:
    store: Store
    clock: Clock
    hlc: HybridLogicalClock
    bus: EventBus = field(default_factory=EventBus)
    taxes: TaxCatalog = field(default_factory=default_catalog)
    backups: ReplicaBackups | None = None  # the user's backups (storage.user_backups)
    joining: ChainJoining | None = None  # a shop alone joining a chain (storage.joining)

    def now(self) -> datetime:
        return self.clock.now()

    def business_date(self, country: str, at: datetime | None = None) -> date:
        """The date on the branch's wall calendar (documents, numbering, tax rules)."""
        return business_date(country, at or self.now())


def resume_clock(
    store: Store, node: str, physical_ms: Callable[[], int] | None = None
) -> HybridLogicalClock:
    """The replica's hybrid logical clock as it was: never below the last stamp that orders
    anything here (see ``storage.convergence``), whatever the wall clock says after a
    restart."""
    with store.read() as tx:
        high_water = tx.sync.hlc_high_water()
    floor = HlcTimestamp.decode(high_water) if high_water else None
    return HybridLogicalClock(node, physical_ms, floor=floor)
