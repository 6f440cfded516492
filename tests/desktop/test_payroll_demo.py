"""Head office's demo replica: a quarter paid by three runs (the last corrected once),
every run posted and balanced, every payslip carrying its lines and hours."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from erp_desktop.demo.payroll import build_payroll_demo
from erp_desktop.kernel.payroll.run_posting import post_run
from erp_desktop.storage.engine import Replica
from erp_desktop.storage.store import SqliteStore


def test_the_demo_pays_a_quarter_in_three_runs_and_corrects_the_last(tmp_path: Path) -> None:
    summary = build_payroll_demo(tmp_path / "ho.sqlite3", date(2026, 12, 15), employees=12)
    assert summary.employees == 12
    assert summary.runs == ("PAY-2026-09", "PAY-2026-10", "PAY-2026-11", "PAY-2026-11-C1")
    assert summary.attendance_days > 400 and summary.leave_requests >= 1
    replica = Replica(tmp_path / "ho.sqlite3")
    try:
        with SqliteStore(replica).read() as view:
            summaries = view.payroll.run_summaries()
            runs = [view.payroll.payroll_run(s.id) for s in summaries]
            entries = {
                e.source_id: e
                for e in view.ledger.entries(None, None)
                if e.source_type == "payroll"
            }
    finally:
        replica.close()
    assert len(runs) == 4 and all(r is not None and len(r.payslips) >= 10 for r in runs)
    for run in runs:
        assert run is not None
        entry = entries[run.id]
        assert entry.is_balanced() and entry == post_run(run)
        assert all(s.payslip.net_to_pay.amount > 0 and s.hours > 0 for s in run.payslips)
    correction = next(r for r in runs if r is not None and r.corrects_id is not None)
    assert correction.previous is not None  # it posted the difference only
    assert entries[correction.id].total_debit() < correction.journal.salaries_expense
