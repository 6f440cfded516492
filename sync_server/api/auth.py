"""The device behind a request: ``Authorization: Bearer <device id>.<secret>``.

A credential is printable ASCII (a UUID, a dot, a URL-safe secret); anything else is
refused as a wrong credential before it reaches the hashing, which takes ASCII only.
"""

from __future__ import annotations

import re

from fastapi import HTTPException, Request

from erp_desktop.kernel.errors import ErpError
from sync_server.services.enrollment import Device, authenticate

_CREDENTIAL = re.compile(r"[\x21-\x7e]{1,200}")


def current_device(request: Request) -> Device:
    header = request.headers.get("authorization", "")
    scheme, _, credential = header.partition(" ")
    credential = credential.strip()
    if scheme.lower() != "bearer" or not _CREDENTIAL.fullmatch(credential):
        raise HTTPException(401, {"code": "auth.invalid_credentials", "params": {}})
    try:
        return authenticate(request.app.state.engine, credential)
    except ErpError as error:
        raise HTTPException(401, {"code": error.code, "params": dict(error.params)}) from None
