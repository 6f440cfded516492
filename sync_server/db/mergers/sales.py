"""Sales documents (receipts, invoices, credit notes) written a set at a time, with their
payments and their journal entries, and their neighbours in the series for the chain check.

A document's columns are not written out here: they are its kernel declaration's
(``DOCUMENT_COLUMNS``, from ``kernel.documents.SaleDocument``), and the insert, the JSON rows
it spreads, the tamper checks (``db.integrity``) and the reports' columns are derived
from them. Only what was not already there gets its payments and its posting, so a
replayed sale changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, text

from erp_desktop.kernel.documents import Field, Kind, SaleDocument, SalePayment
from erp_desktop.kernel.documents.fields import scalar_fields
from erp_desktop.kernel.ledger.entry_rows import EntryRows
from erp_desktop.kernel.numbering import parse_number
from sync_server.db.json_rows import columns_of, rows_param
from sync_server.db.mergers.postings import posting_ctes, posting_params

_PG_TYPES = {
    Kind.UUID: "uuid",
    Kind.STR: "text",
    Kind.DATETIME: "timestamptz",
    Kind.RATE: "numeric",
    Kind.DECIMAL: "numeric",
    Kind.MONEY: "bigint",
    Kind.QUANTITY: "bigint",
    Kind.INT: "integer",
}


def _columns(fields: Iterable[Field]) -> tuple[tuple[str, str], ...]:
    return tuple((f.column, _PG_TYPES[f.kind]) for f in fields)


# The server's columns of a sales document come from its kernel declaration
# (kernel.documents.SaleDocument): every field on the wire, under its column name, then
# what the server makes itself: series and sequence (the kernel's own fields, not on the
# wire) from the number, the business day from the time of issue in the company's zone,
# and the payload as pushed (what the chain covers). branch_id is the pushing device's.
PAYLOAD_COLUMNS = _columns(scalar_fields(SaleDocument, wire_only=True))
_KERNEL = {f.column: f for f in scalar_fields(SaleDocument)}
DERIVED = (
    *_columns([_KERNEL["series"], _KERNEL["sequence"]]),
    ("business_date", "date"),
    ("payload", "jsonb"),
)
DOCUMENT_COLUMNS = PAYLOAD_COLUMNS + DERIVED
# A payment's columns likewise (kernel.documents.SalePayment), with its document's id.
PAYMENT_COLUMNS = _columns(scalar_fields(SalePayment, wire_only=True))
COLUMN = {f.name: f.column for f in scalar_fields(SaleDocument)}  # for the readers' SQL
PAYMENT_COLUMN = {f.name: f.column for f in scalar_fields(SalePayment)}

_NAMES = ", ".join(c for c, _ in DOCUMENT_COLUMNS if c != "id")


def _spread_documents() -> str:
    """The select list of the documents' columns from rows of (what the server makes, the
    payload): a column on the wire is read from the payload itself, as ``db.integrity``
    reads it back, so each value travels once (the JSON rows of the documents were half
    made of values sent twice)."""
    at = len(DERIVED) - 1  # the payload, last of what the server makes
    made = [f"CAST(r->>{i} AS {t}) AS {c}" for i, (c, t) in enumerate(DERIVED[:at])]
    wire = [f"CAST(r->{at}->>'{c}' AS {t}) AS {c}" for c, t in PAYLOAD_COLUMNS]
    return ", ".join([*wire, *made, f"r->{at} AS payload"])


_PAYMENT_NAMES = ", ".join(c for c, _ in PAYMENT_COLUMNS if c != "id")
_PAYMENT_VALUES = ", ".join(f"p.{c}" for c, _ in PAYMENT_COLUMNS if c != "id")
_SPREAD_PAYMENTS = ", ".join(f"{c} {t}" for c, t in (("document_id", "uuid"), *PAYMENT_COLUMNS))
_SALES = text(
    f"""
    WITH new_documents AS (
        INSERT INTO sales.documents (id, branch_id, {_NAMES})
        SELECT id, CAST(:branch AS uuid), {_NAMES}
        FROM (SELECT {_spread_documents()}
              FROM jsonb_array_elements(CAST(:documents AS jsonb)) AS r) AS d
        ON CONFLICT (branch_id, id) DO NOTHING
        RETURNING id
    ), new_payments AS (
        INSERT INTO sales.payments (id, document_id, branch_id, {_PAYMENT_NAMES})
        SELECT p.id, p.document_id, CAST(:branch AS uuid), {_PAYMENT_VALUES}
        FROM (SELECT {columns_of(_SPREAD_PAYMENTS)}
              FROM jsonb_array_elements(CAST(:payments AS jsonb)) AS r) AS p
        JOIN new_documents n ON n.id = p.document_id
    ), {posting_ctes("JOIN new_documents n ON n.id = e.source_id")}
    SELECT id FROM new_documents
    """
)


def insert_sales(
    conn: Connection,
    branch_id: UUID,
    sales: Sequence[tuple[Mapping[str, Any], date, EntryRows | None]],
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
    made = {
        "series": number.series,
        "sequence": number.sequence,
        "business_date": day,
        "payload": p,
    }
    return tuple(made[c] for c, _ in DERIVED)


def _payment_rows(p: Mapping[str, Any]) -> list[tuple[Any, ...]]:
    return [(p["id"], *(pay[c] for c, _ in PAYMENT_COLUMNS)) for pay in p["payments"]]


@dataclass(frozen=True, slots=True)
class Neighbours:
    """What the documents either side of one in its series say about it."""

    id: str
    before_hash: str | None  # hash of the document before, if the server has it
    after_previous: str | None  # previous-hash carried by the document after, likewise
    after_id: str | None
    before_id: str | None


def neighbours(conn: Connection, documents: Iterable[tuple[str, str]]) -> list[Neighbours]:
    """The neighbours of each (id, number) in ``documents``. The sequences either side are
    computed here, not in SQL: under row-level security an expression such as ``sequence
    - 1`` (which can raise) may not be used by the index, and each lookup would scan."""
    ids, series, before, after = [], [], [], []
    for document_id, text_number in documents:
        number = parse_number(text_number)
        ids.append(document_id)
        series.append(number.series)
        before.append(number.sequence - 1)
        after.append(number.sequence + 1)
    rows = conn.execute(
        text(
            "SELECT d.id, b.hash, a.previous_hash, a.id, b.id FROM unnest(CAST(:id AS uuid[]), "
            "CAST(:series AS text[]), CAST(:before AS integer[]), CAST(:after AS integer[])) "
            "AS d (id, series, before, after) "
            "LEFT JOIN sales.documents b ON b.series = d.series AND b.sequence = d.before "
            "LEFT JOIN sales.documents a ON a.series = d.series AND a.sequence = d.after"
        ),
        {"id": ids, "series": series, "before": before, "after": after},
    )
    return [
        Neighbours(str(r[0]), r[1], r[2], str(r[3]) if r[3] else None, str(r[4]) if r[4] else None)
        for r in rows
    ]
