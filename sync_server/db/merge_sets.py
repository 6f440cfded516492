"""What branches push, written a whole batch at a time: stock movements with their levels,
sales documents with their payments and journal entries.

One statement per entity (and per acting user, whom the audit triggers read from the
transaction's settings) instead of one per row: the rows travel as arrays and are spread
by ``unnest``, the inserts chain through data-modifying CTEs, and only what was not already
there moves levels or gets posted, so a replayed movement or sale changes nothing. These
statements run under the branch's row-level security like the row-wise ones in ``merge``.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, text

from erp_desktop.kernel.ids import derived_id, new_id
from erp_desktop.kernel.ledger.journal import JournalEntry


def warehouses_of(conn: Connection, ids: Iterable[UUID]) -> dict[UUID, UUID]:
    """Branch of each known warehouse among ``ids``."""
    rows = conn.execute(
        text("SELECT id, branch_id FROM inventory.warehouses WHERE id = ANY(CAST(:ids AS uuid[]))"),
        {"ids": [str(i) for i in set(ids)]},
    )
    return {r[0]: r[1] for r in rows}


def registers_of(conn: Connection, ids: Iterable[UUID]) -> dict[UUID, UUID]:
    """Branch of each known register among ``ids``."""
    rows = conn.execute(
        text("SELECT id, branch_id FROM auth.registers WHERE id = ANY(CAST(:ids AS uuid[]))"),
        {"ids": [str(i) for i in set(ids)]},
    )
    return {r[0]: r[1] for r in rows}


def known_products(conn: Connection, ids: Iterable[UUID]) -> set[UUID]:
    rows = conn.execute(
        text("SELECT id FROM inventory.products WHERE id = ANY(CAST(:ids AS uuid[]))"),
        {"ids": [str(i) for i in set(ids)]},
    )
    return {r[0] for r in rows}


_MOVEMENTS = text(
    """
    WITH incoming AS (
        SELECT * FROM unnest(
            CAST(:id AS uuid[]), CAST(:warehouse AS uuid[]), CAST(:product AS uuid[]),
            CAST(:kind AS text[]), CAST(:qty AS bigint[]), CAST(:cost AS numeric[]),
            CAST(:at AS timestamptz[]), CAST(:doc_type AS text[]), CAST(:doc AS uuid[]),
            CAST(:actor AS uuid[])
        ) AS m (id, warehouse_id, product_id, kind, quantity_milli, unit_cost, occurred_at,
                document_type, document_id, actor_id)
    ), inserted AS (
        INSERT INTO inventory.stock_movements (id, branch_id, warehouse_id, product_id, kind,
            quantity_milli, unit_cost, occurred_at, document_type, document_id, actor_id)
        SELECT id, CAST(:branch AS uuid), warehouse_id, product_id, kind, quantity_milli,
            unit_cost, occurred_at, document_type, document_id, actor_id FROM incoming
        ON CONFLICT (id) DO NOTHING
        RETURNING warehouse_id, product_id, quantity_milli
    ), level_ids AS (
        SELECT * FROM unnest(
            CAST(:level_id AS uuid[]), CAST(:level_warehouse AS uuid[]),
            CAST(:level_product AS uuid[])
        ) AS l (id, warehouse_id, product_id)
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
) -> dict[tuple[UUID, UUID], int]:
    """Inserts the movements (payload, acting user) not already there and moves their levels
    by the sum of their deltas; returns the new level of every (warehouse, product) moved."""
    pairs = {(UUID(p["warehouse_id"]), UUID(p["product_id"])): None for p, _ in movements}
    result = conn.execute(
        _MOVEMENTS,
        {
            "branch": str(branch_id),
            "id": [p["id"] for p, _ in movements],
            "warehouse": [p["warehouse_id"] for p, _ in movements],
            "product": [p["product_id"] for p, _ in movements],
            "kind": [p["kind"] for p, _ in movements],
            "qty": [p["quantity_milli"] for p, _ in movements],
            "cost": [p["unit_cost"] for p, _ in movements],
            "at": [p["occurred_at"] for p, _ in movements],
            "doc_type": [p["document_type"] for p, _ in movements],
            "doc": [p["document_id"] for p, _ in movements],
            "actor": [str(a) if a else None for _, a in movements],
            "level_id": [str(derived_id("stock_level", w, p)) for w, p in pairs],
            "level_warehouse": [str(w) for w, _ in pairs],
            "level_product": [str(p) for _, p in pairs],
        },
    )
    return {(r[0], r[1]): int(r[2]) for r in result}


