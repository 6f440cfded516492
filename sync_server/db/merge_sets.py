"""What branches push, written a whole batch at a time: stock movements with their levels,
sales documents with their payments and journal entries.

One statement per entity (and per acting user, whom the audit triggers read from the
transaction's settings) instead of one per row: the rows travel as one JSON array per set
(``json_rows``), the inserts chain through
data-modifying CTEs, and only what was not already there moves levels or gets posted, so a
replayed movement or sale changes nothing. These statements run under the branch's
row-level security like the row-wise ones in ``merge``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, text

from erp_desktop.kernel.ids import derived_id, new_id
from erp_desktop.kernel.ledger.journal import JournalEntry
from sync_server.db.json_rows import columns_of, rows_param


def warehouses_of(conn: Connection, ids: Iterable[str]) -> dict[str, UUID]:
    """Branch of each known warehouse among ``ids`` (ids as the payloads carry them)."""
    rows = conn.execute(
        text("SELECT id, branch_id FROM inventory.warehouses WHERE id = ANY(CAST(:ids AS uuid[]))"),
        {"ids": list(set(ids))},
    )
    return {str(r[0]): r[1] for r in rows}


def registers_of(conn: Connection, ids: Iterable[str]) -> dict[str, UUID]:
    """Branch of each known register among ``ids``."""
    rows = conn.execute(
        text("SELECT id, branch_id FROM auth.registers WHERE id = ANY(CAST(:ids AS uuid[]))"),
        {"ids": list(set(ids))},
    )
    return {str(r[0]): r[1] for r in rows}


def known_products(conn: Connection, ids: Iterable[str]) -> set[str]:
    rows = conn.execute(
        text("SELECT id FROM inventory.products WHERE id = ANY(CAST(:ids AS uuid[]))"),
        {"ids": list(set(ids))},
    )
    return {str(r[0]) for r in rows}


_MOVEMENT_COLUMNS = (
    "id uuid, warehouse_id uuid, product_id uuid, kind text, quantity_milli bigint, "
    "unit_cost numeric, occurred_at timestamptz, document_type text, document_id uuid, "
    "actor_id uuid"
)
_MOVEMENTS = text(
    f"""
    WITH inserted AS (
        INSERT INTO inventory.stock_movements (id, branch_id, warehouse_id, product_id, kind,
            quantity_milli, unit_cost, occurred_at, document_type, document_id, actor_id)
        SELECT id, CAST(:branch AS uuid), warehouse_id, product_id, kind, quantity_milli,
            unit_cost, occurred_at, document_type, document_id, actor_id
        FROM (SELECT {columns_of(_MOVEMENT_COLUMNS)}
              FROM jsonb_array_elements(CAST(:movements AS jsonb)) AS r) AS m
        ON CONFLICT (id, occurred_at) DO NOTHING
        RETURNING warehouse_id, product_id, quantity_milli
    ), level_ids AS (
        SELECT {columns_of("id uuid, warehouse_id uuid, product_id uuid")}
        FROM jsonb_array_elements(CAST(:levels AS jsonb)) AS r
    )
    INSERT INTO inventory.stock_levels AS s (id, branch_id, warehouse_id, product_id,
        quantity_milli)
    SELECT l.id, CAST(:branch AS uuid), i.warehouse_id, i.product_id,
        CAST(sum(i.quantity_milli) AS bigint)
    FROM inserted i JOIN level_ids l USING (warehouse_id, product_id)
    GROUP BY l.id, i.warehouse_id, i.product_id
    ON CONFLICT (warehouse_id, product_id) DO UPDATE
        SET quantity_milli = s.quantity_milli + excluded.quantity_milli, updated_at = now()
    RETURNING warehouse_id, product_id, quantity_milli
    """
)


def insert_movements(
    conn: Connection, branch_id: UUID, movements: Sequence[tuple[Mapping[str, Any], UUID | None]]
) -> dict[tuple[str, str], int]:
    """Inserts the movements (payload, acting user) not already there and moves their levels
    by the sum of their deltas; returns the new level of every (warehouse, product) moved."""
    pairs = {(p["warehouse_id"], p["product_id"]): None for p, _ in movements}
    result = conn.execute(
        _MOVEMENTS,
        {
            "branch": str(branch_id),
            "movements": rows_param(
                [
                    (
                        p["id"],
                        p["warehouse_id"],
                        p["product_id"],
                        p["kind"],
                        p["quantity_milli"],
                        p["unit_cost"],
                        p["occurred_at"],
                        p["document_type"],
                        p["document_id"],
                        actor,
                    )
                    for p, actor in movements
                ]
            ),
            "levels": rows_param([(derived_id("stock_level", w, p), w, p) for w, p in pairs]),
        },
    )
    return {(str(r[0]), str(r[1])): int(r[2]) for r in result}


_DOCUMENT_COLUMNS = (
    "id uuid, register_id uuid, session_id uuid, kind text, number text, series text, "
    "sequence integer, issued_at timestamptz, business_date date, currency text, "
    "rate numeric, base_minor bigint, vat_minor bigint, stamp_duty_minor bigint, "
    "rounding_minor bigint, total_minor bigint, change_minor bigint, customer_id uuid, "
    "original_id uuid, cashier_id uuid, previous_hash text, hash text, payload jsonb"
)
_PAYMENT_COLUMNS = (
    "id uuid, document_id uuid, tender text, amount_minor bigint, currency text, "
    "rate numeric, reference text"
)
_ENTRY_COLUMNS = (
    "id uuid, entry_date date, journal text, source_type text, source_id uuid, "
    "source_number text, memo text"
)
_LINE_COLUMNS = (
    "id uuid, entry_id uuid, position integer, account_code text, role text, side text, "
    "amount_minor bigint, currency text, txn_amount_minor bigint, txn_currency text, "
    "rate numeric, vat_rate numeric, partner_id uuid, memo text"
)


def _posting(only_for: str) -> str:
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
        ON CONFLICT (id) DO NOTHING
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


_SALES = text(
    f"""
    WITH new_documents AS (
        INSERT INTO sales.documents (id, branch_id, register_id, session_id, kind, number,
            series, sequence, issued_at, business_date, currency, rate, base_minor,
            vat_minor, stamp_duty_minor, rounding_minor, total_minor, change_minor,
            customer_id, original_id, cashier_id, previous_hash, hash, payload)
        SELECT id, CAST(:branch AS uuid), register_id, session_id, kind, number, series,
            sequence, issued_at, business_date, currency, rate, base_minor, vat_minor,
            stamp_duty_minor, rounding_minor, total_minor, change_minor, customer_id,
            original_id, cashier_id, previous_hash, hash, payload
        FROM (SELECT {columns_of(_DOCUMENT_COLUMNS)}
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
    ), {_posting("JOIN new_documents n ON n.id = e.source_id")}
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
    documents: list[tuple[Any, ...]] = []
    payments: list[tuple[Any, ...]] = []
    entries: list[tuple[Any, ...]] = []
    lines: list[tuple[Any, ...]] = []
    for payload, day, entry in sales:
        documents.append(_document_row(payload, day))
        payments.extend(_payment_rows(payload))
        if entry is not None:
            entries.append(_entry_row(entry))
            lines.extend(_line_rows(entry))
    result = conn.execute(
        _SALES,
        {
            "branch": str(branch_id),
            "documents": rows_param(documents),
            "payments": rows_param(payments),
            "entries": rows_param(entries),
            "lines": rows_param(lines),
        },
    )
    return {str(r[0]) for r in result}


_ENTRY = text(f"WITH {_posting('')} SELECT id FROM new_entries")


def insert_entry(conn: Connection, entry: JournalEntry, branch_id: UUID | None) -> bool:
    """Posts ``entry`` (a stock document's) once: a second post of the same deterministic
    id changes nothing. True when posted now."""
    result = conn.execute(
        _ENTRY,
        {
            "branch": str(branch_id) if branch_id else None,
            "entries": rows_param([_entry_row(entry)]),
            "lines": rows_param(_line_rows(entry)),
        },
    )
    return result.first() is not None


def _document_row(p: Mapping[str, Any], day: date) -> tuple[Any, ...]:
    series, _, sequence = p["number"].rpartition("-")
    return (
        p["id"],
        p["register_id"],
        p["session_id"],
        p["kind"],
        p["number"],
        series,
        int(sequence),
        p["issued_at"],
        day,
        p["currency"],
        p["rate"],
        p["base_minor"],
        p["vat_minor"],
        p["stamp_duty_minor"],
        p["rounding_minor"],
        p["total_minor"],
        p["change_minor"],
        p["customer_id"],
        p["original_id"],
        p["cashier_id"],
        p["previous_hash"],
        p["hash"],
        p,
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


def _entry_row(entry: JournalEntry) -> tuple[Any, ...]:
    return (
        entry.id,
        entry.on,
        str(entry.journal),
        entry.source_type,
        entry.source_id,
        entry.source_number,
        entry.memo,
    )


def _line_rows(entry: JournalEntry) -> list[tuple[Any, ...]]:
    return [
        (
            derived_id("journal_line", entry.id, position),
            entry.id,
            position,
            line.account,
            str(line.role) if line.role else None,
            str(line.side),
            line.amount.to_minor(),
            line.amount.currency,
            line.txn_amount.to_minor(),
            line.txn_amount.currency,
            line.rate,
            line.vat_rate,
            line.partner_id,
            line.memo,
        )
        for position, line in enumerate(entry.lines, start=1)
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
        name, _, number = p["number"].rpartition("-")
        ids.append(p["id"])
        series.append(name)
        before.append(int(number) - 1)
        after.append(int(number) + 1)
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


def insert_alerts(
    conn: Connection, branch_id: UUID, alerts: Sequence[tuple[str, Mapping[str, Any]]]
) -> None:
    if not alerts:
        return
    conn.execute(
        text(
            "INSERT INTO sync.alerts (id, branch_id, kind, params) SELECT id, CAST(:branch AS uuid), "
            "kind, params FROM unnest(CAST(:id AS uuid[]), CAST(:kind AS text[]), "
            "CAST(CAST(:params AS text[]) AS jsonb[])) AS a (id, kind, params)"
        ),
        {
            "branch": str(branch_id),
            "id": [str(new_id()) for _ in alerts],
            "kind": [kind for kind, _ in alerts],
            "params": [json.dumps(params, default=str) for _, params in alerts],
        },
    )
