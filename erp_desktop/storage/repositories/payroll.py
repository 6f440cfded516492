"""Payroll runs and payslips: a run is written once with its payslips, and read back as
the kernel's run through its wire shape (``kernel.payroll.run_wire``), so that the
fields are named in one place."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from uuid import UUID

from sqlalchemy import func, select

from erp_desktop.kernel.money import Money
from erp_desktop.kernel.payroll.run import EmployeePayslip, PayrollRun, RunSummary
from erp_desktop.kernel.payroll.run_wire import (
    payslip_from_payload,
    payslip_payload,
    run_from_payload,
    run_payload,
)
from erp_desktop.storage.repositories.base import stamped
from erp_desktop.storage.repositories.payroll_items import MonthItemsRows
from erp_desktop.storage.tables.hr import employees
from erp_desktop.storage.tables.payroll import payroll_runs, payslips


class PayrollRepository(MonthItemsRows):
    def insert_payroll_run(self, run: PayrollRun, now: datetime) -> None:
        p = run_payload(run)
        self.conn.execute(
            payroll_runs.insert(),
            stamped(
                now,
                id=run.id,
                number=run.number,
                kind=run.kind,
                country=run.country,
                currency=run.currency,
                month=run.month.isoformat(),
                prepared_at=run.prepared_at,
                prepared_by=run.prepared_by,
                branch_id=run.branch_id,
                corrects_id=run.corrects_id,
                previous=p["previous"],
                employees=len(run.payslips),
                gross_minor=run.total("gross").to_minor(),
                net_to_pay_minor=run.total("net_to_pay").to_minor(),
            ),
        )
        self.conn.execute(
            payslips.insert(),
            [
                stamped(
                    now,
                    id=s.id,
                    run_id=run.id,
                    employee_id=s.employee_id,
                    month=run.month.isoformat(),
                    name=s.name,
                    name_ar=s.name_ar,
                    social_number=s.social_number,
                    bank_account=s.bank_account,
                    job=s.job,
                    hours=s.hours,
                    overtime_hours=s.overtime_hours,
                    gross_minor=s.payslip.gross.to_minor(),
                    net_to_pay_minor=s.payslip.net_to_pay.to_minor(),
                    lines=payslip_payload(s)["lines"],
                )
                for s in run.payslips
            ],
        )

    def payroll_run(self, run_id: UUID) -> PayrollRun | None:
        row = self.conn.execute(select(payroll_runs).where(payroll_runs.c.id == run_id)).mappings()
        found = row.first()
        return self._run(found) if found else None

    def runs_of_month(self, month: date) -> list[PayrollRun]:
        rows = self.conn.execute(
            select(payroll_runs)
            .where(payroll_runs.c.month == month.replace(day=1).isoformat())
            .order_by(payroll_runs.c.prepared_at, payroll_runs.c.number)
        ).mappings()
        return [self._run(r) for r in rows.all()]

    def last_run_of_month(self, month: date) -> PayrollRun | None:
        """The month's last run (its corrected figures), None before the first."""
        row = (
            self.conn.execute(
                select(payroll_runs)
                .where(payroll_runs.c.month == month.replace(day=1).isoformat())
                .order_by(payroll_runs.c.prepared_at.desc(), payroll_runs.c.number.desc())
                .limit(1)
            )
            .mappings()
            .first()
        )
        return self._run(row) if row else None

    def run_count_of_month(self, month: date) -> int:
        return int(
            self.conn.execute(
                select(func.count())
                .select_from(payroll_runs)
                .where(payroll_runs.c.month == month.replace(day=1).isoformat())
            ).scalar_one()
        )

    def run_summaries(self) -> list[RunSummary]:
        rows = self.conn.execute(
            select(payroll_runs).order_by(
                payroll_runs.c.month.desc(), payroll_runs.c.prepared_at.desc()
            )
        ).mappings()
        return [
            RunSummary(
                r["id"],
                r["number"],
                r["kind"],
                date.fromisoformat(r["month"]),
                r["employees"],
                Money.from_minor(r["gross_minor"], r["currency"]),
                Money.from_minor(r["net_to_pay_minor"], r["currency"]),
                r["corrects_id"],
                r["prepared_at"],
            )
            for r in rows.all()
        ]

    def own_payslips(self, employee_id: UUID) -> list[EmployeePayslip]:
        """The payslips of ``employee_id`` alone, the latest month first: the query names
        the employee, so no other employee's row is read."""
        rows = self.conn.execute(
            select(
                payslips,
                payroll_runs.c.number.label("run_number"),
                payroll_runs.c.kind.label("run_kind"),
                payroll_runs.c.country.label("run_country"),
                payroll_runs.c.currency.label("run_currency"),
            )
            .join(payroll_runs, payroll_runs.c.id == payslips.c.run_id)
            .where(payslips.c.employee_id == employee_id)
            .order_by(payslips.c.month.desc(), payroll_runs.c.prepared_at.desc())
        ).mappings()
        found = []
        for r in rows.all():
            month = date.fromisoformat(r["month"])
            wire = {
                "id": str(r["id"]),
                "employee_id": str(r["employee_id"]),
                "name": r["name"],
                "name_ar": r["name_ar"],
                "social_number": r["social_number"],
                "bank_account": r["bank_account"],
                "job": r["job"],
                "hours": str(r["hours"]),
                "overtime_hours": str(r["overtime_hours"]),
                "lines": r["lines"],
            }
            slip = payslip_from_payload(wire, r["run_country"], r["run_currency"], month)
            found.append(EmployeePayslip(r["run_id"], r["run_number"], r["run_kind"], month, slip))
        return found

    def employee_of_user(self, username: str) -> UUID | None:
        """The employee whose matricule is the user's name (how an employee's own account
        is named), None for a user who is no employee."""
        found = self.conn.execute(
            select(employees.c.id).where(
                employees.c.number == username, employees.c.deleted_at.is_(None)
            )
        ).first()
        return found[0] if found else None

    def _run(self, row: Any) -> PayrollRun:
        slips = self.conn.execute(
            select(payslips).where(payslips.c.run_id == row["id"]).order_by(payslips.c.name)
        ).mappings()
        payload = {
            "id": str(row["id"]),
            "number": row["number"],
            "kind": row["kind"],
            "country": row["country"],
            "currency": row["currency"],
            "month": row["month"],
            "prepared_at": row["prepared_at"].isoformat(),
            "prepared_by": str(row["prepared_by"]),
            "corrects_id": str(row["corrects_id"]) if row["corrects_id"] else None,
            "previous": row["previous"],
            "payslips": [
                {
                    "id": str(s["id"]),
                    "employee_id": str(s["employee_id"]),
                    "name": s["name"],
                    "name_ar": s["name_ar"],
                    "social_number": s["social_number"],
                    "bank_account": s["bank_account"],
                    "job": s["job"],
                    "hours": str(s["hours"]),
                    "overtime_hours": str(s["overtime_hours"]),
                    "lines": s["lines"],
                }
                for s in slips.all()
            ],
        }
        return run_from_payload(payload, row["branch_id"])
