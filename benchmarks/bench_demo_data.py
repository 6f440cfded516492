"""Benchmark: building a demo replica at realistic volume (not a test; run by hand).

    python benchmarks/bench_demo_data.py --products 50000 --days 730
    python benchmarks/bench_demo_data.py --products 50000 --days 10 --probe

Prints the time, the part of it the trading days took (what grows with the days), the rate
of sales and movements, and the replica's size. ``--probe`` then times the raw floor of the
days' writes in the same run: the very rows the days wrote for their sales (documents,
lines, payments, their journal entries and lines, their stock movements) read back and
inserted with bare ``executemany`` into an empty replica of the same schema (its audit and
day-total triggers firing as in the build), one transaction per table.
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
from pathlib import Path

from erp_desktop.demo.generator import build_demo_replica
from erp_desktop.storage.engine import Replica
from erp_desktop.storage.migrate import upgrade_replica

# the rows a day writes for its tickets (and the evening's few returns), table by table
SOLD = "SELECT id FROM sales_documents"
DAY_ROWS = {
    "sales_documents": "SELECT * FROM sales_documents",
    "sales_lines": "SELECT * FROM sales_lines",
    "sales_payments": "SELECT * FROM sales_payments",
    "journal_entries": f"SELECT * FROM journal_entries WHERE source_id IN ({SOLD})",
    "journal_lines": "SELECT * FROM journal_lines WHERE entry_id IN "
    f"(SELECT id FROM journal_entries WHERE source_id IN ({SOLD}))",
    "stock_movements": f"SELECT * FROM stock_movements WHERE document_id IN ({SOLD})",
}


def probe(built: Path, folder: Path) -> tuple[float, int]:
    """Seconds to insert the days' rows bare into an empty replica, and how many rows."""
    empty = folder / "probe.sqlite3"
    replica = Replica(empty)
    upgrade_replica(replica)
    replica.close()
    source = sqlite3.connect(built)
    tables = {t: source.execute(query).fetchall() for t, query in DAY_ROWS.items()}
    source.close()
    target = sqlite3.connect(empty, isolation_level=None)
    target.execute("PRAGMA journal_mode=WAL")
    target.execute("PRAGMA synchronous=FULL")
    started = time.perf_counter()
    for table, rows in tables.items():
        if rows:
            marks = ", ".join("?" * len(rows[0]))
            target.execute("BEGIN")
            target.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
            target.execute("COMMIT")
    seconds = time.perf_counter() - started
    target.close()
    return seconds, sum(len(r) for r in tables.values())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--products", type=int, default=50000)
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--probe", action="store_true", help="time the raw floor too")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    path = args.out or folder / "bench.sqlite3"
    began = time.perf_counter()
    summary = build_demo_replica(
        path,
        products=args.products,
        days=args.days,
        progress=lambda m: print(f"{time.perf_counter() - began:7.1f} s  {m}", flush=True),
    )
    size = path.stat().st_size / 2**20
    print(
        f"{summary.products} products, {summary.days} days: {summary.sales} sales, {summary.returns} returns, "
        f"{summary.movements} movements in {summary.seconds:.1f} s "
        f"({summary.sales / summary.seconds:.0f} sales/s, {summary.movements / summary.seconds:.0f} movements/s), "
        f"{size:.0f} MiB; trading days {summary.trading_seconds:.1f} s "
        f"({summary.sales / summary.trading_seconds:.0f} sales/s)"
    )
    if args.probe:
        seconds, rows = probe(path, folder)
        print(
            f"raw probe: the days' {rows} rows inserted bare in {seconds:.1f} s "
            f"({summary.sales / seconds:.0f} sales/s); build's trading days x"
            f"{summary.trading_seconds / seconds:.1f} of it"
        )


if __name__ == "__main__":
    main()
