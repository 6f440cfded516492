"""A month's payroll run: numbered after the runs of its month (the first, then each
corrective run)."""

from __future__ import annotations

from dataclasses import replace

from erp_desktop.app.documents.filing import Desk, Filing
from erp_desktop.kernel.payroll.run import PayrollRun, run_number


class PayrollFiling(Filing[PayrollRun]):
    def number(self, desk: Desk, document: PayrollRun) -> PayrollRun:
        done = desk.tx.payroll.runs_of_month(document.month)
        return replace(document, number=run_number(document.month, len(done)))

    def insert(self, desk: Desk, document: PayrollRun) -> None:
        desk.tx.payroll.insert_payroll_run(document, desk.now)
