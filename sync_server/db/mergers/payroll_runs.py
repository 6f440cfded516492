"""Head office's payroll runs and their payslips, written once each (a replayed push
changes nothing), and the runs a correction names."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, text

from erp_desktop.kernel.payroll.payslip import LineKind
from erp_desktop.kernel.payroll.run import PayrollRun


def stored_runs(conn: Connection, ids: Iterable[UUID]) -> dict[UUID, Mapping[str, Any]]:
    """The payloads of the runs ``ids`` the server has, by id."""
    wanted = [str(i) for i in ids]
    if not wanted:
        return {}
    rows = conn.execute(
        text("SELECT id, payload FROM hr.payroll_runs WHERE id = ANY(CAST(:ids AS uuid[]))"),
        {"ids": wanted},
    ).all()
    return {r[0]: r[1] for r in rows}


def insert_run(
    conn: Connection, branch_id: UUID, run: PayrollRun, payload: Mapping[str, Any]
) -> bool:
    """Inserts the run and its payslips unless its id is there already; True when new."""
    row = conn.execute(
        text(
            "INSERT INTO hr.payroll_runs (id, branch_id, number, kind, country, currency, month, "
            "prepared_at, prepared_by, corrects_id, employees, gross_minor, net_to_pay_minor, "
            "payload) VALUES (:id, :branch, :number, :kind, :country, :currency, :month, "
            ":prepared_at, :prepared_by, :corrects, :employees, :gross, :net, "
            "CAST(:payload AS jsonb)) ON CONFLICT (id) DO NOTHING RETURNING id"
        ),
        {
            "id": run.id,
            "branch": branch_id,
            "number": run.number,
            "kind": run.kind,
            "country": run.country,
            "currency": run.currency,
            "month": run.month,
            "prepared_at": run.prepared_at,
            "prepared_by": run.prepared_by,
            "corrects": run.corrects_id,
            "employees": len(run.payslips),
            "gross": run.total("gross").to_minor(),
            "net": run.total("net_to_pay").to_minor(),
            "payload": json.dumps(dict(payload)),
        },
    ).first()
    if row is None:
        return False
    wire_of = {p["id"]: p for p in payload["payslips"]}
    conn.execute(
        text(
            "INSERT INTO hr.payslips (id, run_id, employee_id, month, name, social_number, "
            "gross_minor, employee_contributions_minor, employer_contributions_minor, "
            "income_tax_minor, net_to_pay_minor, lines, run_number, run_kind, country, currency, "
            "slip) VALUES (:id, :run, :employee, :month, :name, :social, :gross, :employee_c, "
            ":employer_c, :tax, :net, CAST(:lines AS jsonb), :number, :kind, :country, "
            ":currency, CAST(:slip AS jsonb))"
        ),
        [
            {
                "id": s.id,
                "run": run.id,
                "employee": s.employee_id,
                "month": run.month,
                "name": s.name,
                "social": s.social_number,
                "gross": s.payslip.gross.to_minor(),
                "employee_c": s.payslip.contributions(LineKind.WITHHOLDING, "social").to_minor(),
                "employer_c": s.payslip.contributions(LineKind.EMPLOYER).to_minor(),
                "tax": (s.payslip.income_tax + s.payslip.solidarity).to_minor(),
                "net": s.payslip.net_to_pay.to_minor(),
                "lines": json.dumps(wire_of[str(s.id)]["lines"]),
                "number": run.number,
                "kind": run.kind,
                "country": run.country,
                "currency": run.currency,
                "slip": json.dumps(wire_of[str(s.id)]),
            }
            for s in run.payslips
        ],
    )
    return True


def runs_between(conn: Connection, start: date, end: date) -> list[tuple[Mapping[str, Any], UUID]]:
    """(payload, site) of the runs of the months from ``start`` to ``end``."""
    found = conn.execute(
        text(
            "SELECT payload, branch_id FROM hr.payroll_runs WHERE month BETWEEN :start AND :end "
            "ORDER BY month, prepared_at, number"
        ),
        {"start": start.replace(day=1), "end": end},
    ).all()
    return [(r[0], r[1]) for r in found]