_SALES = text(
    """
    WITH incoming AS (
        SELECT * FROM unnest(
            CAST(:id AS uuid[]), CAST(:register AS uuid[]), CAST(:session AS uuid[]),
            CAST(:kind AS text[]), CAST(:number AS text[]), CAST(:series AS text[]),
            CAST(:sequence AS integer[]), CAST(:issued_at AS timestamptz[]),
            CAST(:day AS date[]), CAST(:currency AS text[]), CAST(:rate AS numeric[]),
            CAST(:base AS bigint[]), CAST(:vat AS bigint[]), CAST(:stamp AS bigint[]),
            CAST(:rounding AS bigint[]), CAST(:total AS bigint[]), CAST(:change AS bigint[]),
            CAST(:customer AS uuid[]), CAST(:original AS uuid[]), CAST(:cashier AS uuid[]),
            CAST(:previous_hash AS text[]), CAST(:hash AS text[]),
            CAST(CAST(:payload AS text[]) AS jsonb[])
        ) AS d (id, register_id, session_id, kind, number, series, sequence, issued_at,
                business_date, currency, rate, base_minor, vat_minor, stamp_duty_minor,
                rounding_minor, total_minor, change_minor, customer_id, original_id,
                cashier_id, previous_hash, hash, payload)
    ), new_documents AS (
        INSERT INTO sales.documents (id, branch_id, register_id, session_id, kind, number,
            series, sequence, issued_at, business_date, currency, rate, base_minor,
            vat_minor, stamp_duty_minor, rounding_minor, total_minor, change_minor,
            customer_id, original_id, cashier_id, previous_hash, hash, payload)
        SELECT id, CAST(:branch AS uuid), register_id, session_id, kind, number, series,
            sequence, issued_at, business_date, currency, rate, base_minor, vat_minor,
            stamp_duty_minor, rounding_minor, total_minor, change_minor, customer_id,
            original_id, cashier_id, previous_hash, hash, payload FROM incoming
        ON CONFLICT (id) DO NOTHING
        RETURNING id
    ), new_payments AS (
        INSERT INTO sales.payments (id, document_id, branch_id, tender, amount_minor,
            currency, rate, reference)
        SELECT p.id, p.document_id, CAST(:branch AS uuid), p.tender, p.amount_minor,
            p.currency, p.rate, p.reference
        FROM unnest(
            CAST(:pay_id AS uuid[]), CAST(:pay_document AS uuid[]), CAST(:pay_tender AS text[]),
            CAST(:pay_amount AS bigint[]), CAST(:pay_currency AS text[]),
            CAST(:pay_rate AS numeric[]), CAST(:pay_reference AS text[])
        ) AS p (id, document_id, tender, amount_minor, currency, rate, reference)
        JOIN new_documents n ON n.id = p.document_id
    ), new_entries AS (
        INSERT INTO accounting.journal_entries (id, branch_id, entry_date, journal,
            source_type, source_id, source_number, memo)
        SELECT e.id, CAST(:branch AS uuid), e.entry_date, e.journal, e.source_type,
            e.source_id, e.source_number, e.memo
        FROM unnest(
            CAST(:entry_id AS uuid[]), CAST(:entry_date AS date[]),
            CAST(:entry_journal AS text[]), CAST(:entry_source_type AS text[]),
            CAST(:entry_source AS uuid[]), CAST(:entry_number AS text[]),
            CAST(:entry_memo AS text[])
        ) AS e (id, entry_date, journal, source_type, source_id, source_number, memo)
        JOIN new_documents n ON n.id = e.source_id
        ON CONFLICT (id) DO NOTHING
        RETURNING id
    ), new_lines AS (
        INSERT INTO accounting.journal_lines (id, entry_id, branch_id, position,
            account_code, role, side, amount_minor, currency, txn_amount_minor, txn_currency,
            rate, vat_rate, partner_id, memo)
        SELECT l.id, l.entry_id, CAST(:branch AS uuid), l.position, l.account_code, l.role,
            l.side, l.amount_minor, l.currency, l.txn_amount_minor, l.txn_currency, l.rate,
            l.vat_rate, l.partner_id, l.memo
        FROM unnest(
            CAST(:line_id AS uuid[]), CAST(:line_entry AS uuid[]),
            CAST(:line_position AS integer[]), CAST(:line_account AS text[]),
            CAST(:line_role AS text[]), CAST(:line_side AS text[]),
            CAST(:line_amount AS bigint[]), CAST(:line_currency AS text[]),
            CAST(:line_txn_amount AS bigint[]), CAST(:line_txn_currency AS text[]),
            CAST(:line_rate AS numeric[]), CAST(:line_vat_rate AS numeric[]),
            CAST(:line_partner AS uuid[]), CAST(:line_memo AS text[])
        ) AS l (id, entry_id, position, account_code, role, side, amount_minor, currency,
                txn_amount_minor, txn_currency, rate, vat_rate, partner_id, memo)
        JOIN new_entries e ON e.id = l.entry_id
    )
    SELECT id FROM new_documents
    """
)


