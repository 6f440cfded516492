"""Benchmark: where a push's merge waits on PostgreSQL, statement by statement (run by hand).

    python benchmarks/bench_merge_statements.py [--sales 2000] [--batch 500] [--top 12]

Needs PostgreSQL as the tests find it (tests/pg.py). The replica of ``bench_merge.py``
sells ``--sales`` tickets; on a fresh database their movements are merged first, then the
sales are merged with every statement the server sends timed on the driver (grouped by
its text's start) and every commit timed, beside the whole merge's time. The figures say
which statement (and which commit: the deferred balance check runs there) the merge's
wait on PostgreSQL is made of, the step before an ``EXPLAIN ANALYZE`` of the one to cut.
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_merge  # beside this file
from sqlalchemy import event
from sqlalchemy.engine import default

from tests.builders import build_branch
from tests.pg import temporary_database


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sales", type=int, default=2000)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--top", type=int, default=12)
    args = parser.parse_args()
    branch = build_branch(Path(tempfile.mkdtemp()))
    rows = bench_merge._sell(branch, args.sales)
    movements = [r for r in rows if r["entity"] == "stock_movement"]
    sales = [r for r in rows if r["entity"] != "stock_movement"]
    gc.collect()
    gc.freeze()  # as bench_merge does: the replica's objects are not the server's
    statements: defaultdict[str, list[float]] = defaultdict(list)
    commits: list[float] = []
    with temporary_database() as url:
        engine = bench_merge._prepared(url, branch)
        try:
            bench_merge._merge(engine, branch, movements, args.batch)

            @event.listens_for(engine, "before_cursor_execute")
            def started(conn: Any, cursor: Any, statement: str, *_: Any) -> None:
                conn.info["statement_started"] = time.perf_counter()

            @event.listens_for(engine, "after_cursor_execute")
            def ended(conn: Any, cursor: Any, statement: str, *_: Any) -> None:
                took = time.perf_counter() - conn.info["statement_started"]
                statements[" ".join(statement.split())[:90]].append(took)

            commit = default.DefaultDialect.do_commit

            def timed_commit(dialect: Any, dbapi_connection: Any) -> None:
                start = time.perf_counter()
                commit(dialect, dbapi_connection)
                commits.append(time.perf_counter() - start)

            default.DefaultDialect.do_commit = timed_commit  # type: ignore[method-assign]
            try:
                seconds = bench_merge._merge(engine, branch, sales, args.batch)
            finally:
                default.DefaultDialect.do_commit = commit  # type: ignore[method-assign]
        finally:
            engine.dispose()
    waited = sum(sum(t) for t in statements.values()) + sum(commits)
    print(f"{len(sales)} sales' changes merged in {seconds * 1000:,.0f} ms")
    print(f"waiting on PostgreSQL: {waited * 1000:,.0f} ms (statements and commits)\n")
    print("| ms | runs | statement |\n|---:|---:|---|")
    print(f"| {sum(commits) * 1000:,.1f} | {len(commits)} | COMMIT |")
    ranked = sorted(statements.items(), key=lambda kv: -sum(kv[1]))
    for text, times in ranked[: args.top]:
        print(f"| {sum(times) * 1000:,.1f} | {len(times)} | `{text}` |")


if __name__ == "__main__":
    main()
