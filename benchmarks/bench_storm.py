"""Benchmark: a storm, every branch pushing its day at once after an outage (run by hand).

    python benchmarks/bench_storm.py [--branches 50] [--sales-per-branch 100] [--workers 2]
                                     [--batch 500] [--interval 0.2] [--idle-probes 25]
                                     [--build-jobs 3] [--till-sales 600] [--in-flight 0]

Needs PostgreSQL as the tests find it (tests/pg.py); makes a throwaway database and drops
it. Issue 19: "50 branches each pushing a day at once through several workers; the time
to drain, and the p99 of a small push and of a pull during the storm (a till is never
starved)".

1. Each of ``--branches`` branches is a real replica (``tests.builders.build_branch``,
   its own code, warehouse, register, numbering series and users) selling
   ``--sales-per-branch`` tickets through the till's checkout (1 to 4 lines, cash): its
   own day, its own hash chain, nothing re-keyed (``--build-jobs`` replicas built side by
   side, each in a process of its own, before the server starts). Head office knows each branch, its
   register and users; each branch enrolls a device over HTTP with its one-time token.
2. The server runs in its own process, ``erp-sync-server serve --workers N`` (uvicorn's
   workers sharing one socket), over real HTTP on loopback.
3. A till of another branch (ALG01) probes every ``--interval`` s: a small push (one sale
   and its stock movements) and a pull (a page of 100 of its feed from the start); first
   one after the other on the idle server (the baseline), then during the storm, the
   pushes and the pulls each from a thread of their own.
4. The storm: every branch's outbox in batches of ``--batch`` (the client's batch), all
   branches at once (or ``--in-flight`` at a time, the next branch starting as one is
   done), each from its own thread and HTTP client, its batches in order. A
   5xx or a lost connection is sent again, the same batch (replay-safe), after a short
   back-off, as the branch's sync would retry; after a busy server's 503 (the till's lane,
   ``sync.server_busy``) at its Retry-After; the retries are counted.
5. Drain: until every branch's last batch is answered; then until the server's outbox
   (chain links checked after commit) has nothing pending.
6. Checks: every sale and movement landed exactly once, counted by branch; the nightly
   reconcile is clean.
7. The raw probe: a COPY of the very rows the storm wrote (documents, payments, journal
   entries and lines, stock movements) into bare tables of the same shape, same run.
"""

from __future__ import annotations

import argparse
import io
import multiprocessing
import random
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any
from uuid import UUID

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import Engine, text

from benchmarks.sync_server_process import sync_server_process
from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.errors import ErpError
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from erp_desktop.storage.outbox import pending_changes
from erp_desktop.sync.client import SyncClient
from erp_desktop.sync.runner import PUSH_BATCH, make_batch
from sync_server.db.engine import make_engine, unit_of_work
from sync_server.db.migrate import upgrade
from sync_server.services import headoffice
from sync_server.services.reconcile import reconcile
from tests.builders import Branch, build_branch
from tests.pg import temporary_database
from tests.server.helpers import head_office_for, register_users

COPIED = (
    "sales.documents",
    "sales.payments",
    "accounting.journal_entries",
    "accounting.journal_lines",
    "inventory.stock_movements",
)
RETRIES = 8  # a batch sent again this many times at most (5xx, connection lost)
BUSY_RETRIES = 500  # ... and after a busy server's 503 (sync.server_busy), at Retry-After
CHAIN_DAY = 400_000  # issue 19: a 200-branch chain's day, about 400,000 tickets


@dataclass
class Day:
    """One branch's day as its outbox holds it, and what head office gave it."""

    code: str
    branch_id: UUID
    token: str
    rows: list[dict[str, Any]]

    @property
    def sales(self) -> int:
        return sum(1 for r in self.rows if r["entity"] == "sale")

    @property
    def movements(self) -> int:
        return sum(1 for r in self.rows if r["entity"] == "stock_movement")


@dataclass
class Probe:
    """A till's timings (seconds) of its small pushes and of its pulls."""

    pushes: list[float] = field(default_factory=list)
    pulls: list[float] = field(default_factory=list)
    retries: int = 0


@dataclass(frozen=True)
class Storm:
    """What a run did and found: each branch's day, the till's, what did not add up."""

    days: list[Day]
    till_branch_id: UUID
    till_sales: int  # pushed by the till's probe, idle and during the storm
    problems: list[str]
    reconcile_clean: bool

    @property
    def ok(self) -> bool:
        return not self.problems and self.reconcile_clean


def parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser()
    parser.add_argument("--branches", type=int, default=50)
    parser.add_argument("--sales-per-branch", type=int, default=100)
    parser.add_argument("--workers", type=int, default=2, help="uvicorn workers")
    parser.add_argument("--batch", type=int, default=PUSH_BATCH)
    parser.add_argument("--interval", type=float, default=0.2, help="seconds between probes")
    parser.add_argument("--idle-probes", type=int, default=25)
    parser.add_argument(
        "--in-flight",
        type=int,
        default=0,
        help="at most this many branches pushing at a time (0: all at once); what a "
        "server-side queue for big pushes would do",
    )
    parser.add_argument("--build-jobs", type=int, default=3, help="replicas built at once")
    parser.add_argument("--till-sales", type=int, default=600, help="small pushes available")
    return parser


def main() -> None:
    args = parser().parse_args()
    with temporary_database() as url:
        engine = make_engine(url)
        try:
            upgrade(engine)
            storm = run(engine, url, args)
        finally:
            engine.dispose()
    print("every sale and movement landed exactly once, reconcile clean" if storm.ok else "FAILED")
    if not storm.ok:
        sys.exit(1)


def run(
    engine: Engine,
    url: str,
    args: argparse.Namespace,
    server: Callable[[str], AbstractContextManager[str]] | None = None,
) -> Storm:
    """The storm on a migrated, empty database at ``url`` (``engine`` on it), against
    ``erp-sync-server serve --workers N`` unless another ``server`` (a context manager
    given the database URL, yielding the base URL) is given."""
    folder = Path(tempfile.mkdtemp())
    till = build_branch(folder, "ALG01", stock=10 * args.till_sales)
    head_office_for(engine, till)
    till_groups = _sale_groups(_sell(till, args.till_sales))
    start = time.perf_counter()
    ids = till.ids  # type: ignore[attr-defined]  # the catalog, the company's branches
    made_by = partial(_branch_day, url, folder, ids, args.sales_per_branch)
    if args.build_jobs > 1:  # replicas are independent: built side by side
        spawn = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(args.build_jobs, mp_context=spawn) as builders:
            days = list(builders.map(made_by, range(args.branches)))
    else:
        days = [made_by(n) for n in range(args.branches)]
    made = time.perf_counter() - start
    sales = sum(d.sales for d in days)
    changes = sum(len(d.rows) for d in days)
    print(
        f"{args.branches} replicas sold {sales:,} tickets ({changes:,} changes, "
        f"{sum(d.movements for d in days):,} of them stock movements) in {made:.0f} s"
    )
    with (server or partial(sync_server_process, workers=args.workers))(url) as base:
        clients = {}
        for day in days:
            client = SyncClient(base)
            clients[day.code] = (client, client.enroll(day.token))
        till_client = SyncClient(base)
        _device, token = headoffice.add_device(engine, "ALG01", "till probe")
        till_enrollment = till_client.enroll(token)
        setup, sold = till_groups
        _send(till_client, make_batch(setup, till_enrollment.device_id, till.branch_id))
        sequence = iter(sold)

        def small_push(probe: Probe) -> None:
            group = next(sequence, None)
            if group is None:
                return
            began = time.perf_counter()
            probe.retries += _send(
                till_client, make_batch(group, till_enrollment.device_id, till.branch_id)
            )
            probe.pushes.append(time.perf_counter() - began)

        def pull(probe: Probe) -> None:
            began = time.perf_counter()
            page = till_client.pull(0, 100)
            probe.pulls.append(time.perf_counter() - began)
            assert page["changes"], "the till's feed is empty"

        idle = Probe()
        for _ in range(args.idle_probes):
            small_push(idle)
            pull(idle)
            time.sleep(args.interval)
        storm, stop = Probe(), threading.Event()

        def probing(probe: Callable[[Probe], None]) -> None:
            while not stop.is_set():
                probe(storm)
                stop.wait(args.interval)

        probers = [threading.Thread(target=probing, args=(p,)) for p in (small_push, pull)]
        retries: Counter[str] = Counter()

        def push_day(day: Day) -> float:
            client, enrollment = clients[day.code]
            for i in range(0, len(day.rows), args.batch):
                batch = make_batch(
                    day.rows[i : i + args.batch], enrollment.device_id, day.branch_id
                )
                retries[day.code] += _send(client, batch)
            return time.perf_counter() - began

        for prober in probers:
            prober.start()
        began = time.perf_counter()
        with ThreadPoolExecutor(min(args.in_flight or len(days), len(days))) as pool:
            finished = sorted(pool.map(push_day, days))
        drained = time.perf_counter() - began
        outbox_empty = _outbox_drained(engine) - began
        stop.set()
        for prober in probers:
            prober.join()
        for client, _ in clients.values():
            client.close()
        till_client.close()
    counts = _landed(engine)
    till_sales = len(idle.pushes) + len(storm.pushes)
    problems = _check_counts(days, till, counts, till_sales)
    report = reconcile(engine)
    copy_seconds, copied = _raw_copy(engine, [d.branch_id for d in days])
    _report(args, days, drained, outbox_empty, finished, retries, idle, storm, copy_seconds, copied)
    print("\n" + "\n".join(report.lines()))
    for problem in problems:
        print(f"NOT LANDED EXACTLY ONCE: {problem}")
    till.replica.close()
    return Storm(days, till.branch_id, till_sales, problems, report.clean)


