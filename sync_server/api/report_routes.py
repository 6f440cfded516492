"""/api/v1/reports: head office's reports, as JSON or, with ``format=csv``, as CSV
(semicolon-separated, UTF-8 with BOM so that Excel opens Arabic names correctly).

Parameters are bounded here, before any of them reaches the database: dates from 2000 to
2099, a branch's code and an account's code as the catalog writes them, a user name and a
password without NUL."""

from __future__ import annotations

import base64
import csv
import io
from datetime import date
from typing import Annotated, Any, Literal
from uuid import UUID

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field

from erp_desktop.kernel.errors import ErpError, PermissionDenied
from sync_server.api.schemas import problems
from sync_server.services import payroll_reports, reports
from sync_server.services.reports import Reader, Report

_REPORT_BODY: dict[str, Any] = {
    "type": "object",
    "required": ["report", "headers", "rows", "summary"],
    "properties": {
        "report": {"type": "string"},
        "headers": {"type": "array", "items": {"type": "string"}},
        "rows": {"type": "array", "items": {"type": "array"}},
        "summary": {"type": "object"},
        "source": {"type": "string", "enum": ["primary", "standby"]},
    },
}
_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "The report, as JSON or (format=csv) as CSV.",
        "content": {
            "application/json": {"schema": _REPORT_BODY},
            "text/csv": {"schema": {"type": "string"}},
        },
    },
    **problems(401, 403, 422, 500),
}

router = APIRouter(prefix="/api/v1/reports", responses=_RESPONSES)

Day = Annotated[date, Field(ge=date(2000, 1, 1), le=date(2099, 12, 31))]
Start = Annotated[Day, Query()]
End = Annotated[Day, Query()]
Since = Annotated[Day | None, Query()]
Until = Annotated[Day | None, Query()]
BranchCode = Annotated[str | None, Query(pattern=r"^[A-Z0-9]{2,10}$")]
Format = Annotated[Literal["json", "csv"], Query()]
Group = Annotated[str, Query(pattern=r"^[a-z_]{1,30}$")]
Account = Annotated[str, Query(pattern=r"^[0-9A-Za-z._-]{1,30}$")]


def current_reader(request: Request) -> Reader:
    scheme, _, encoded = request.headers.get("authorization", "").partition(" ")
    try:
        username, _, password = (
            base64.b64decode(encoded, validate=True).decode("utf-8").partition(":")
        )
    except ValueError:
        username = password = ""
    if (
        scheme.lower() != "basic"
        or not username
        or len(username) > 200
        or len(password) > 200
        or "\x00" in username + password
    ):
        raise HTTPException(
            401,
            {"code": "auth.invalid_credentials", "params": {}},
            headers={"WWW-Authenticate": 'Basic realm="reports"'},
        )
    try:
        return reports.authenticate_reader(request.app.state.engine, username, password)
    except PermissionDenied as error:
        status = 401 if error.code == "auth.invalid_credentials" else 403
        raise HTTPException(status, {"code": error.code, "params": dict(error.params)}) from None


READER = Depends(current_reader)


def _answer(make: Any, fmt: str) -> Response:
    try:
        report: Report = make()
    except PermissionDenied as error:
        raise HTTPException(403, {"code": error.code, "params": dict(error.params)}) from None
    except ErpError as error:
        raise HTTPException(422, {"code": error.code, "params": dict(error.params)}) from None
    served = {"x-report-source": reports.report_source()}
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, delimiter=";")
        writer.writerow(report.headers)
        writer.writerows(report.rows)
        return Response(
            "\ufeff" + out.getvalue(),
            media_type="text/csv; charset=utf-8",
            headers={
                "content-disposition": f'attachment; filename="{report.title}.csv"',
                **served,
            },
        )
    return JSONResponse(
        {
            "report": report.title,
            "headers": list(report.headers),
            "rows": [list(r) for r in report.rows],
            "summary": report.summary,
            "source": served["x-report-source"],
        },
        headers=served,
    )


class StandbyAnswer(BaseModel):
    configured: bool
    in_use: bool
    reason: str
    lag_seconds: float | None
    max_lag_seconds: float


@router.get("/standby", responses={200: {"description": "The reports' standby, now."}})
def standby(request: Request, reader: Reader = READER) -> StandbyAnswer:
    """The reports' hot standby: whether company-wide reports read it now, and its
    replication lag (seconds behind the primary; 0 when it has replayed all it received)."""
    state = reports.standby_state(request.app.state.engine)
    return StandbyAnswer(
        configured=state.configured,
        in_use=state.usable,
        reason=state.reason,
        lag_seconds=state.lag_seconds,
        max_lag_seconds=state.max_lag_seconds,
    )


