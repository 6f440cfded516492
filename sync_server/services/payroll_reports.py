"""Head office's payroll declarations over the server's runs: a month's or a quarter's
contributions per fund, income tax and CSS withheld, per employee (CNAS, CNSS, IRG, IR,
IRPP), from the runs head office pushed (a corrected month on its last run).

Only HR reads them: the reader logs in with a user holding ``hr.payroll`` (HR officers,
administrators), and the rows are read as that user, so the ``hr`` schema's row-level
security (``hr.reads_records``) bounds them too.
"""

from __future__ import annotations

from datetime import date

from argon2 import PasswordHasher
from argon2.exceptions import VerificationError

from erp_desktop.kernel.errors import PermissionDenied, ValidationError
from erp_desktop.kernel.payroll.declarations import declaration_of, quarter_bounds
from erp_desktop.kernel.payroll.run import month_end
from erp_desktop.kernel.payroll.run_wire import run_from_payload
from erp_desktop.kernel.permissions import Permission, Role, permissions_of
from sync_server.db import headoffice as rows
from sync_server.db.engine import Engine, unit_of_work
from sync_server.db.mergers import payroll_runs as run_rows
from sync_server.services.reports import Reader, Report


def authenticate_hr(engine: Engine, username: str, password: str) -> Reader:
    with unit_of_work(engine, head_office=True) as conn:
        user = rows.user_by_username(conn, username)
    if user is None or not user[4]:
        raise PermissionDenied("auth.invalid_credentials")
    try:
        PasswordHasher().verify(user[1], password)
    except VerificationError:
        raise PermissionDenied("auth.invalid_credentials") from None
    if Permission.HR_PAYROLL not in permissions_of([Role(r) for r in user[2]]):
        raise PermissionDenied(
            "auth.permission_denied", permission=str(Permission.HR_PAYROLL), user=username
        )
    return Reader(user[0], username, True, None)


def payroll_declaration(
    engine: Engine, reader: Reader, year: int, month: int | None, quarter: int | None
) -> Report:
    if (month is None) == (quarter is None):
        raise ValidationError("common.invalid_value", field="period", value=f"{month}/{quarter}")
    if month is not None:
        start = date(year, month, 1)
        end = month_end(start)
    else:
        start, end = quarter_bounds(year, quarter or 0)
    with unit_of_work(engine, head_office=True, actor_id=reader.user_id) as conn:
        company = rows.company(conn)
        if company is None:
            raise ValidationError("common.not_found", entity="company", id="-")
        stored = run_rows.runs_between(conn, start, end)
    runs = [run_from_payload(payload, site) for payload, site in stored]
    d = declaration_of(runs, start, end, company.country, company.currency)
    table = [
        (
            f.fund,
            f.label_fr,
            f.payable_to,
            f"{f.base.amount:f}",
            f"{f.employee.amount:f}",
            f"{f.employer.amount:f}",
            f"{f.total.amount:f}",
        )
        for f in d.funds
    ]
    table.append(
        ("income_tax", "", "tax", "", f"{d.income_tax.amount:f}", "", f"{d.income_tax.amount:f}")
    )
    if not d.solidarity.is_zero():
        table.append(
            (
                "solidarity",
                "",
                "tax",
                "",
                f"{d.solidarity.amount:f}",
                "",
                f"{d.solidarity.amount:f}",
            )
        )
    return Report(
        f"payroll-declaration-{start:%Y-%m}-{end:%Y-%m}",
        ("fund", "label", "payable_to", "base", "employee", "employer", "total"),
        table,
        {
            "start": start.isoformat(),
            "end": end.isoformat(),
            "runs": list(d.runs),
            "headcount": d.headcount,
            "currency": d.currency,
        },
    )
