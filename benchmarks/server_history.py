"""Two years of another branch's trade written straight into a sync server's database, so
that a benchmark measures merging against tables and indexes of realistic size.

50,000 products, and for ``days`` days about 850 tickets a day at ALG02: documents with
their payload, payments, journal entries of 8 lines, 2.6 stock movements a ticket, the
levels they add up to, the ledger's day totals (migration 0031) and the audit rows of all
of it. Written as the database owner with
triggers off (``session_replication_role = replica``): this is a fixture, not a merge.
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping
from typing import Any
from uuid import UUID

from sqlalchemy import Engine

TICKETS_PER_DAY = 850
LINES = (  # a ticket's posting: cash against revenue, VAT and stamp duty; stock against cost
    ("530", "debit", 12000),
    ("700", "credit", 9000),
    ("700", "credit", 1000),
    ("4457", "credit", 1900),
    ("447", "credit", 100),
    ("600", "debit", 6000),
    ("30", "credit", 5000),
    ("30", "credit", 1000),
)


def write_history(
    engine: Engine,
    days: int,
    branch_id: UUID,
    register_id: UUID,
    warehouse_id: UUID,
    template: Mapping[str, Any],
) -> dict[str, int]:
    """Writes the history; returns the row count of each table it filled."""
    tickets = days * TICKETS_PER_DAY
    steps = [
        (
            "products",
            "INSERT INTO inventory.products (id, sku, name, name_ar, unit, price_minor, currency, "
            "tax_class) SELECT gen_random_uuid(), 'H' || lpad(g::text, 6, '0'), 'Article ' || g, "
            "'منتج ' || g, 'pce', 100 * (1 + g % 900), 'DZD', 'standard' "
            "FROM generate_series(1, 50000) g",
        ),
        (
            "numbered products",
            "CREATE TEMP TABLE history_products AS SELECT id, row_number() OVER (ORDER BY sku) "
            "AS n FROM inventory.products WHERE sku LIKE 'H%'",
        ),
        (
            "documents",
            "INSERT INTO sales.documents (id, branch_id, register_id, kind, number, series, "
            "sequence, issued_at, business_date, currency, rate, base_minor, vat_minor, "
            "stamp_duty_minor, rounding_minor, total_minor, change_minor, cashier_id, "
            "previous_hash, hash, payload) "
            "SELECT gen_random_uuid(), :branch, :register, 'receipt', 'ALG02-H-' || s, 'ALG02-H', "
            "s, at, at::date, 'DZD', 1, 10000, 1900, 100, 0, 12000, 0, :cashier, "
            "md5(s::text) || md5(s::text), md5((s + 1)::text) || md5((s + 1)::text), "
            "CAST(:template AS jsonb) || jsonb_build_object('number', 'ALG02-H-' || s) "
            "FROM generate_series(1, :tickets) s, "
            "LATERAL (SELECT now() - make_interval(days => :days) "
            "+ make_interval(secs => s * 86400.0 * :days / :tickets) AS at) t",
        ),
        (
            "payments",
            "INSERT INTO sales.payments (id, document_id, branch_id, tender, amount_minor, "
            "currency, rate, reference) SELECT gen_random_uuid(), id, branch_id, 'cash', "
            "total_minor, 'DZD', 1, '' FROM sales.documents WHERE series = 'ALG02-H'",
        ),
        (
            "journal entries",
            "INSERT INTO accounting.journal_entries (id, branch_id, entry_date, journal, "
            "source_type, source_id, source_number, memo) SELECT gen_random_uuid(), branch_id, "
            "business_date, 'sales', 'sale', id, number, '' FROM sales.documents "
            "WHERE series = 'ALG02-H'",
        ),
        (
            "journal lines",
            "INSERT INTO accounting.journal_lines (id, entry_id, entry_date, branch_id, position, "
            "account_code, side, amount_minor, currency, txn_amount_minor, txn_currency, rate) "
            "SELECT gen_random_uuid(), e.id, e.entry_date, e.branch_id, l.position, l.account, l.side, "
            "l.amount, 'DZD', l.amount, 'DZD', 1 FROM accounting.journal_entries e, "
            "json_to_recordset(CAST(:lines AS json)) AS l (position int, account text, "
            "side text, amount bigint) WHERE e.source_number LIKE 'ALG02-H-%'",
        ),
        (
            "stock movements",
            "INSERT INTO inventory.stock_movements (id, branch_id, warehouse_id, product_id, "
            "kind, quantity_milli, unit_cost, occurred_at, document_type, document_id, actor_id) "
            "SELECT gen_random_uuid(), d.branch_id, :warehouse, p.id, 'sale', -1000 * (1 + k), "
            "60, d.issued_at, 'sale', d.id, d.cashier_id FROM sales.documents d "
            "CROSS JOIN generate_series(0, 2) k "
            "JOIN history_products p ON p.n = 1 + (d.sequence * 7 + k * 13) % 50000 "
            "WHERE d.series = 'ALG02-H' AND (k < 2 OR d.sequence % 5 < 3)",
        ),
        (
            "stock levels",
            "INSERT INTO inventory.stock_levels (id, branch_id, warehouse_id, product_id, "
            "quantity_milli) SELECT gen_random_uuid(), :branch, warehouse_id, product_id, "
            "sum(quantity_milli) FROM inventory.stock_movements WHERE warehouse_id = :warehouse "
            "GROUP BY warehouse_id, product_id",
        ),
    ]
    audited = {  # each row's audit at the time it was written
        "inventory.products": "now()",
        "sales.documents": "t.issued_at",
        "sales.payments": "(SELECT d.issued_at FROM sales.documents d WHERE d.id = t.document_id)",
        "accounting.journal_entries": "CAST(t.entry_date AS timestamptz)",
        "accounting.journal_lines": "CAST(t.entry_date AS timestamptz)",
        "inventory.stock_movements": "t.occurred_at",
        "inventory.stock_levels": "now()",
    }
    steps += [
        (
            f"audit of {table}",
            f"INSERT INTO audit.log (schema_name, table_name, row_id, operation, actor_id, "
            f"branch_id, at, before, after) SELECT '{table.split('.')[0]}', "
            f"'{table.split('.')[1]}', t.id::text, 'insert', :cashier, :branch, {at}, NULL, "
            f"to_jsonb(t) FROM {table} t",
        )
        for table, at in audited.items()
    ]
    steps.append(  # what the trigger of migration 0031 keeps, the triggers being off here
        (
            "ledger day totals",
            "INSERT INTO accounting.ledger_day_totals SELECT branch_id, entry_date, "
            "account_code, role, vat_rate, sum(amount_minor) FILTER (WHERE side = 'debit'), "
            "sum(amount_minor) FILTER (WHERE side = 'credit') FROM accounting.journal_lines "
            "WHERE branch_id = :branch GROUP BY 1, 2, 3, 4, 5 "
            "ON CONFLICT (branch_id, entry_date, account_code, role, vat_rate) DO UPDATE SET "
            "debit_minor = accounting.ledger_day_totals.debit_minor + excluded.debit_minor, "
            "credit_minor = accounting.ledger_day_totals.credit_minor + excluded.credit_minor",
        )
    )
    params = {
        "branch": branch_id,
        "register": register_id,
        "warehouse": warehouse_id,
        "cashier": UUID(template["cashier_id"]),
        "template": json.dumps(template),
        "tickets": tickets,
        "days": days,
        "lines": json.dumps(
            [
                {"position": n, "account": a, "side": s, "amount": m}
                for n, (a, s, m) in enumerate(LINES, start=1)
            ]
        ),
    }
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("SET session_replication_role = replica")
        for label, sql in steps:
            start = time.perf_counter()
            cursor.execute(_positional(sql), params)
            print(
                f"  history: {label} ({cursor.rowcount:,} rows) {time.perf_counter() - start:.0f} s"
            )
        raw.commit()
        cursor.execute("SET session_replication_role = origin")
        raw.commit()
        # Vacuumed and analyzed now, as a server in service would be: else autovacuum
        # would work through the fresh gigabytes during the measurement.
        start = time.perf_counter()
        driver = raw.driver_connection
        assert driver is not None
        driver.autocommit = True
        cursor.execute("VACUUM (ANALYZE)")
        driver.autocommit = False
        print(f"  history: vacuum and analyze {time.perf_counter() - start:.0f} s")
        counts = {}
        for table in (*audited, "audit.log"):
            cursor.execute(f"SELECT count(*) FROM {table}")
            row = cursor.fetchone()
            counts[table] = int(row[0]) if row else 0
        return counts
    finally:
        raw.close()


def _positional(sql: str) -> str:
    """``:name`` parameters as psycopg's ``%(name)s`` (the raw driver cursor)."""
    import re

    return re.sub(r"(?<!:):([a-z_]+)", r"%(\1)s", sql.replace("%", "%%"))
