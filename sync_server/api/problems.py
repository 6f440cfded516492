"""Every refusal the server answers is an RFC 9457 problem (``application/problem+json``).

``type`` names the error code (``urn:maghreb-erp:problem:<code>``), ``title`` the HTTP
status, ``detail`` the English sentence of the code; ``code`` and ``params`` are what a
branch translates for its user (``erp_desktop.ui.messages``), so the texts for people are
still made at the edge, in their language. A route refuses by raising
``HTTPException(status, {"code", "params"})``; an unknown address, a method the address
does not take, a request outside the documented parameters and a crash get the same shape.
A crash says nothing of its cause: it is logged under an incident id that the answer
gives, for the operator to find.
"""

from __future__ import annotations

import logging
import string
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any
from uuid import uuid4

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from erp_desktop.kernel.errors import error_catalog

MEDIA_TYPE = "application/problem+json"
TYPE_PREFIX = "urn:maghreb-erp:problem:"

log = logging.getLogger("sync_server.problems")

# Starlette's own refusals, which carry no code: 400 is the body FastAPI could not parse.
_DEFAULT_CODES = {
    400: "protocol.invalid_json",
    404: "http.not_found",
    405: "http.method_not_allowed",
}


def describe(code: str, params: Mapping[str, Any]) -> str:
    """The code's English sentence with its parameters (the template when one is missing)."""
    template = error_catalog().get(code, code)
    names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
    try:
        text = template.format(**{n: params.get(n, f"{{{n}}}") for n in names})
    except (ValueError, IndexError):
        text = template
    return text[:1].upper() + text[1:]


def problem(
    status: int,
    code: str,
    params: Mapping[str, Any] | None = None,
    headers: Mapping[str, str] | None = None,
) -> JSONResponse:
    params = dict(params or {})
    body = {
        "type": TYPE_PREFIX + code,
        "title": HTTPStatus(status).phrase,
        "status": status,
        "detail": describe(code, params),
        "code": code,
        "params": params,
    }
    return JSONResponse(body, status_code=status, media_type=MEDIA_TYPE, headers=headers)


def _coded(detail: Any) -> tuple[str, dict[str, Any]] | None:
    if isinstance(detail, Mapping) and isinstance(detail.get("code"), str):
        return detail["code"], dict(detail.get("params") or {})
    return None


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    coded = _coded(exc.detail)
    if coded is None:
        default = _DEFAULT_CODES.get(exc.status_code)
        params = (
            {} if exc.status_code == 400 else {"path": request.url.path, "method": request.method}
        )
        if default is None:
            default, params = "http.error", {"detail": str(exc.detail)}
        coded = default, params
    code, params = coded
    return problem(exc.status_code, code, params, headers=exc.headers)


def _field_path(location: Any) -> str:
    return ".".join(str(part) for part in location) or "request"


async def _invalid_request(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = list(exc.errors())
    first = errors[0] if errors else {"loc": (), "msg": "invalid"}
    return problem(
        422,
        "http.invalid_request",
        {
            "path": _field_path(first.get("loc", ())),
            "reason": str(first.get("msg", "invalid")),
            "errors": [
                {"path": _field_path(e.get("loc", ())), "reason": str(e.get("msg", ""))}
                for e in errors[:20]
            ],
        },
    )


async def _crash(request: Request, exc: Exception) -> JSONResponse:
    incident = uuid4().hex
    log.error(
        "incident %s: %s %s failed",
        incident,
        request.method,
        request.url.path,
        exc_info=exc,
    )
    return problem(500, "http.internal_error", {"incident": incident})


def install_problem_handlers(app: FastAPI) -> None:
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _invalid_request)
    app.add_exception_handler(Exception, _crash)
