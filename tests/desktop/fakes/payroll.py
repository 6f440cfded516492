"""The fake of the payroll repository (app/ports/payroll.py)."""

from __future__ import annotations

from datetime import date, datetime
from uuid import UUID

from erp_desktop.kernel.errors import ConflictError
from erp_desktop.kernel.payroll.month_items import MonthItems
from erp_desktop.kernel.payroll.run import EmployeePayslip, PayrollRun, RunSummary
from tests.desktop.fakes.replica import FakeReplica


class FakePayroll:
    def __init__(self, db: FakeReplica) -> None:
        self.db = db

    def insert_payroll_run(self, run: PayrollRun, now: datetime) -> None:
        if run.id in self.db.payroll_runs or any(
            r.number == run.number for r in self.db.payroll_runs.values()
        ):
            raise ConflictError("storage.integrity", detail=f"payroll run {run.number}")
        self.db.payroll_runs[run.id] = run

    def payroll_run(self, run_id: UUID) -> PayrollRun | None:
        return self.db.payroll_runs.get(run_id)

    def runs_of_month(self, month: date) -> list[PayrollRun]:
        runs = [r for r in self.db.payroll_runs.values() if r.month == month.replace(day=1)]
        return sorted(runs, key=lambda r: (r.prepared_at, r.number))

    def last_run_of_month(self, month: date) -> PayrollRun | None:
        runs = self.runs_of_month(month)
        return runs[-1] if runs else None

    def run_count_of_month(self, month: date) -> int:
        return len(self.runs_of_month(month))

    def run_summaries(self) -> list[RunSummary]:
        runs = sorted(
            self.db.payroll_runs.values(), key=lambda r: (r.month, r.prepared_at), reverse=True
        )
        return [
            RunSummary(
                r.id,
                r.number,
                r.kind,
                r.month,
                len(r.payslips),
                r.total("gross"),
                r.total("net_to_pay"),
                r.corrects_id,
                r.prepared_at,
            )
            for r in runs
        ]

    def employee_of_user(self, username: str) -> UUID | None:
        found = [e.id for e in self.db.people.employees.values() if e.number == username]
        return found[0] if found else None

    def month_items(self, month: date) -> list[MonthItems]:
        found = [i for (_, m), i in self.db.month_items.items() if m == month.replace(day=1)]
        return sorted(found, key=lambda i: str(i.employee_id))

    def month_items_of(self, employee_id: UUID, month: date) -> MonthItems | None:
        return self.db.month_items.get((employee_id, month.replace(day=1)))

    def save_month_items(self, found: MonthItems, now: datetime) -> MonthItems:
        self.db.month_items[(found.employee_id, found.month)] = found
        return found

    def remove_month_items(self, employee_id: UUID, month: date, now: datetime) -> None:
        self.db.month_items.pop((employee_id, month.replace(day=1)), None)

    def own_payslips(self, employee_id: UUID) -> list[EmployeePayslip]:
        runs = sorted(
            self.db.payroll_runs.values(), key=lambda r: (r.month, r.prepared_at), reverse=True
        )
        return [
            EmployeePayslip(r.id, r.number, r.kind, r.month, slip)
            for r in runs
            if (slip := r.payslip_of(employee_id)) is not None
        ]
