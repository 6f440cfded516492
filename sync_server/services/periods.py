"""Closed periods on the server: a late document is posted on the first open day.

Head office closes a month (pushed from its replica); a branch that was offline pushes a
sale dated inside it later. The sale is real: it is never refused nor lost. Its journal
entry is posted on the first open day after the closed period (the kernel's
``posting_date``, the very rule the replicas follow), and an alert tells the accountant
which document moved, from which day to which.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from erp_desktop.kernel.ledger.journal import JournalEntry
from erp_desktop.kernel.ledger.periods import moved_posting, period_code
from sync_server.db import head_office_changes as rows
from sync_server.db.engine import Connection

ALERT = "posted_after_closed_period"


@dataclass(frozen=True, slots=True)
class ClosedPeriods:
    codes: frozenset[str]

    @classmethod
    def of(cls, conn: Connection) -> ClosedPeriods:
        """Read once per batch (or per change on the one-by-one path)."""
        return cls(rows.closed_periods(conn))

    def place(
        self, entry: JournalEntry | None
    ) -> tuple[JournalEntry | None, tuple[str, Mapping[str, Any]] | None]:
        """The entry as it is posted (moved out of a closed period) and the alert for the
        accountant when it moved."""
        if entry is None or not self.codes:
            return entry, None
        day = moved_posting(entry.on, self.codes)
        if day is None:
            return entry, None
        alert = {
            "source_type": entry.source_type,
            "number": entry.source_number,
            "dated": entry.on.isoformat(),
            "posted_on": day.isoformat(),
            "period": period_code(entry.on),
        }
        return replace(entry, on=day), (ALERT, alert)
