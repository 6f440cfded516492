"""Checks a register's series: no gap, no duplicate, and an intact hash chain."""

from __future__ import annotations

from dataclasses import dataclass

from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.till.numbering import hashed_fields
from erp_desktop.kernel.hash_chain import ChainBreak, verify_chain
from erp_desktop.kernel.numbering import SeriesCheck, check_series
from erp_desktop.kernel.permissions import Permission


@dataclass(frozen=True, slots=True)
class SeriesReport:
    series: SeriesCheck
    breaks: tuple[ChainBreak, ...]

    @property
    def intact(self) -> bool:
        return self.series.intact and not self.breaks


def check_register_series(deps: Deps, actor: Actor, series: str) -> SeriesReport:
    actor.require(Permission.SALES_VIEW)
    with deps.store.read() as tx:
        sales = tx.sales_of_series(series)
    checks = check_series(s.number for s in sales)
    breaks = verify_chain(
        series, ((s.number, s.previous_hash, s.hash, hashed_fields(s)) for s in sales)
    )
    return SeriesReport(checks[0], tuple(breaks))
