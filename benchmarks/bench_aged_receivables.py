"""Benchmark: the aged receivables over 5,000 customers and 100,000 open invoices on a
replica, beside raw SQLite probes of the same data (run by hand).

    python benchmarks/bench_aged_receivables.py [--customers 5000] [--invoices 100000]

Fills a migrated replica with business customers, invoices on account (one due line each,
every tenth in three instalments), a payment for every third invoice (part of it, so each
stays open), and a bounced cheque for one payment in fifty; then times, each the median of
``--runs``:
1. the repository's ``aged_receivables`` (what the screen and the reminders call);
2. the same SQL statement through sqlite3 directly (what SQLAlchemy adds);
3. the full computation from the documents through sqlite3 (what the repository runs for a
   day in the past, and what ``receivable_dues`` saves);
4. a bare scan summing the invoices' totals per customer and currency (one pass over the
   invoices, without due lines, payments nor ageing).
The issue's aim: at most 200 ms on the replica.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from uuid import uuid4

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from erp_desktop.storage.repositories import receivables as repo
from tests.builders import build_branch

BARE = (
    "SELECT customer_id, currency, SUM(total_minor) FROM business_documents "
    "WHERE kind = 'customer_invoice' AND status = 'final' GROUP BY customer_id, currency"
)


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def fill(path: Path, customers: int, invoices: int, seed: int) -> date:
    rng = random.Random(seed)
    conn = sqlite3.connect(path)
    branch = conn.execute("SELECT id FROM branches WHERE is_local = 1").fetchone()
    branch_id = branch[0] if branch else conn.execute("SELECT id FROM branches").fetchone()[0]
    now = datetime(2026, 6, 30, 10, 0, tzinfo=UTC)
    st = _stamp(now)
    people = [uuid4().hex for _ in range(customers)]
    conn.executemany(
        "INSERT INTO customers (id, name, name_ar, phone, email, tax_id, store_credit_minor, "
        "currency, field_clocks, metadata, legal_ids, billing_address, delivery_address, terms, "
        "credit_limit, limit_blocks, discount_percent, account_currency, created_at, updated_at) "
        "VALUES (?, ?, '', '', '', '', 0, 'DZD', '{}', '{}', '', '', '', 'net:30', '', '', '', '', ?, ?)",
        [(p, f"Client {i:05d}", st, st) for i, p in enumerate(people)],
    )
    docs, dues, pays, allocs, events = [], [], [], [], []
    for i in range(invoices):
        doc = uuid4().hex
        issued = now - timedelta(days=rng.randrange(0, 200))
        total = rng.randrange(10_000, 5_000_000)
        currency = "EUR" if i % 40 == 0 else "DZD"
        docs.append(
            (doc, f"ALG01-FA-2026-{i + 1:06d}", branch_id, rng.choice(people), _stamp(issued),
             currency, "1" if currency == "DZD" else "148.5", total, st, st)
        )  # fmt: skip
        parts = [total] if i % 10 else [total // 3, total // 3, total - 2 * (total // 3)]
        for k, part in enumerate(parts):
            due = (issued + timedelta(days=30 * (k + 1))).date().isoformat()
            dues.append((uuid4().hex, doc, due, part, st, st))
        if i % 3 == 0:
            pay = uuid4().hex
            paid = total // 2
            pays.append(
                (pay, f"ALG01-RC-2026-{len(pays) + 1:06d}", branch_id, docs[-1][3],
                 _stamp(min(issued + timedelta(days=5), now)), "cheque" if i % 2 else "transfer", paid,
                 currency, "1", st, st)
            )  # fmt: skip
            allocs.append((uuid4().hex, pay, doc, paid, docs[-1][6], st, st))
            if i % 150 == 0:
                events.append(
                    (uuid4().hex, f"ALG01-IE-2026-{len(events) + 1:06d}", branch_id, pay,
                     _stamp(min(issued + timedelta(days=20), now)), st, st)
                )  # fmt: skip
    conn.executemany(
        "INSERT INTO business_documents (id, kind, number, status, branch_id, customer_id, "
        "issued_at, currency, rate, price_mode, base_minor, vat_minor, stamp_duty_minor, "
        "total_minor, terms, created_at, updated_at) VALUES (?, 'customer_invoice', ?, 'final', "
        "?, ?, ?, ?, ?, 'tax_excluded', 0, 0, 0, ?, 'net:30', ?, ?)",
        docs,
    )
    conn.executemany(
        "INSERT INTO business_due_lines (id, document_id, due_on, amount_minor, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?)",
        dues,
    )
    conn.executemany(
        "INSERT INTO customer_payments (id, kind, number, branch_id, customer_id, received_at, "
        "tender, amount_minor, currency, rate, stamp_duty_minor, reference, bank, "
        "instrument_number, instrument_due, created_at, updated_at) VALUES (?, "
        "'customer_payment', ?, ?, ?, ?, ?, ?, ?, ?, 0, 'r', 'b', 'n', '2026-07-01', ?, ?)",
        pays,
    )
    conn.executemany(
        "INSERT INTO payment_allocations (id, payment_id, invoice_id, amount_minor, booked_rate, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        allocs,
    )
    conn.executemany(
        "INSERT INTO instrument_events (id, kind, number, branch_id, payment_id, happened_at, "
        "created_at, updated_at) VALUES (?, 'instrument_bounced', ?, ?, ?, ?, ?, ?)",
        events,
    )
    conn.commit()
    conn.execute("ANALYZE")
    conn.close()
    print(
        f"{customers:,} customers, {invoices:,} invoices ({len(dues):,} due lines), "
        f"{len(pays):,} payments, {len(events):,} bounced"
    )
    return now.date()


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
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    branch = build_branch(folder, stock=0)
    path = branch.replica.path
    branch.replica.close()
    as_of = fill(path, args.customers, args.invoices, args.seed)
    from erp_desktop.storage.engine import Replica
    from erp_desktop.storage.store import SqliteStore

    store = SqliteStore(Replica(path))

    def through_repository() -> list[Any]:
        with store.read() as view:
            return view.receivables.aged_receivables(as_of)

    rows = _median("aged_receivables (repository)", args.runs, through_repository)
    raw = sqlite3.connect(path)
    until = repo._end_of("DZ", as_of)
    params = {"until": until, "as_of": as_of.isoformat()}
    fast = repo._thresholds(as_of)
    _median(
        "the same SQL through sqlite3",
        args.runs,
        lambda: raw.execute(repo._AGED_NOW, fast).fetchall(),
    )
    full = _median(
        "full computation from the documents (sqlite3)",
        args.runs,
        lambda: raw.execute(repo._AGED, params).fetchall(),
    )
    same = [(r.customer, r.currency, r.buckets) for r in rows] == [
        (f[1], f[2], tuple(f[3:8])) for f in full
    ]
    print(f"the derived open dues give the full computation's figures: {same}")
    _median(
        "bare scan: totals per customer and currency",
        args.runs,
        lambda: raw.execute(BARE).fetchall(),
    )
    owed = sum(r.total for r in rows if r.currency == "DZD")
    print(f"{len(rows):,} rows (customer x currency), {owed / 100:,.2f} DZD open")


if __name__ == "__main__":
    main()
