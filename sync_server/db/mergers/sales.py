"""Sales documents (receipts, invoices, credit notes) written a set at a time, with their
payments and their journal entries, and their neighbours in the series for the chain check.

A document's columns are listed once (``DOCUMENT_COLUMNS``): the insert, the JSON rows it
spreads and the tamper check (``db.integrity``) are derived from that list. Only what was
not already there gets its payments and its posting, so a replayed sale changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, text

from erp_desktop.kernel.ledger.journal import JournalEntry
from erp_desktop.kernel.numbering import parse_number
from sync_server.db.json_rows import columns_of, rows_param
from sync_server.db.mergers.postings import posting_ctes, posting_params

# (column, PostgreSQL type) of sales.documents as the merge writes it, but branch_id (the
# pushing device's). Every column but those in DERIVED is the payload's field of that name.
DOCUMENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "uuid"),
    ("register_id", "uuid"),
    ("session_id", "uuid"),
    ("kind", "text"),
    ("number", "text"),
    ("series", "text"),
    ("sequence", "integer"),
    ("issued_at", "timestamptz"),
    ("business_date", "date"),
    ("currency", "text"),
    ("rate", "numeric"),
    ("base_minor", "bigint"),
    ("vat_minor", "bigint"),
    ("stamp_duty_minor", "bigint"),
    ("rounding_minor", "bigint"),
    ("total_minor", "bigint"),
    ("change_minor", "bigint"),
    ("customer_id", "uuid"),
    ("original_id", "uuid"),
    ("cashier_id", "uuid"),
    ("previous_hash", "text"),
    ("hash", "text"),
    ("payload", "jsonb"),
)
# Made by the server: series and sequence from the number, the business day from the time
# of issue in the company's zone, the payload as pushed (what the chain covers).
DERIVED = frozenset({"series", "sequence", "business_date", "payload"})
PAYLOAD_COLUMNS = tuple((c, t) for c, t in DOCUMENT_COLUMNS if c not in DERIVED)

_NAMES = ", ".join(c for c, _ in DOCUMENT_COLUMNS[1:])
_PAYMENT_COLUMNS = (
    "id uuid, document_id uuid, tender text, amount_minor bigint, currency text, "
    "rate numeric, reference text"
)
_SALES = text(
    f"""
    WITH new_documents AS (
        INSERT INTO sales.documents (id, branch_id, {_NAMES})
        SELECT id, CAST(:branch AS uuid), {_NAMES}
        FROM (SELECT {columns_of(", ".join(f"{c} {t}" for c, t in DOCUMENT_COLUMNS))}
              FROM jsonb_array_elements(CAST(:documents AS jsonb)) AS r) AS d
        ON CONFLICT (id) DO NOTHING
        RETURNING id
    ), new_payments AS (
        INSERT INTO sales.payments (id, document_id, branch_id, tender, amount_minor,
            currency, rate, reference)
        SELECT p.id, p.document_id, CAST(:branch AS uuid), p.tender, p.amount_minor,
            p.currency, p.rate, p.reference
        FROM (SELECT {columns_of(_PAYMENT_COLUMNS)}
              FROM jsonb_array_elements(CAST(:payments AS jsonb)) AS r) AS p
        JOIN new_documents n ON n.id = p.document_id
    ), {posting_ctes("JOIN new_documents n ON n.id = e.source_id")}
    SELECT id FROM new_documents
    """
)


def insert_sales(
    conn: Connection,
    branch_id: UUID,
    sales: Sequence[tuple[Mapping[str, Any], date, JournalEntry | None]],
) -> set[str]:
    """Inserts the documents (payload, business day, posting) not already there, with their
    payments and their journal entries (posted once); returns the ids inserted now."""
    result = conn.execute(
        _SALES,
        {
            "branch": str(branch_id),
            "documents": rows_param([_document_row(p, day) for p, day, _ in sales]),
            "payments": rows_param([row for p, _, _ in sales for row in _payment_rows(p)]),
            **posting_params(entry for _, _, entry in sales if entry is not None),
        },
    )
    return {str(r[0]) for r in result}


def _document_row(p: Mapping[str, Any], day: date) -> tuple[Any, ...]:
    number = parse_number(p["number"])
    derived = {"series": number.series, "sequence": number.sequence, "business_date": day}
    return tuple(
        p if column == "payload" else derived[column] if column in derived else p[column]
        for column, _ in DOCUMENT_COLUMNS
    )


def _payment_rows(p: Mapping[str, Any]) -> list[tuple[Any, ...]]:
    return [
        (
            pay["id"],
            p["id"],
            pay["tender"],
            pay["amount_minor"],
            pay["currency"],
            pay["rate"],
            pay["reference"],
        )
        for pay in p["payments"]
    ]


@dataclass(frozen=True, slots=True)
class Neighbours:
    """What the documents either side of one in its series say about it."""

    id: str
    before_hash: str | None  # hash of the document before, if the server has it
    after_previous: str | None  # previous-hash carried by the document after, likewise
    after_id: str | None


def neighbours(conn: Connection, documents: Iterable[Mapping[str, Any]]) -> list[Neighbours]:
    """The neighbours of each sale payload in ``documents``. The sequences either side are
    computed here, not in SQL: under row-level security an expression such as ``sequence
    - 1`` (which can raise) may not be used by the index, and each lookup would scan."""
    ids, series, before, after = [], [], [], []
    for p in documents:
        number = parse_number(p["number"])
        ids.append(p["id"])
        series.append(number.series)
        before.append(number.sequence - 1)
        after.append(number.sequence + 1)
    rows = conn.execute(
        text(
            "SELECT d.id, b.hash, a.previous_hash, a.id FROM unnest(CAST(:id AS uuid[]), "
            "CAST(:series AS text[]), CAST(:before AS integer[]), CAST(:after AS integer[])) "
            "AS d (id, series, before, after) "
            "LEFT JOIN sales.documents b ON b.series = d.series AND b.sequence = d.before "
            "LEFT JOIN sales.documents a ON a.series = d.series AND a.sequence = d.after"
        ),
        {"id": ids, "series": series, "before": before, "after": after},
    )
    return [Neighbours(str(r[0]), r[1], r[2], str(r[3]) if r[3] else None) for r in rows]