def _sell(branch: Branch, count: int, seed: int = 7) -> list[dict[str, Any]]:
    """The branch's day: ``count`` tickets through the till's checkout; its outbox."""
    cashier = branch.actor("cashier")
    open_cash_session(branch.deps, cashier, Money.of(Decimal(0), "DZD"))
    rng = random.Random(seed)
    for _ in range(count):
        lines = tuple(
            CartLine(branch.products[rng.randrange(10)], Decimal(rng.randint(1, 3)))
            for _ in range(rng.randint(1, 4))
        )
        tender = Tender(TenderKind.CASH, Money.of(Decimal(2000000), "DZD"))
        checkout(branch.deps, cashier, CheckoutRequest(lines, (tender,)))
    with branch.replica.read() as conn:
        return pending_changes(conn, 10**9)


def _branch_day(url: str, folder: Path, shared: dict[str, UUID], sales: int, n: int) -> Day:
    """A branch of its own (code, warehouse, register, series, users) known at head office,
    a device's enrollment token, and its replica's day of ``sales`` tickets (run in a
    process of its own with ``--build-jobs``: its own engine)."""
    code = f"S{n + 1:03d}"
    branch = build_branch(
        folder, code, stock=10 * sales, ids=shared, user_prefix=f"{code.lower()}_"
    )
    ids = branch.ids  # type: ignore[attr-defined]
    own = code.lower()
    engine = make_engine(url, pool_size=1)
    try:
        headoffice.add_branch(
            engine, code, f"Magasin {code}", f"الفرع {code}", ids[own], ids[f"wh_{own}"]
        )
        headoffice.add_register(engine, code, "C1", 500, ids[f"reg_{own}"])
        register_users(engine, branch)
        _device, token = headoffice.add_device(engine, code, "till")
    finally:
        engine.dispose()
    rows = _sell(branch, sales, seed=n)
    branch.replica.close()
    return Day(code, branch.branch_id, token, rows)


def _sale_groups(
    rows: list[dict[str, Any]],
) -> tuple[list[dict[str, Any]], list[list[dict[str, Any]]]]:
    """The rows that are no sale's (the goods received, the cash session), then each sale
    with the stock movements its checkout wrote (they name it), in outbox order."""
    sales = {str(r["entity_id"]) for r in rows if r["entity"] == "sale"}
    mine: dict[str, list[dict[str, Any]]] = {s: [] for s in sales}
    setup = []
    for row in rows:
        if row["entity"] == "sale":
            mine[str(row["entity_id"])].append(row)
        elif row["entity"] == "stock_movement" and row["payload"].get("document_id") in sales:
            mine[row["payload"]["document_id"]].append(row)
        else:
            setup.append(row)
    groups = sorted(mine.values(), key=lambda g: g[-1]["seq"])
    assert all(g[-1]["entity"] == "sale" and len(g) > 1 for g in groups)
    return setup, groups


def _send(client: SyncClient, batch: dict[str, Any]) -> int:
    """Pushes a batch until answered (the same batch again after a 5xx or a lost
    connection, as the branch's sync retries); how many times it was sent again. Every
    change must be accepted."""
    attempt = busy = 0
    while True:
        try:
            answer = client.push(batch)
        except ErpError as error:
            if error.code == "sync.server_busy" and busy < BUSY_RETRIES:  # the till's lane
                busy += 1
                time.sleep(float(error.params["retry_after"]) * random.uniform(1.0, 1.4))
                continue
            if error.code not in ("sync.server_error", "sync.offline") or attempt == RETRIES:
                raise
            time.sleep(0.2 * 2**attempt * random.uniform(0.5, 1.5))
            attempt += 1
            continue
        refused = [r for r in answer["results"] if r["status"] != "accepted"]
        assert not refused, refused[:3]
        return attempt + busy


