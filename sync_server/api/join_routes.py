"""/api/v1/join: a shop that ran alone joins the chain with head office's invitation
(``services.joining``). No device credential yet: the invitation in the body is the proof,
spent by the database in the transaction that makes the shop a branch."""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from erp_desktop.kernel.errors import ConflictError, ErpError, NotFound, PermissionDenied
from sync_server.api.body import read_body
from sync_server.api.schemas import problems
from sync_server.services.joining import join_shop

router = APIRouter(prefix="/api/v1")


def _status(error: ErpError) -> int:
    if isinstance(error, PermissionDenied):
        return 401
    if isinstance(error, ConflictError | NotFound):
        return 409
    return 422


@router.post(
    "/join",
    response_class=JSONResponse,
    responses={
        200: {
            "description": "The shop is a branch: its device, credential and merged products.",
            "content": {"application/json": {"schema": {"type": "object"}}},
        },
        **problems(400, 401, 409, 413, 422, 500),
    },
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": {"type": "object"}}},
        }
    },
)
async def join(request: Request) -> JSONResponse:
    raw = await read_body(request)
    try:
        body: Any = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise HTTPException(400, {"code": "protocol.invalid_json", "params": {}}) from None
    try:
        joined = await run_in_threadpool(join_shop, request.app.state.engine, body)
    except ErpError as error:
        raise HTTPException(
            _status(error), {"code": error.code, "params": dict(error.params)}
        ) from None
    return JSONResponse(joined.as_dict())
