"""Head office's payroll runs and their payslips."""

from __future__ import annotations

from datetime import date, datetime
from typing import Protocol
from uuid import UUID

from erp_desktop.kernel.payroll.run import PayrollRun, RunSummary


class PayrollReads(Protocol):
    def payroll_run(self, run_id: UUID) -> PayrollRun | None: ...
    def runs_of_month(self, month: date) -> list[PayrollRun]: ...
    def run_summaries(self) -> list[RunSummary]: ...
    def runs_paying(self, employee_id: UUID) -> list[UUID]: ...
    def employee_of_user(self, username: str) -> UUID | None: ...


class PayrollRepository(PayrollReads, Protocol):
    def insert_payroll_run(self, run: PayrollRun, now: datetime) -> None: ...