def _outbox_drained(engine: Engine, timeout: float = 600.0) -> float:
    """When the server's outbox had nothing pending any more (perf_counter)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with unit_of_work(engine, head_office=True) as conn:
            left = conn.execute(text("SELECT count(*) FROM sync.outbox WHERE done_at IS NULL"))
            if left.scalar_one() == 0:
                return time.perf_counter()
        time.sleep(0.1)
    raise TimeoutError("the server's outbox did not drain")


def _landed(engine: Engine) -> dict[str, Counter[UUID]]:
    counts: dict[str, Counter[UUID]] = {}
    with unit_of_work(engine, head_office=True) as conn:
        for name, table in (
            ("sales", "sales.documents"),
            ("movements", "inventory.stock_movements"),
        ):
            rows = conn.execute(text(f"SELECT branch_id, count(*) FROM {table} GROUP BY 1"))
            counts[name] = Counter({UUID(str(b)): int(n) for b, n in rows})
    return counts


def _check_counts(
    days: list[Day], till: Branch, counts: dict[str, Counter[UUID]], till_sales: int
) -> list[str]:
    problems = []
    for day in days:
        for name, expected in (("sales", day.sales), ("movements", day.movements)):
            if counts[name][day.branch_id] != expected:
                problems.append(f"{day.code} {name}: {counts[name][day.branch_id]} != {expected}")
    if counts["sales"][till.branch_id] != till_sales:
        problems.append(f"till sales: {counts['sales'][till.branch_id]} != {till_sales}")
    return problems


def _raw_copy(engine: Engine, branches: list[UUID]) -> tuple[float, int]:
    """Seconds to COPY the rows the storm wrote (its branches') into bare tables of the same
    shape (no triggers, foreign keys nor row-level security), and how many rows."""
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        listed = ", ".join(f"'{UUID(str(b))}'" for b in branches)  # uuids: no quoting needed
        data = {}
        for table in COPIED:
            buffer = io.BytesIO()
            theirs = f"SELECT * FROM {table} WHERE branch_id IN ({listed})"
            with cursor.copy(f"COPY ({theirs}) TO STDOUT") as copy:
                for chunk in copy:
                    buffer.write(chunk)
            bare = "raw_" + table.replace(".", "_")
            cursor.execute(
                f"CREATE TABLE {bare} (LIKE {table} INCLUDING DEFAULTS INCLUDING INDEXES)"
            )
            data[bare] = buffer.getvalue()
        raw.commit()
        start = time.perf_counter()
        for bare, content in data.items():
            with cursor.copy(f"COPY {bare} FROM STDIN") as copy:
                copy.write(content)
        raw.commit()
        return time.perf_counter() - start, sum(c.count(b"\n") for c in data.values())
    finally:
        raw.close()


def _percentiles(seconds: list[float]) -> str:
    if not seconds:
        return "none"
    ordered = sorted(seconds)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return f"{statistics.median(ordered) * 1000:.0f} / {p99 * 1000:.0f} ms (n={len(ordered)})"


def _report(
    args: argparse.Namespace,
    days: list[Day],
    drained: float,
    outbox_empty: float,
    finished: list[float],
    retries: Counter[str],
    idle: Probe,
    storm: Probe,
    copy_seconds: float,
    copied: int,
) -> None:
    sales = sum(d.sales for d in days)
    changes = sum(len(d.rows) for d in days)
    rate = sales / drained
    print(
        f"\nstorm: {len(days)} branches x {args.sales_per_branch} tickets, "
        f"{args.in_flight or len(days)} branches pushing at a time, "
        f"{args.workers} uvicorn workers, batches of {args.batch}"
    )
    print("\n| | |\n|---|---:|")
    print(f"| time to drain (every branch's last batch answered) | {drained:.1f} s |")
    print(f"| ... and the server's outbox (chain links) empty | {outbox_empty:.1f} s |")
    print(
        f"| first / median / last branch done | {finished[0]:.1f} / "
        f"{statistics.median(finished):.1f} / {finished[-1]:.1f} s |"
    )
    print(f"| sales/s overall | {rate:,.0f} |")
    print(f"| changes/s overall | {changes / drained:,.0f} |")
    print(f"| batches sent again (503 busy, 5xx, connection lost) | {sum(retries.values())} |")
    print(
        f"| raw COPY of the very rows the storm wrote ({copied:,} rows) | {copy_seconds:.2f} s, "
        f"{sales / copy_seconds:,.0f} sales/s |"
    )
    print(f"| storm / COPY | {copy_seconds / drained:.1%} |")
    print("\n| till probe (p50 / p99) | idle server | during the storm |\n|---|---:|---:|")
    print(f"| small push (one sale) | {_percentiles(idle.pushes)} | {_percentiles(storm.pushes)} |")
    print(f"| pull (a page of 100) | {_percentiles(idle.pulls)} | {_percentiles(storm.pulls)} |")
    print(f"| till pushes sent again | {idle.retries} | {storm.retries} |")
    print(
        f"\nissue 19's chain, 200 branches (about {CHAIN_DAY:,} tickets) at the measured "
        f"{rate:,.0f} sales/s: {CHAIN_DAY / rate / 60:.1f} min to drain "
        f"(the issue: 9 min at 733 sales/s)"
    )


if __name__ == "__main__":
    main()
