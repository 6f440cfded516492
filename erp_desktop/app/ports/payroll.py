"""Head office's payroll runs and their payslips."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol
from uuid import UUID

from erp_desktop.kernel.money import Money
from erp_desktop.kernel.payroll.run import PayrollRun


@dataclass(frozen=True, slots=True)
class RunSummary:
    """A run as the list of runs shows it."""

    id: UUID
    number: str
    kind: str
    month: date
    employees: int
    gross: Money
    net_to_pay: Money
    corrects_id: UUID | None
    prepared_at: datetime


class PayrollReads(Protocol):
    def payroll_run(self, run_id: UUID) -> PayrollRun | None: ...
    def runs_of_month(self, month: date) -> list[PayrollRun]: ...
    def run_summaries(self) -> list[RunSummary]: ...
    def runs_paying(self, employee_id: UUID) -> list[UUID]: ...
    def employee_of_user(self, username: str) -> UUID | None: ...


class PayrollRepository(PayrollReads, Protocol):
    def insert_payroll_run(self, run: PayrollRun, now: datetime) -> None: ...
