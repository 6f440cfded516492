"""Benchmark: a customer's profile page on a replica holding two years of sales, beside a
raw probe of the same rows (not a test; run by hand).

    python benchmarks/bench_customer_profile.py [--customers 3000] [--per-day 300] [--runs 50]

A test branch (tests.builders) given ``--customers`` customers and two years (730 days) of
``--per-day`` sales to customers, as CRM records them (``customer_documents``, one earn
movement each in ``loyalty_movements``), from both branches, plus returns, interactions and
opportunities (raw inserts: the replica's size is what matters here). The customer measured
is a regular: one sale in 150 is theirs (two a day: about 1,500 documents and movements).

Printed, median and p99, in the same run on the same file:
- the page (app.crm.page.customer_page: profile, consent, history summary and timeline,
  the loyalty replay, interactions, opportunities);
- the history as it was read before (every document row folded in Python), for comparison;
- the raw probe: the same rows read by bare sqlite3 (documents, movements, interactions of
  the customer), nothing computed.
The target is the page under 100 ms.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from erp_desktop.app.crm.history import history_from
from erp_desktop.app.crm.page import customer_page
from erp_desktop.kernel.ids import new_id
from tests.builders import build_branch

STAMP = "2026-03-10T08:00:00.000000Z"


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _grow(path: Path, customers: int, per_day: int, seed: int) -> str:
    rng = random.Random(seed)
    raw = sqlite3.connect(path)
    currency = raw.execute("SELECT currency FROM company").fetchone()[0]
    ids = [new_id().hex for _ in range(customers)]
    raw.executemany(
        "INSERT INTO customers (id, name, name_ar, phone, email, tax_id, store_credit_minor, "
        "currency, field_clocks, metadata, created_at, updated_at) "
        "VALUES (?, ?, '', ?, '', '', 0, ?, '{}', '{}', ?, ?)",
        [(c, f"Client {i:05d}", f"0550{i:06d}", currency, STAMP, STAMP) for i, c in enumerate(ids)],
    )
    regular = ids[0]
    start = datetime(2024, 3, 10, 8, 0, tzinfo=UTC)
    documents, movements, interactions = [], [], []
    for day in range(730):
        for n in range(per_day):
            at = start + timedelta(days=day, minutes=n * 2)
            who = regular if n % 150 == 0 else rng.choice(ids)
            doc = new_id().hex
            amount = rng.randint(500, 50_000) * 100
            site = "ALG01" if n % 3 else "ALG02"
            kind = "return" if n % 97 == 0 else "sale"
            documents.append(
                (
                    doc,
                    who,
                    kind,
                    f"{site}-C1-{day:04d}-{n:06d}",
                    _iso(at),
                    site,
                    amount,
                    currency,
                    0,
                    None,
                    STAMP,
                    STAMP,
                )
            )
            if kind == "sale":
                movements.append(
                    (
                        new_id().hex,
                        who,
                        "earn",
                        amount // 10_000 or 1,
                        _iso(at),
                        site,
                        doc,
                        f"{at.year:04d}-{at.month:02d}",
                        None,
                        STAMP,
                        STAMP,
                    )
                )
        if day % 7 == 0:
            interactions.append(
                (
                    new_id().hex,
                    regular,
                    "call",
                    _iso(start + timedelta(days=day)),
                    "ALG01",
                    "karim",
                    "Appel de suivi",
                    None,
                    None,
                    "{}",
                    STAMP,
                    STAMP,
                )
            )
    raw.executemany(
        "INSERT INTO customer_documents (id, customer_id, kind, number, at, site, amount_minor, "
        "currency, due_minor, applies_to, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        documents,
    )
    raw.executemany(
        "INSERT INTO loyalty_movements (id, customer_id, kind, points, at, site, source_id, "
        "lot_month, lot_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        movements,
    )
    raw.executemany(
        "INSERT INTO interactions (id, customer_id, kind, at, site, owner, text, follow_up_on, "
        "status, field_clocks, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        interactions,
    )
    raw.commit()
    raw.close()
    print(
        f"replica: {customers} customers, {len(documents)} documents, "
        f"{len(movements)} point movements, {len(interactions)} interactions"
    )
    return regular


def _timed(work: Callable[[], object], runs: int) -> tuple[list[float], list[float]]:
    """Wall and CPU milliseconds of each run: on a loaded machine the wall p99 is mostly
    the waits for a core, the CPU time what the work itself costs."""
    for _ in range(3):
        work()
    wall, cpu = [], []
    for _ in range(runs):
        begin, begin_cpu = time.perf_counter_ns(), time.process_time_ns()
        work()
        wall.append((time.perf_counter_ns() - begin) / 1e6)
        cpu.append((time.process_time_ns() - begin_cpu) / 1e6)
    return wall, cpu


def _p99(ms: list[float]) -> float:
    ordered = sorted(ms)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


def _report(name: str, timed: tuple[list[float], list[float]]) -> None:
    wall, cpu = timed
    print(
        f"{name:<40} median {statistics.median(wall):8.2f} ms   p99 {_p99(wall):8.2f} ms"
        f"   (CPU median {statistics.median(cpu):7.2f} ms, p99 {_p99(cpu):7.2f} ms)"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=3000)
    parser.add_argument("--per-day", type=int, default=300)
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench_profile_"))
    branch = build_branch(folder)
    path = folder / "ALG01.sqlite3"
    regular_hex = _grow(path, args.customers, args.per_day, args.seed)
    from uuid import UUID

    regular = UUID(regular_hex)
    actor = branch.actor("cashier")
    page = customer_page(branch.deps, actor, regular)
    print(
        f"the regular: {len(page.history.documents)} documents, "
        f"{len(page.loyalty.movements)} movements, {len(page.interactions)} interactions, "
        f"lifetime value {page.history.summary.lifetime_value}"
    )
    raw = sqlite3.connect(path)

    def probe() -> None:
        for table in ("customer_documents", "loyalty_movements", "interactions"):
            raw.execute(
                f"SELECT * FROM {table} WHERE customer_id = ? ORDER BY at", (regular_hex,)
            ).fetchall()

    _report(
        "profile page (app.crm.page)",
        _timed(lambda: customer_page(branch.deps, actor, regular), args.runs),
    )

    def folded() -> None:  # the summary folded from every document row, as before
        with branch.deps.store.read() as tx:
            history_from(tx, regular, 200)

    _report("  history folded from every row", _timed(folded, args.runs))
    _report("raw probe (the same rows, sqlite3)", _timed(probe, args.runs))
    raw.close()
    branch.replica.close()


if __name__ == "__main__":
    main()
