"""/api/v1/ready: the readiness probe of a worker, for a load balancer or monitoring.

``/api/v1/health`` says the process answers; ``/ready`` also says its database answers and
is at the revision of this code: 200 then, else 503 ``http.unavailable`` with the reason
(the database unreachable, or not migrated yet). ``?revision=0016`` also asks that this
worker's code be at that revision or newer: a rolling upgrade waits on it for each worker."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from pydantic import BaseModel

from sync_server.api.problems import MEDIA_TYPE
from sync_server.api.schemas import problems
from sync_server.services.health import readiness

router = APIRouter(prefix="/api/v1")

_UNAVAILABLE: dict[int | str, dict[str, Any]] = {
    503: {
        "description": "The database does not answer, or is not at this code's revision.",
        "content": {MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}},
    }
}


class Ready(BaseModel):
    status: str
    revision: str | None
    expected: str


@router.get("/ready", responses={**problems(422, 500), **_UNAVAILABLE})
def ready(
    request: Request,
    revision: Annotated[str | None, Query(pattern=r"^[0-9]{4}$")] = None,
) -> Ready:
    state = readiness(request.app.state.engine, revision)
    if not state.ready:
        raise HTTPException(503, {"code": "http.unavailable", "params": {"reason": state.reason}})
    return Ready(status="ready", revision=state.revision, expected=state.expected)
