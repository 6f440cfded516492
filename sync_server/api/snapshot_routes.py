"""/api/v1/snapshot: a new branch's bootstrap as a few gzip'd parts prepared once
(``services.snapshot``), then the feed after the snapshot's position (``/pull``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from erp_desktop.kernel.errors import NotFound
from sync_server.api.auth import current_device
from sync_server.api.schemas import problems
from sync_server.api.sync_routes import BIGINT
from sync_server.services.enrollment import Device
from sync_server.services.snapshot import snapshot_manifest, snapshot_part

router = APIRouter(prefix="/api/v1")

CHUNK = 256 * 1024  # bytes a write: a part streams, the line may be cut and the part asked again
Position = Annotated[int, Query(json_schema_extra={"minimum": 0, "maximum": BIGINT})]


@router.get("/snapshot", responses=problems(401, 422, 500))
async def snapshot(
    request: Request,
    position: Position | None = None,
    device: Device = Depends(current_device),  # noqa: B008
) -> dict[str, Any]:
    """The snapshot's feed position and parts (kind, rows, sha256 of the gzip'd bytes,
    size); ``position``: the one a bootstrap cut midway resumes, if the server still keeps
    it. Preparing one takes a few seconds: it runs in the thread pool."""
    if position is not None and position > BIGINT:
        raise HTTPException(
            422,
            {
                "code": "common.invalid_value",
                "params": {"field": "position", "value": str(position)},
            },
        )
    return await run_in_threadpool(snapshot_manifest, request.app.state.engine, device, position)


@router.get("/snapshot/{position}/{part}", responses=problems(401, 404, 422, 500))
async def snapshot_part_body(
    request: Request,
    position: int,
    part: int,
    device: Device = Depends(current_device),  # noqa: B008
) -> StreamingResponse:
    """One part's gzip'd JSON lines (``application/gzip``: the client checks the digest of
    the very bytes before unpacking them); 404 ``sync.snapshot_gone`` once replaced."""
    if not (0 <= position <= BIGINT and 0 <= part <= 2**31 - 1):
        raise HTTPException(
            422,
            {"code": "common.invalid_value", "params": {"field": "part", "value": str(part)}},
        )
    try:
        body = await run_in_threadpool(
            snapshot_part, request.app.state.engine, device, position, part
        )
    except NotFound as error:
        raise HTTPException(404, {"code": error.code, "params": dict(error.params)}) from None

    def chunks() -> Iterator[bytes]:
        for start in range(0, len(body), CHUNK):
            yield body[start : start + CHUNK]

    return StreamingResponse(
        chunks(),
        media_type="application/gzip",
        headers={"content-length": str(len(body))},
    )
