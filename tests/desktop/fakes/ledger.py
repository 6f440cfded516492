"""The fake of the ledger repository (app/ports/ledger.py)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from erp_desktop.kernel.errors import ConflictError
from erp_desktop.kernel.ledger.journal import JournalEntry
from tests.desktop.fakes.replica import FakeReplica


class FakeLedger:
    def __init__(self, db: FakeReplica) -> None:
        self.db = db

    def period_closed(self, on: date) -> bool:
        return f"{on.year}-{on.month:02d}" in self.db.closed_periods

    def month_closes(self) -> dict[str, bool]:
        return {code: code in self.db.closed_at_head_office for code in self.db.closed_periods}

    def close_period(
        self, code: str, start: date, end: date, now: datetime, at_head_office: bool = False
    ) -> None:
        self.db.closed_periods.add(code)
        if at_head_office:
            self.db.closed_at_head_office.add(code)

    def insert_entry(self, entry: JournalEntry, now: datetime) -> None:
        if any(e.id == entry.id for e in self.db.entries):
            raise ConflictError(
                "ledger.already_posted", source=entry.source_number or str(entry.source_id)
            )
        if not entry.is_balanced():
            raise ConflictError(
                "ledger.unbalanced",
                source=str(entry.source_id),
                debit=str(entry.total_debit()),
                credit=str(entry.total_credit()),
            )
        self.db.entries.append(entry)

    def entries(self, start: date | None, end: date | None) -> Iterator[JournalEntry]:
        kept = [
            e
            for e in self.db.entries
            if (start is None or e.on >= start) and (end is None or e.on <= end)
        ]
        yield from sorted(kept, key=lambda e: (e.on, e.id))

    def journal_lines(
        self, start: date | None, end: date | None, limit: int
    ) -> list[tuple[str, str, str, str, int, int]]:
        newest = sorted(self.entries(start, end), key=lambda e: (e.on, e.source_number))[::-1]
        return [
            (
                e.on.isoformat(),
                e.source_number,
                ln.account,
                e.memo,
                ln.debit.to_minor(),
                ln.credit.to_minor(),
            )
            for e in newest
            for ln in e.lines
        ][:limit]

    def _totals(self, key: Any, start: date | None, end: date | None) -> dict[Any, tuple[int, int]]:
        totals: dict[Any, tuple[int, int]] = {}
        for e in self.entries(start, end):
            for ln in e.lines:
                debit, credit = totals.get(key(ln), (0, 0))
                totals[key(ln)] = (debit + ln.debit.to_minor(), credit + ln.credit.to_minor())
        return totals

    def account_totals(self, start: date | None, end: date | None) -> dict[str, tuple[int, int]]:
        return self._totals(lambda ln: ln.account, start, end)

    def role_rate_totals(
        self, start: date | None, end: date | None
    ) -> dict[tuple[str | None, Decimal | None], tuple[int, int]]:
        return self._totals(
            lambda ln: (str(ln.role) if ln.role else None, ln.vat_rate or None), start, end
        )
