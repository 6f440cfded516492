"""Journal entries posted by a merge, once each: the entries of a set travel as one JSON
array with their lines, and an entry already there (same deterministic id as on the
replica) is left with its lines, so a replayed document posts nothing twice. A kind whose
documents are written by one statement joins ``posting_ctes`` to it; the others call
``insert_entry``."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, text

from erp_desktop.kernel.ledger.entry_rows import EntryRows, entry_rows
from erp_desktop.kernel.ledger.journal import JournalEntry
from sync_server.db.json_rows import columns_of, rows_param

_ENTRY_COLUMNS = (
    "id uuid, entry_date date, journal text, source_type text, source_id uuid, "
    "source_number text, memo text"
)
_LINE_COLUMNS = (
    "id uuid, entry_id uuid, position integer, account_code text, role text, side text, "
    "amount_minor bigint, currency text, txn_amount_minor bigint, txn_currency text, "
    "rate numeric, vat_rate numeric, partner_id uuid, memo text"
)


def posting_ctes(only_for: str) -> str:
    """The CTEs ``new_entries`` and ``new_lines`` that post the entries sent as ``:entries``
    with their ``:lines`` once each (an entry already there is left with its lines);
    ``only_for`` joins the entries (``e``) to what else the statement wrote."""
    return f"""new_entries AS (
        INSERT INTO accounting.journal_entries (id, branch_id, entry_date, journal,
            source_type, source_id, source_number, memo)
        SELECT e.id, CAST(:branch AS uuid), e.entry_date, e.journal, e.source_type,
            e.source_id, e.source_number, e.memo
        FROM (SELECT {columns_of(_ENTRY_COLUMNS)}
              FROM jsonb_array_elements(CAST(:entries AS jsonb)) AS r) AS e
        {only_for}
        ON CONFLICT (branch_id, id) DO NOTHING
        RETURNING id, entry_date
    ), new_lines AS (
        INSERT INTO accounting.journal_lines (id, entry_id, entry_date, branch_id, position,
            account_code, role, side, amount_minor, currency, txn_amount_minor, txn_currency,
            rate, vat_rate, partner_id, memo)
        SELECT l.id, l.entry_id, e.entry_date, CAST(:branch AS uuid), l.position,
            l.account_code, l.role, l.side, l.amount_minor, l.currency, l.txn_amount_minor,
            l.txn_currency, l.rate, l.vat_rate, l.partner_id, l.memo
        FROM (SELECT {columns_of(_LINE_COLUMNS)}
              FROM jsonb_array_elements(CAST(:lines AS jsonb)) AS r) AS l
        JOIN new_entries e ON e.id = l.entry_id
    )"""


def posting_params(entries: Iterable[JournalEntry | EntryRows]) -> dict[str, str]:
    """The ``:entries`` and ``:lines`` parameters of ``posting_ctes`` for ``entries`` (a
    posting made per document, or already as its rows: kernel.ledger.entry_rows)."""
    heads: list[tuple[Any, ...]] = []
    line_rows: list[tuple[Any, ...]] = []
    for entry in entries:
        rows = entry if isinstance(entry, EntryRows) else entry_rows(entry)
        heads.append(rows.entry_row())
        line_rows.extend(rows.lines)
    return {"entries": rows_param(heads), "lines": rows_param(line_rows)}


_ENTRY = text(f"WITH {posting_ctes('')} SELECT id FROM new_entries")


def insert_entry(conn: Connection, entry: JournalEntry, branch_id: UUID | None) -> bool:
    """Posts ``entry`` (a stock document's, a global invoice's) once: a second post of the
    same deterministic id changes nothing. True when posted now."""
    result = conn.execute(
        _ENTRY,
        {"branch": str(branch_id) if branch_id else None, **posting_params([entry])},
    )
    return result.first() is not None
