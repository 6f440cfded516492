"""The storm benchmark (benchmarks/bench_storm.py) on a tiny run: two branches' days
pushed at once while a till probes; every sale landed once. The server is the app under
uvicorn in this process (``erp-sync-server serve --workers 2`` takes 8 s to start on a
loaded machine): the benchmark's own run uses the workers."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from sqlalchemy import Engine, text

from sync_server.db.engine import unit_of_work
from tests.server.helpers import running_server

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def _bench() -> ModuleType:
    path = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_storm.py"
    spec = importlib.util.spec_from_file_location("bench_storm", path)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = bench  # its dataclasses look their module up
    spec.loader.exec_module(bench)
    return bench


def test_a_small_storm_lands_every_sale_exactly_once(pg_url: str, engine: Engine) -> None:
    bench = _bench()
    small = "--branches 2 --sales-per-branch 3 --idle-probes 1 --till-sales 10"
    small += " --interval 0.02 --build-jobs 1"
    args = bench.parser().parse_args(small.split())
    storm = bench.run(engine, pg_url, args, running_server)
    with unit_of_work(engine, head_office=True) as conn:
        landed = dict(
            conn.execute(text("SELECT branch_id, count(*) FROM sales.documents GROUP BY 1")).all()
        )
        distinct = conn.execute(text("SELECT count(DISTINCT number) FROM sales.documents"))
        numbers = distinct.scalar_one()
    assert {day.branch_id: day.sales for day in storm.days} == {
        b: n for b, n in landed.items() if b != storm.till_branch_id
    }
    assert all(day.sales == 3 for day in storm.days)
    assert storm.till_sales >= 1 and landed[storm.till_branch_id] == storm.till_sales
    assert numbers == sum(landed.values())
    assert storm.ok, storm.problems
