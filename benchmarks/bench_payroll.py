"""Benchmark: a month's payroll run at head office (not a test; run by hand).

    python benchmarks/bench_payroll.py --employees 300

Builds head office's demo replica (a quarter of attendance and three runs) for that many
employees, then times, on the same month and in the same run, the raw probes beside the
use cases that wrap them: reading the month's inputs (hr's records, attendance, leave),
computing every payslip alone (the kernel), preparing the run (both, through the use
case), posting it (store the run and its payslips, post, queue), and rendering a payslip.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.payroll.inputs import Adjustment, month_inputs
from erp_desktop.app.payroll.payslips import payslip_view
from erp_desktop.app.payroll.runs import post_payroll_run, prepare_month_run
from erp_desktop.demo.payroll import build_payroll_demo
from erp_desktop.kernel.clock import FixedClock, HybridLogicalClock
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.payroll import compute_payslip
from erp_desktop.kernel.permissions import Role
from erp_desktop.printing.payslip import render_payslip
from erp_desktop.storage.engine import Replica
from erp_desktop.storage.store import SqliteStore


def timed(label: str, work: object) -> object:
    assert callable(work)
    start = time.perf_counter()
    result = work()
    print(f"{label}: {(time.perf_counter() - start) * 1000:.0f} ms")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--employees", type=int, default=300)
    args = parser.parse_args()
    path = Path(tempfile.mkdtemp()) / "head-office.sqlite3"
    start = time.perf_counter()
    summary = build_payroll_demo(path, date(2026, 12, 15), employees=args.employees)
    print(
        f"demo: {summary.employees} employees, {summary.attendance_days} days clocked, "
        f"runs {', '.join(summary.runs)} in {time.perf_counter() - start:.1f} s"
    )
    replica = Replica(path)
    clock = FixedClock(datetime(2026, 12, 5, 9, tzinfo=UTC))
    deps = Deps(SqliteStore(replica), clock, HybridLogicalClock("HO", lambda: 0))
    with deps.store.read() as view:
        hr_user = view.org.user_by_username("rh")
        assert hr_user is not None
        site = view.org.local_branch().id
        latest = view.payroll.runs_of_month(date(2026, 11, 1))[-1]
    hr = Actor(hr_user.id, hr_user.username, frozenset({Role.HR_OFFICER}), site)
    month = date(2026, 11, 1)
    with deps.store.read() as view:
        inputs = timed("raw probe: read the month's inputs", lambda: month_inputs(view, month))
    employees = inputs.employees  # type: ignore[attr-defined]
    timed(
        f"raw probe: compute {len(employees)} payslips (kernel alone)",
        lambda: [compute_payslip(e.pay) for e in employees],
    )
    first = employees[0].employee_id
    change = {first: Adjustment(advances=(Money.of(1000, "DZD"),))}
    prepared = timed(
        "use case: prepare the corrective run (read + compute)",
        lambda: prepare_month_run(deps, hr, month, change, corrects=latest.id),
    )
    posted = timed(
        "use case: post it (store, post, queue)",
        lambda: post_payroll_run(deps, hr, prepared),  # type: ignore[arg-type]
    )
    run = posted.run  # type: ignore[attr-defined]
    view_of = payslip_view(deps, hr, run.id, first)
    render_payslip(view_of)  # fonts warm
    times = []
    for _ in range(30):
        t = time.perf_counter()
        render_payslip(view_of)
        times.append((time.perf_counter() - t) * 1000)
    print(f"payslip PDF: p50 {statistics.median(times):.1f} ms (30 runs)")
    replica.close()


if __name__ == "__main__":
    main()
