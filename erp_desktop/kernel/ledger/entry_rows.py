"""A journal entry as the rows that store it: integer minor units, codes and ids as text.

The server writes entries by the thousand; what it sends for each is this flat form, not
the :class:`JournalEntry` value. A posting made per document (``posting_of``) is brought to
it by :func:`entry_rows`; the set-wise posting of pushed sales
(kernel.documents.sale_postings) makes it directly, and a property test holds the two
equal. Each line is a tuple in the order of the server's journal line columns.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from erp_desktop.kernel.ids import derived_id_text
from erp_desktop.kernel.ledger.journal import JournalEntry

# (id, entry id, position, account code, role, side, amount in company minor units, company
# currency, transaction amount in its minor units, transaction currency, rate, VAT rate,
# partner id, memo); the rates as the text of their Decimal (what the JSON rows carry)
LineRow = tuple[
    str,
    str,
    int,
    str,
    str | None,
    str,
    int,
    str,
    int,
    str,
    str,
    str | None,
    str | None,
    str,
]


@dataclass(frozen=True, slots=True)
class EntryRows:
    """An entry's own row (``on`` is the day it is posted on) and its lines' rows."""

    id: str
    on: date
    journal: str
    source_type: str
    source_id: str
    source_number: str
    memo: str
    lines: tuple[LineRow, ...]

    def entry_row(self) -> tuple[str, date, str, str, str, str, str]:
        return (
            self.id,
            self.on,
            self.journal,
            self.source_type,
            self.source_id,
            self.source_number,
            self.memo,
        )


def line_id(entry_id: str, position: int) -> str:
    """The id of an entry's ``position``-th line (from 1), the same wherever it is posted."""
    return derived_id_text("journal_line", entry_id, position)


def entry_rows(entry: JournalEntry) -> EntryRows:
    """The rows of ``entry``."""
    eid = str(entry.id)
    return EntryRows(
        eid,
        entry.on,
        str(entry.journal),
        entry.source_type,
        str(entry.source_id),
        entry.source_number,
        entry.memo,
        tuple(
            (
                line_id(eid, position),
                eid,
                position,
                line.account,
                str(line.role) if line.role else None,
                str(line.side),
                line.amount.to_minor(),
                line.amount.currency,
                line.txn_amount.to_minor(),
                line.txn_amount.currency,
                str(line.rate),
                str(line.vat_rate) if line.vat_rate is not None else None,
                str(line.partner_id) if line.partner_id is not None else None,
                line.memo,
            )
            for position, line in enumerate(entry.lines, start=1)
        ),
    )
