"""Benchmark: head office's books on the server over two years of a branch's trade, each
report beside a plain GROUP BY of the same journal lines in the same run (run by hand).

    python benchmarks/bench_server_books.py [--days 730] [--runs 5] [--keep NAME]

Needs PostgreSQL as the tests find it (tests/pg.py). Writes ``--days`` of history with
``benchmarks/server_history.py`` (850 tickets a day, 8 journal lines each: 730 days are
4.96 million lines) into a fresh migrated database, then times, each the median of
``--runs`` in head office's scope:

- the trial balance of the last 12 months and of the last month, and the VAT summary of
  the last month, as ``/api/v1/reports`` answers them (``sync_server.services.reports``);
- the raw probe: ``SELECT account_code, sum(...) ... GROUP BY account_code`` (and ``role,
  vat_rate`` for VAT) over the same lines as the database's owner, without row-level
  security, in the same run; and the same GROUP BY over the day totals the reports read
  (migration 0031), the raw cost of the report's own query;
- the planner's estimate of the lines a company-wide reader scans under row-level security
  (the issue: 8k expected of 1.6 M).

``--keep NAME`` writes the history into database NAME once and reuses it on later runs.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from uuid import uuid4

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from server_history import write_history  # beside this file
from sqlalchemy import Engine, create_engine, text

from sync_server.db.engine import database_url, make_engine, unit_of_work
from sync_server.db.migrate import upgrade
from sync_server.services import headoffice
from sync_server.services.reports import Reader, trial_balance, vat_summary
from tests.pg import server_url, temporary_database, with_database

PLAIN_TB = (
    "SELECT account_code, sum(amount_minor) FILTER (WHERE side = 'debit'), "
    "sum(amount_minor) FILTER (WHERE side = 'credit') FROM accounting.journal_lines "
    "WHERE entry_date BETWEEN :start AND :end GROUP BY account_code"
)
PLAIN_TOTALS = (  # the same sums from the day totals: the report's own raw work
    "SELECT account_code, sum(debit_minor), sum(credit_minor) FROM accounting.ledger_day_totals "
    "WHERE entry_date BETWEEN :start AND :end GROUP BY account_code"
)
PLAIN_VAT = (
    "SELECT role, vat_rate, sum(amount_minor) FILTER (WHERE side = 'debit'), "
    "sum(amount_minor) FILTER (WHERE side = 'credit') FROM accounting.journal_lines "
    "WHERE entry_date BETWEEN :start AND :end GROUP BY role, vat_rate"
)


def _median(runs: int, work: Callable[[], Any]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _fill(engine: Engine, days: int) -> None:
    headoffice.set_up_company(engine, "Bench SARL", "بنش", "DZ", "DZD")
    branch, warehouse = headoffice.add_branch(engine, "ALG02", "Oran", "وهران")
    register = headoffice.add_register(engine, "ALG02", "C1")
    template = {"cashier_id": str(uuid4()), "lines": [], "payments": []}
    started = time.perf_counter()
    counts = write_history(engine, days, branch, register, warehouse, template)
    print(f"history written in {time.perf_counter() - started:.0f} s: {json.dumps(counts)}")


def _estimate(engine: Engine, start: date, end: date) -> tuple[int, int]:
    """(rows the planner expects a company-wide reader to scan, rows there are)."""
    with unit_of_work(engine, head_office=True) as conn:
        plan = conn.execute(
            text(
                "EXPLAIN (FORMAT JSON) SELECT account_code FROM accounting.journal_lines "
                "WHERE entry_date BETWEEN :start AND :end"
            ),
            {"start": start, "end": end},
        ).scalar_one()
        real = conn.execute(
            text(
                "SELECT count(*) FROM accounting.journal_lines "
                "WHERE entry_date BETWEEN :start AND :end"
            ),
            {"start": start, "end": end},
        ).scalar_one()
    return int(plan[0]["Plan"]["Plan Rows"]), int(real)


def _plain(owner: Engine, sql: str, start: date, end: date) -> None:
    """The raw probe: the same lines summed by the owner, no row-level security."""
    with owner.connect() as conn:
        conn.execute(text(sql), {"start": start, "end": end}).all()


def run(url: str, runs: int) -> None:
    engine = make_engine(url)
    owner = create_engine(database_url(url))
    reader = Reader(uuid4(), "bench", True, None)
    end = date.today()
    periods = {"12 months": end - timedelta(365), "1 month": end - timedelta(30)}
    print(
        f"{'':<34} {'report':>10} {'plain GROUP BY':>15} {'ratio':>7} {'GROUP BY day totals':>20}"
    )
    for label, start in periods.items():
        expected, real = _estimate(engine, start, end)
        print(f"  ({label}: {real:,} lines; the planner expects {expected:,} under RLS)")

        report = _median(runs, lambda since=start: trial_balance(engine, reader, since, end))
        raw = _median(runs, lambda since=start: _plain(owner, PLAIN_TB, since, end))
        totals = _median(runs, lambda since=start: _plain(owner, PLAIN_TOTALS, since, end))
        print(
            f"trial balance, {label:<19} {report * 1000:8.1f} ms {raw * 1000:12.1f} ms "
            f"{report / raw:6.2f}x {totals * 1000:17.1f} ms"
        )
    start = periods["1 month"]
    report = _median(runs, lambda: vat_summary(engine, reader, start, end))
    raw = _median(runs, lambda: _plain(owner, PLAIN_VAT, start, end))
    print(
        f"VAT summary, 1 month{'':<14} {report * 1000:8.1f} ms {raw * 1000:12.1f} ms "
        f"{report / raw:6.2f}x"
    )
    owner.dispose()
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--days", type=int, default=730)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", help="a database to write the history into once and reuse")
    args = parser.parse_args()
    if args.keep:
        admin = create_engine(database_url(server_url()), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            exists = conn.execute(
                text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": args.keep}
            ).scalar()
            if not exists:
                conn.execute(text(f'CREATE DATABASE "{args.keep}"'))
        admin.dispose()
        url = with_database(server_url(), args.keep)
        engine = make_engine(url)
        upgrade(engine)
        with engine.connect() as conn:
            empty = conn.execute(text("SELECT count(*) = 0 FROM auth.company")).scalar()
        if empty:
            _fill(engine, args.days)
        engine.dispose()
        run(url, args.runs)
        return
    with temporary_database() as url:
        engine = make_engine(url)
        upgrade(engine)
        _fill(engine, args.days)
        engine.dispose()
        run(url, args.runs)


if __name__ == "__main__":
    main()
