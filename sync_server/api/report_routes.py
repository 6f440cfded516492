"""/api/v1/reports: head office's reports, as JSON or, with ``format=csv``, as CSV
(semicolon-separated, UTF-8 with BOM so that Excel opens Arabic names correctly)."""

from __future__ import annotations

import base64
import csv
import io
from datetime import date
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import JSONResponse, Response

from erp_desktop.kernel.errors import ErpError, PermissionDenied
from sync_server.services import reports
from sync_server.services.reports import Reader, Report

router = APIRouter(prefix="/api/v1/reports")


def current_reader(request: Request) -> Reader:
    scheme, _, encoded = request.headers.get("authorization", "").partition(" ")
    try:
        username, _, password = base64.b64decode(encoded).decode("utf-8").partition(":")
    except ValueError:
        username = password = ""
    if scheme.lower() != "basic" or not username:
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
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, delimiter=";")
        writer.writerow(report.headers)
        writer.writerows(report.rows)
        return Response(
            "\ufeff" + out.getvalue(),
            media_type="text/csv; charset=utf-8",
            headers={"content-disposition": f'attachment; filename="{report.title}.csv"'},
        )
    return JSONResponse(
        {
            "report": report.title,
            "headers": list(report.headers),
            "rows": [list(r) for r in report.rows],
            "summary": report.summary,
        }
    )


@router.get("/trial-balance")
def trial_balance(
    request: Request,
    start: date | None = None,
    end: date | None = None,
    branch: str | None = None,
    format: str = "json",
    reader: Reader = READER,
) -> Response:
    return _answer(
        lambda: reports.trial_balance(request.app.state.engine, reader, start, end, branch), format
    )


@router.get("/profit-and-loss")
def profit_and_loss(
    request: Request,
    start: date,
    end: date,
    branch: str | None = None,
    format: str = "json",
    reader: Reader = READER,
) -> Response:
    return _answer(
        lambda: reports.profit_and_loss(request.app.state.engine, reader, start, end, branch),
        format,
    )


@router.get("/balance-sheet")
def balance_sheet(
    request: Request,
    at: date,
    branch: str | None = None,
    format: str = "json",
    reader: Reader = READER,
) -> Response:
    return _answer(
        lambda: reports.balance_sheet(request.app.state.engine, reader, at, branch), format
    )


@router.get("/vat-summary")
def vat_summary(
    request: Request,
    start: date,
    end: date,
    branch: str | None = None,
    format: str = "json",
    reader: Reader = READER,
) -> Response:
    return _answer(
        lambda: reports.vat_summary(request.app.state.engine, reader, start, end, branch), format
    )


@router.get("/stock")
def stock(
    request: Request,
    branch: str | None = None,
    format: str = "json",
    reader: Reader = READER,
) -> Response:
    return _answer(lambda: reports.stock(request.app.state.engine, reader, branch), format)


@router.get("/sales")
def sales(
    request: Request,
    start: date,
    end: date,
    group: str = "branch",
    branch: str | None = None,
    format: str = "json",
    reader: Reader = READER,
) -> Response:
    return _answer(
        lambda: reports.sales(request.app.state.engine, reader, start, end, group, branch), format
    )


@router.get("/general-ledger")
def general_ledger(
    request: Request,
    account: str,
    start: date | None = None,
    end: date | None = None,
    branch: str | None = None,
    format: str = "json",
    reader: Reader = READER,
) -> Response:
    return _answer(
        lambda: reports.general_ledger(
            request.app.state.engine, reader, account, start, end, branch
        ),
        format,
    )