@router.get("/trial-balance")
def trial_balance(
    request: Request,
    start: Since = None,
    end: Until = None,
    branch: BranchCode = None,
    format: Format = "json",
    reader: Reader = READER,
) -> Response:
    return _answer(
        lambda: reports.trial_balance(request.app.state.engine, reader, start, end, branch), format
    )


@router.get("/profit-and-loss")
def profit_and_loss(
    request: Request,
    start: Start,
    end: End,
    branch: BranchCode = None,
    format: Format = "json",
    reader: Reader = READER,
) -> Response:
    return _answer(
        lambda: reports.profit_and_loss(request.app.state.engine, reader, start, end, branch),
        format,
    )


@router.get("/balance-sheet")
def balance_sheet(
    request: Request,
    at: Annotated[Day, Query()],
    branch: BranchCode = None,
    format: Format = "json",
    reader: Reader = READER,
) -> Response:
    return _answer(
        lambda: reports.balance_sheet(request.app.state.engine, reader, at, branch), format
    )


@router.get("/vat-summary")
def vat_summary(
    request: Request,
    start: Start,
    end: End,
    branch: BranchCode = None,
    format: Format = "json",
    reader: Reader = READER,
) -> Response:
    return _answer(
        lambda: reports.vat_summary(request.app.state.engine, reader, start, end, branch), format
    )


@router.get("/stock")
def stock(
    request: Request,
    branch: BranchCode = None,
    format: Format = "json",
    reader: Reader = READER,
) -> Response:
    return _answer(lambda: reports.stock(request.app.state.engine, reader, branch), format)


@router.get("/sales")
def sales(
    request: Request,
    start: Start,
    end: End,
    group: Group = "branch",
    branch: BranchCode = None,
    format: Format = "json",
    reader: Reader = READER,
) -> Response:
    return _answer(
        lambda: reports.sales(request.app.state.engine, reader, start, end, group, branch), format
    )


@router.get("/general-ledger")
def general_ledger(
    request: Request,
    account: Account,
    start: Since = None,
    end: Until = None,
    branch: BranchCode = None,
    format: Format = "json",
    reader: Reader = READER,
) -> Response:
    return _answer(
        lambda: reports.general_ledger(
            request.app.state.engine, reader, account, start, end, branch
        ),
        format,
    )


@router.get("/purchases")
def purchases(
    request: Request,
    start: Start,
    end: End,
    group: Group = "supplier",
    branch: BranchCode = None,
    format: Format = "json",
    reader: Reader = READER,
) -> Response:
    """Company-wide purchases (issue 14): received goods by supplier, branch or product."""
    return _answer(
        lambda: reports.purchases(request.app.state.engine, reader, start, end, group, branch),
        format,
    )


def current_hr_reader(request: Request) -> Reader:
    """The HR user reading the payroll declarations (``hr.payroll``), by HTTP Basic."""
    scheme, _, encoded = request.headers.get("authorization", "").partition(" ")
    try:
        username, _, password = (
            base64.b64decode(encoded, validate=True).decode("utf-8").partition(":")
        )
    except ValueError:
        username = password = ""
    if scheme.lower() != "basic" or not username or "\x00" in username + password:
        raise HTTPException(
            401,
            {"code": "auth.invalid_credentials", "params": {}},
            headers={"WWW-Authenticate": 'Basic realm="reports"'},
        )
    try:
        return payroll_reports.authenticate_hr(request.app.state.engine, username, password)
    except PermissionDenied as error:
        status = 401 if error.code == "auth.invalid_credentials" else 403
        raise HTTPException(status, {"code": error.code, "params": dict(error.params)}) from None


@router.get("/payroll-declaration")
def payroll_declaration(
    request: Request,
    year: Annotated[int, Query(ge=2000, le=2099)],
    month: Annotated[int | None, Query(ge=1, le=12)] = None,
    quarter: Annotated[int | None, Query(ge=1, le=4)] = None,
    format: Format = "json",
    reader: Reader = Depends(current_hr_reader),  # noqa: B008
) -> Response:
    return _answer(
        lambda: payroll_reports.payroll_declaration(
            request.app.state.engine, reader, year, month, quarter
        ),
        format,
    )


# -- receivables (issue 13) ---------------------------------------------------------------

CustomerId = Annotated[UUID, Query()]


@router.get("/aged-receivables")
def aged_receivables(
    request: Request,
    as_of: Start,
    branch: BranchCode = None,
    format: Format = "json",
    reader: Reader = READER,
) -> Response:
    return _answer(
        lambda: reports.aged_receivables(request.app.state.engine, reader, as_of, branch), format
    )


@router.get("/customer-statement")
def customer_statement(
    request: Request,
    customer: CustomerId,
    start: Start,
    end: End,
    format: Format = "json",
    reader: Reader = READER,
) -> Response:
    return _answer(
        lambda: reports.customer_statement(request.app.state.engine, reader, customer, start, end),
        format,
    )
