"""Reading a request body with a size limit, gzip or not (branches on bad lines compress)."""

from __future__ import annotations

import zlib

from fastapi import HTTPException, Request

from sync_server.services.push import MAX_BODY_BYTES


def _too_large() -> HTTPException:
    return HTTPException(
        413, {"code": "protocol.body_too_large", "params": {"limit": MAX_BODY_BYTES}}
    )


async def read_body(request: Request) -> bytes:
    raw = bytearray()
    async for chunk in request.stream():
        raw += chunk
        if len(raw) > MAX_BODY_BYTES:
            raise _too_large()
    if request.headers.get("content-encoding", "").lower() != "gzip":
        return bytes(raw)
    inflater = zlib.decompressobj(wbits=31)
    try:
        body = inflater.decompress(bytes(raw), MAX_BODY_BYTES + 1)
    except zlib.error:
        raise HTTPException(400, {"code": "protocol.invalid_json", "params": {}}) from None
    if len(body) > MAX_BODY_BYTES or inflater.unconsumed_tail:
        raise _too_large()
    return body
