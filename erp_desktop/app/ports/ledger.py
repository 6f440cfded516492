"""The local journal: periods, entries, and the reads reports are made of."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from typing import Protocol

from erp_desktop.kernel.ledger.journal import JournalEntry


class LedgerReads(Protocol):
    def period_closed(self, on: date) -> bool: ...
    def month_closes(self) -> dict[str, bool]: ...
    def entries(self, start: date | None, end: date | None) -> Iterator[JournalEntry]: ...
    def journal_lines(
        self, start: date | None, end: date | None, limit: int
    ) -> list[tuple[str, str, str, str, int, int]]: ...
    def account_totals(
        self, start: date | None, end: date | None
    ) -> dict[str, tuple[int, int]]: ...
    def role_rate_totals(
        self, start: date | None, end: date | None
    ) -> dict[tuple[str | None, Decimal | None], tuple[int, int]]: ...


class LedgerRepository(LedgerReads, Protocol):
    def close_period(
        self, code: str, start: date, end: date, now: datetime, at_head_office: bool = False
    ) -> None: ...
    def insert_entry(self, entry: JournalEntry, now: datetime) -> None: ...