def insert_sales(
    conn: Connection,
    branch_id: UUID,
    sales: Sequence[tuple[Mapping[str, Any], date, JournalEntry | None]],
) -> set[UUID]:
    """Inserts the documents (payload, business day, posting) not already there, with their
    payments and their journal entries (posted once); returns the ids inserted now."""
    columns: dict[str, list[Any]] = defaultdict(list)
    for payload, day, entry in sales:
        _sale_columns(columns, payload, day)
        if entry is not None:
            _entry_columns(columns, entry)
    for name in _SALES_PARAMS:  # sales may come with no payment or no posting
        columns.setdefault(name, [])
    result = conn.execute(_SALES, {**columns, "branch": str(branch_id)})
    return {r[0] for r in result}


_SALES_PARAMS = (
    *(f"pay_{c}" for c in ("id", "document", "tender", "amount", "currency", "rate", "reference")),
    *(f"entry_{c}" for c in ("id", "date", "journal", "source_type", "source", "number", "memo")),
    *(
        f"line_{c}"
        for c in (
            "id",
            "entry",
            "position",
            "account",
            "role",
            "side",
            "amount",
            "currency",
            "txn_amount",
            "txn_currency",
            "rate",
            "vat_rate",
            "partner",
            "memo",
        )
    ),
)


def _sale_columns(columns: dict[str, list[Any]], p: Mapping[str, Any], day: date) -> None:
    series, _, sequence = p["number"].rpartition("-")
    for name, value in (
        ("id", p["id"]),
        ("register", p["register_id"]),
        ("session", p["session_id"]),
        ("kind", p["kind"]),
        ("number", p["number"]),
        ("series", series),
        ("sequence", int(sequence)),
        ("issued_at", p["issued_at"]),
        ("day", day),
        ("currency", p["currency"]),
        ("rate", p["rate"]),
        ("base", p["base_minor"]),
        ("vat", p["vat_minor"]),
        ("stamp", p["stamp_duty_minor"]),
        ("rounding", p["rounding_minor"]),
        ("total", p["total_minor"]),
        ("change", p["change_minor"]),
        ("customer", p["customer_id"]),
        ("original", p["original_id"]),
        ("cashier", p["cashier_id"]),
        ("previous_hash", p["previous_hash"]),
        ("hash", p["hash"]),
        ("payload", json.dumps(p)),
    ):
        columns[name].append(value)
    for pay in p["payments"]:
        columns["pay_id"].append(pay["id"])
        columns["pay_document"].append(p["id"])
        columns["pay_tender"].append(pay["tender"])
        columns["pay_amount"].append(pay["amount_minor"])
        columns["pay_currency"].append(pay["currency"])
        columns["pay_rate"].append(pay["rate"])
        columns["pay_reference"].append(pay["reference"])


def _entry_columns(columns: dict[str, list[Any]], entry: JournalEntry) -> None:
    """The same rows as ``merge.insert_entry`` writes, one entry among many."""
    entry_id = str(entry.id)
    columns["entry_id"].append(entry_id)
    columns["entry_date"].append(entry.on)
    columns["entry_journal"].append(str(entry.journal))
    columns["entry_source_type"].append(entry.source_type)
    columns["entry_source"].append(str(entry.source_id))
    columns["entry_number"].append(entry.source_number)
    columns["entry_memo"].append(entry.memo)
    for position, line in enumerate(entry.lines, start=1):
        columns["line_id"].append(str(derived_id("journal_line", entry.id, position)))
        columns["line_entry"].append(entry_id)
        columns["line_position"].append(position)
        columns["line_account"].append(line.account)
        columns["line_role"].append(str(line.role) if line.role else None)
        columns["line_side"].append(str(line.side))
        columns["line_amount"].append(line.amount.to_minor())
        columns["line_currency"].append(line.amount.currency)
        columns["line_txn_amount"].append(line.txn_amount.to_minor())
        columns["line_txn_currency"].append(line.txn_amount.currency)
        columns["line_rate"].append(line.rate)
        columns["line_vat_rate"].append(line.vat_rate)
        columns["line_partner"].append(str(line.partner_id) if line.partner_id else None)
        columns["line_memo"].append(line.memo)


@dataclass(frozen=True, slots=True)
class Neighbours:
    """What the documents either side of one in its series say about it."""

    id: UUID
    before_hash: str | None  # hash of the document before, if the server has it
    after_previous: str | None  # previous-hash carried by the document after, likewise
    after_id: UUID | None


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
    return [Neighbours(*r) for r in rows]


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
