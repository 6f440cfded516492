"""Benchmark: the company-wide aged receivables on the server (PostgreSQL) over 5,000
customers and 100,000 open invoices of two branches, beside a raw probe (run by hand).

    python benchmarks/bench_server_aged.py [--customers 5000] [--invoices 100000]

Needs PostgreSQL as the tests find it (tests/pg.py). Fills a fresh migrated database in head
office's scope with SQL (invoices with one due line each, a payment for every third invoice
covering half of it, a bounced cheque for one payment in fifty), then times, each the median
of ``--runs``: the report (sync_server.services.reports.aged_receivables, what
/api/v1/reports/aged-receivables answers) and, as the raw probe, a bare scan summing the
invoices' totals per customer and currency in the same scope; and how many invoices the
planner expects a head-office reader to scan under row-level security.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any
from uuid import uuid4

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text

from sync_server.db.engine import make_engine, unit_of_work
from sync_server.db.migrate import upgrade
from sync_server.services import headoffice
from sync_server.services.reports import Reader, aged_receivables
from tests.pg import temporary_database

AS_OF = date(2026, 6, 30)
_FILL = (
    "INSERT INTO crm.customers (id, name, name_ar, phone, email, tax_id, field_clocks) "
    "SELECT gen_random_uuid(), 'Client ' || lpad(g::text, 5, '0'), '', '', '', '', '{}' "
    "FROM generate_series(1, :customers) g",
    "CREATE TEMP TABLE people AS SELECT id, row_number() OVER (ORDER BY id) AS n FROM crm.customers",
    "CREATE TEMP TABLE bills AS SELECT gen_random_uuid() AS id, g AS n, "
    "CASE WHEN g % 2 = 0 THEN CAST(:alger AS uuid) ELSE CAST(:oran AS uuid) END AS branch_id, "
    "(SELECT id FROM people WHERE n = 1 + g % :customers) AS customer_id, "
    "TIMESTAMPTZ '2026-06-30 10:00+00' - (g % 200) * INTERVAL '1 day' AS issued_at, "
    "10000 + (g * 7919) % 4990000 AS total_minor FROM generate_series(1, :invoices) g",
    "INSERT INTO sales.business_documents (branch_id, id, kind, number, status, customer_id, "
    "issued_at, currency, rate, base_minor, vat_minor, stamp_duty_minor, total_minor, terms, "
    "payload) SELECT branch_id, id, 'customer_invoice', 'FA-' || n, 'final', customer_id, "
    "issued_at, 'DZD', 1, 0, 0, 0, total_minor, 'net:30', '{}' FROM bills",
    "INSERT INTO sales.business_due_lines (branch_id, id, document_id, due_on, amount_minor) "
    "SELECT branch_id, gen_random_uuid(), id, CAST(issued_at + INTERVAL '30 days' AS date), "
    "total_minor FROM bills",
    "CREATE TEMP TABLE paid AS SELECT gen_random_uuid() AS id, b.id AS invoice_id, b.n, "
    "b.branch_id, b.customer_id, b.issued_at, b.total_minor FROM bills b WHERE b.n % 3 = 0",
    "INSERT INTO sales.customer_payments (branch_id, id, kind, number, customer_id, "
    "received_at, tender, amount_minor, currency, rate, stamp_duty_minor, instrument_due, "
    "payload) SELECT branch_id, id, 'customer_payment', 'RC-' || n, customer_id, issued_at, "
    "'cheque', total_minor / 2, 'DZD', 1, 0, '', '{}' FROM paid",
    "INSERT INTO sales.payment_allocations (branch_id, id, payment_id, invoice_id, "
    "amount_minor, booked_rate) SELECT branch_id, gen_random_uuid(), id, invoice_id, "
    "total_minor / 2, 1 FROM paid",
    "INSERT INTO sales.instrument_events (branch_id, id, kind, number, payment_id, "
    "happened_at, payload) SELECT branch_id, gen_random_uuid(), 'instrument_bounced', "
    "'IE-' || n, id, issued_at + INTERVAL '1 day', '{}' FROM paid WHERE n % 150 = 0",
)
BARE = (
    "SELECT customer_id, currency, SUM(total_minor) FROM sales.business_documents "
    "WHERE kind = 'customer_invoice' AND status = 'final' GROUP BY customer_id, currency"
)


def _median(label: str, runs: int, work: Callable[[], Any]) -> Any:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    print(f"{label:<52} {statistics.median(times) * 1000:8.1f} ms  (best {min(times) * 1000:.1f})")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=5_000)
    parser.add_argument("--invoices", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with temporary_database() as url:
        engine = make_engine(url)
        upgrade(engine)
        headoffice.set_up_company(engine, "Bench SARL", "بنش", "DZ", "DZD")
        alger, _ = headoffice.add_branch(engine, "ALG01", "Alger", "الجزائر")
        oran, _ = headoffice.add_branch(engine, "ALG02", "Oran", "وهران")
        started = time.perf_counter()
        with unit_of_work(engine, head_office=True) as conn:
            for statement in _FILL:
                conn.execute(
                    text(statement),
                    {
                        "customers": args.customers,
                        "invoices": args.invoices,
                        "alger": alger,
                        "oran": oran,
                    },
                )
        # As the owner: inside erp_app's transaction ANALYZE skips every table it does not
        # own, and the planner, without statistics, expects one invoice and nests loops.
        with engine.connect() as conn:
            conn.execute(text("ANALYZE"))
            conn.commit()
        print(
            f"{args.customers:,} customers, {args.invoices:,} invoices over two branches "
            f"filled in {time.perf_counter() - started:.0f} s"
        )
        reader = Reader(uuid4(), "bench", True, None)
        report = _median(
            "aged_receivables (server report)",
            args.runs,
            lambda: aged_receivables(engine, reader, AS_OF),
        )

        def bare() -> list[Any]:
            with unit_of_work(engine, head_office=True) as conn:
                return list(conn.execute(text(BARE)))

        _median("bare scan: totals per customer and currency", args.runs, bare)
        with unit_of_work(engine, head_office=True) as conn:
            plan = conn.execute(
                text(
                    "EXPLAIN (FORMAT JSON) SELECT id FROM sales.business_documents "
                    "WHERE kind = 'customer_invoice'"
                )
            ).scalar_one()
        print(
            f"invoices the planner expects under row-level security: "
            f"{int(plan[0]['Plan']['Plan Rows']):,} (there are {args.invoices:,})"
        )
        print(f"{len(report.rows):,} rows, open: {report.summary['totals']}")
        engine.dispose()


if __name__ == "__main__":
    main()
