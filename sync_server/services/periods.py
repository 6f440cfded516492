"""Closed periods on the server: a late document is posted on the first open day.

Head office closes a month (pushed from its replica); a branch that was offline pushes a
sale dated inside it later. The sale is real: it is never refused nor lost. Its journal
entry is posted on the first open day after the closed period (the kernel's
``posting_date``, the very rule the replicas follow), and an alert tells the accountant
which document moved, from which day to which. The document keeps its own date.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, TypeVar

from erp_desktop.kernel.ledger.entry_rows import EntryRows
from erp_desktop.kernel.ledger.journal import JournalEntry
from erp_desktop.kernel.ledger.periods import period_code, posting_date
from sync_server.db.engine import Connection
from sync_server.db.mergers import head_office as rows

ALERT = "posted_after_closed_period"

# An entry as a value, or already as its rows (kernel.ledger.entry_rows): both carry their day.
Entry = TypeVar("Entry", JournalEntry, EntryRows)


@dataclass(frozen=True, slots=True)
class ClosedPeriods:
    codes: frozenset[str]

    @classmethod
    def of(cls, conn: Connection) -> ClosedPeriods:
        """Read once for a set of changes."""
        return cls(rows.closed_periods(conn))

    def place(self, entry: Entry | None) -> Entry | None:
        """The entry as it is posted: on its own day, or on the first open day after the
        closed period it is dated in."""
        if entry is None or not self.codes:
            return entry
        day = posting_date(entry.on, self.codes)
        return entry if day == entry.on else replace(entry, on=day)


def late_posting_alert(
    entry: JournalEntry | EntryRows | None, dated: date
) -> tuple[str, Mapping[str, Any]] | None:
    """The alert for the accountant when ``entry`` (placed) was posted after ``dated``."""
    if entry is None or entry.on == dated:
        return None
    return ALERT, {
        "source_type": entry.source_type,
        "source_id": str(entry.source_id),
        "number": entry.source_number,
        "dated": dated.isoformat(),
        "posted_on": entry.on.isoformat(),
        "period": period_code(dated),
    }
