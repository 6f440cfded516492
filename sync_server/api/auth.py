"""The device behind a request: ``Authorization: Bearer <device id>.<secret>``."""

from __future__ import annotations

from fastapi import HTTPException, Request

from erp_desktop.kernel.errors import ErpError
from sync_server.services.enrollment import Device, authenticate


def current_device(request: Request) -> Device:
    header = request.headers.get("authorization", "")
    scheme, _, credential = header.partition(" ")
    if scheme.lower() != "bearer" or not credential:
        raise HTTPException(401, {"code": "auth.invalid_credentials", "params": {}})
    try:
        return authenticate(request.app.state.engine, credential.strip())
    except ErpError as error:
        raise HTTPException(401, {"code": error.code, "params": dict(error.params)}) from None
