"""A payroll run on the wire and in storage: its schema, its payload, and the run a
payload describes.

The payload is the whole run (every payslip with every line, as computed at head office),
so the server stores what the employee was given and posts it without recomputing: the
payslip's law is the one of the day it was made. The journal of the run a correction
replaces travels with it (``previous``), one amount per payroll role.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.payroll.payslip import LineKind, Payslip, PayslipLine
from erp_desktop.kernel.payroll.posting import PayrollJournal, PayrollRole
from erp_desktop.kernel.payroll.run import RUN_KINDS, PayrollRun, RunPayslip

LINE_SCHEMA: dict[str, Any] = {
    "code": "str",
    "label_fr": "str",
    "label_ar": "str",
    "kind": "str",
    "amount_minor": "int",
    "source": "str",
    "base_minor": "int?",
    "rate": "decimal?",
    "payable_to": "str",
}
PAYSLIP_SCHEMA: dict[str, Any] = {
    "id": "uuid",
    "employee_id": "uuid",
    "name": "str",
    "name_ar": "str",
    "social_number": "str",
    "bank_account": "str",
    "job": "str",
    "hours": "decimal",
    "overtime_hours": "decimal",
    "lines": [LINE_SCHEMA],
}
RUN_SCHEMA: dict[str, Any] = {
    "id": "uuid",
    "number": "str",
    "kind": "str",
    "country": "str",
    "currency": "currency",
    "month": "date",
    "prepared_at": "datetime",
    "prepared_by": "uuid",
    "corrects_id": "uuid?",
    "previous": [{"role": "str", "amount_minor": "int"}],
    "payslips": [PAYSLIP_SCHEMA],
}


def line_payload(line: PayslipLine) -> dict[str, Any]:
    return {
        "code": line.code,
        "label_fr": line.label_fr,
        "label_ar": line.label_ar,
        "kind": str(line.kind),
        "amount_minor": line.amount.to_minor(),
        "source": line.source,
        "base_minor": None if line.base is None else line.base.to_minor(),
        "rate": None if line.rate is None else str(line.rate),
        "payable_to": line.payable_to,
    }


def payslip_payload(slip: RunPayslip) -> dict[str, Any]:
    return {
        "id": str(slip.id),
        "employee_id": str(slip.employee_id),
        "name": slip.name,
        "name_ar": slip.name_ar,
        "social_number": slip.social_number,
        "bank_account": slip.bank_account,
        "job": slip.job,
        "hours": str(slip.hours),
        "overtime_hours": str(slip.overtime_hours),
        "lines": [line_payload(line) for line in slip.payslip.lines],
    }


def run_payload(run: PayrollRun) -> dict[str, Any]:
    previous = [] if run.previous is None else _journal_rows(run.previous)
    return {
        "id": str(run.id),
        "number": run.number,
        "kind": run.kind,
        "country": run.country,
        "currency": run.currency,
        "month": run.month.isoformat(),
        "prepared_at": run.prepared_at.isoformat(),
        "prepared_by": str(run.prepared_by),
        "corrects_id": None if run.corrects_id is None else str(run.corrects_id),
        "previous": previous,
        "payslips": [payslip_payload(s) for s in run.payslips],
    }


def _journal_rows(journal: PayrollJournal) -> list[dict[str, Any]]:
    return [
        {"role": str(role), "amount_minor": amount.to_minor()}
        for role, _side, amount in journal.lines()
    ]


def _line(p: Mapping[str, Any], currency: str) -> PayslipLine:
    base = p["base_minor"]
    return PayslipLine(
        code=p["code"],
        label_fr=p["label_fr"],
        label_ar=p["label_ar"],
        kind=LineKind(p["kind"]),
        amount=Money.from_minor(p["amount_minor"], currency),
        source=p["source"],
        base=None if base is None else Money.from_minor(base, currency),
        rate=None if p["rate"] is None else Decimal(p["rate"]),
        payable_to=p["payable_to"],
    )


def payslip_from_payload(
    p: Mapping[str, Any], country: str, currency: str, month: date
) -> RunPayslip:
    lines = tuple(_line(ln, currency) for ln in p["lines"])
    return RunPayslip(
        UUID(p["id"]),
        UUID(p["employee_id"]),
        p["name"],
        p["name_ar"],
        p["social_number"],
        p["bank_account"],
        p["job"],
        Payslip(country, currency, month, lines),
        Decimal(p["hours"]),
        Decimal(p["overtime_hours"]),
    )


def _journal(rows: list[Mapping[str, Any]], country: str, currency: str) -> PayrollJournal:
    amounts = {PayrollRole(r["role"]): Money.from_minor(r["amount_minor"], currency) for r in rows}
    if set(amounts) != set(PayrollRole):
        raise ValidationError("protocol.bad_value", path="payload.previous", expected="roles")
    return PayrollJournal(
        country=country,
        currency=currency,
        **{str(role): amount for role, amount in amounts.items()},
    )


def run_from_payload(p: Mapping[str, Any], branch_id: UUID) -> PayrollRun:
    """The run a validated payload describes (``protocol.bad_value`` for a kind, a month
    or a correction that cannot be)."""
    if p["kind"] not in RUN_KINDS:
        raise ValidationError("protocol.bad_value", path="payload.kind", expected="a run kind")
    month = date.fromisoformat(p["month"])
    if month.day != 1:
        raise ValidationError("protocol.bad_value", path="payload.month", expected="a month")
    corrective = p["kind"] == RUN_KINDS[1]
    if corrective != (p["corrects_id"] is not None) or corrective != bool(p["previous"]):
        raise ValidationError("protocol.bad_value", path="payload.corrects_id", expected="a run")
    if not p["payslips"]:
        raise ValidationError("payroll.no_payslips")
    country, currency = p["country"], p["currency"]
    slips = tuple(payslip_from_payload(s, country, currency, month) for s in p["payslips"])
    return PayrollRun(
        id=UUID(p["id"]),
        number=p["number"],
        kind=p["kind"],
        country=country,
        currency=currency,
        month=month,
        prepared_at=datetime.fromisoformat(p["prepared_at"]),
        prepared_by=UUID(p["prepared_by"]),
        branch_id=branch_id,
        payslips=slips,
        corrects_id=None if p["corrects_id"] is None else UUID(p["corrects_id"]),
        previous=_journal(p["previous"], country, currency) if corrective else None,
    )
