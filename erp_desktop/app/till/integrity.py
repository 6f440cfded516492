"""The replica's own tamper evidence: a register's series checked from its columns.

A finalized document is immutable (triggers refuse it), but the SQLite file is on the shop's
PC: someone can drop a trigger and edit a total. Every document is checked from the very
columns the reports and the postings read: its hash recomputed from them, its link to the
document before it wherever that one is there (a gap never suspends the check of the rest),
and its base, VAT and total against its lines. At each sync a rolling sweep checks the next
``SWEEP_CHUNK`` documents (so the whole replica is checked over and over through the day),
and every series whose figures differ from the server's is checked whole; each stock level
is compared with its movements. Findings go up to head office as alerts, once each.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import NAMESPACE_URL, UUID, uuid5

from erp_desktop.app.bridge import queue
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.ports import UnitOfWork
from erp_desktop.kernel.documents import SaleDocument, chain_fields, sale_hash
from erp_desktop.kernel.hash_chain import ChainBreak, genesis, verify_chain
from erp_desktop.kernel.numbering import SeriesCheck, check_series
from erp_desktop.kernel.permissions import Permission

SWEEP_CHUNK = 2000
SWEEP_SETTING = "integrity_sweep"  # [series, sequence] the rolling check has reached
ALERT_ENTITY = "integrity_alert"


@dataclass(frozen=True, slots=True)
class SeriesReport:
    series: SeriesCheck
    breaks: tuple[ChainBreak, ...]

    @property
    def intact(self) -> bool:
        return self.series.intact and not self.breaks


@dataclass(frozen=True, slots=True)
class Finding:
    code: str
    params: dict[str, Any]

    @property
    def id(self) -> UUID:
        """The same finding always has the same id: it goes up once, however often found."""
        key = self.code + repr(sorted(self.params.items()))
        return uuid5(NAMESPACE_URL, f"erp:integrity:{key}")


def check_register_series(deps: Deps, actor: Actor, series: str) -> SeriesReport:
    actor.require(Permission.SALES_VIEW)
    with deps.store.read() as tx:
        sales = tx.sales.sales_of_series(series)
    checks = check_series(s.number for s in sales)
    breaks = verify_chain(
        series, ((s.number, s.previous_hash, s.hash, chain_fields(s)) for s in sales)
    )
    return SeriesReport(checks[0], tuple(breaks))


def document_findings(
    sales: Sequence[SaleDocument], before: SaleDocument | None = None
) -> list[Finding]:
    """What is wrong with ``sales`` (in series and sequence order), each checked from its
    columns; ``before`` is the document just before the first one, if any."""
    found = []
    previous = before
    for sale in sales:
        linked = previous if previous is not None and previous.series == sale.series else None
        if (sale.sequence == 1 and sale.previous_hash != genesis(sale.series)) or (
            linked is not None
            and linked.sequence == sale.sequence - 1
            and sale.previous_hash != linked.hash
        ):
            found.append(Finding("numbering.chain_broken", _broken(sale, "previous_mismatch")))
        if sale_hash(sale) != sale.hash:
            found.append(Finding("numbering.chain_broken", _broken(sale, "hash_mismatch")))
        wrong = sale.inconsistencies()
        if wrong:
            found.append(
                Finding("reconcile.document_altered", {"number": sale.number, "columns": wrong})
            )
        previous = sale
    return found


def _broken(sale: SaleDocument, reason: str) -> dict[str, Any]:
    return {"series": sale.series, "number": sale.number, "reason": reason}


def sweep(tx: UnitOfWork, now: datetime, chunk: int = SWEEP_CHUNK) -> list[Finding]:
    """Checks the next ``chunk`` documents after where the last sweep stopped (starting
    over at the end) and moves the mark on; one step before them is read for the link."""
    mark = tx.org.setting(SWEEP_SETTING) or ["", 0]
    series, sequence = str(mark[0]), int(mark[1])
    before = tx.sales.sales_after(series, sequence - 1, 1) if series else []
    sales = tx.sales.sales_after(series, sequence, chunk)
    if not sales and series:  # the end: start over from the first series
        before, sales = [], tx.sales.sales_after("", 0, chunk)
    found = document_findings(sales, before[0] if before and before[0].series == series else None)
    if sales:
        last = sales[-1]
        tx.org.set_setting(SWEEP_SETTING, [last.series, last.sequence], now)
    return found


def series_findings(tx: UnitOfWork, series: str) -> list[Finding]:
    return document_findings(tx.sales.sales_of_series(series))


def level_findings(tx: UnitOfWork) -> list[Finding]:
    return [
        Finding(
            "reconcile.level_unlike_movements",
            {
                "branch": tx.org.local_branch().code,
                "product": product,
                "level_milli": level,
                "movements_milli": moved,
            },
        )
        for product, level, moved in tx.sync.levels_unlike_movements()
    ]


def report_findings(deps: Deps, tx: UnitOfWork, findings: Iterable[Finding]) -> int:
    """Queues each finding not queued before for head office; returns how many were new."""
    new = 0
    for finding in findings:
        if tx.outbox.queued(ALERT_ENTITY, finding.id):
            continue
        queue(
            deps,
            tx,
            ALERT_ENTITY,
            finding.id,
            {
                "id": str(finding.id),
                "code": finding.code,
                "params": finding.params,
                "found_at": deps.now().isoformat(),
            },
            None,
        )
        new += 1
    return new
