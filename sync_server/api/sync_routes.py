"""/api/v1: enrollment, push and pull. Every refusal is a problem (``api.problems``);
each route lists the statuses it answers, with their bodies, in the OpenAPI document."""

from __future__ import annotations

from typing import Annotated, Any
from uuid import UUID

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from erp_desktop.kernel.errors import ErpError
from sync_server.api.auth import current_device
from sync_server.api.body import read_body
from sync_server.api.push_answers import push_response
from sync_server.api.schemas import json_body, problems
from sync_server.services.availability import availability
from sync_server.services.customers import compare_customers
from sync_server.services.enrollment import Device, enroll
from sync_server.services.pull import DEFAULT_PAGE, MAX_PAGE, pull
from sync_server.services.push import apply_push
from sync_server.services.summary import summary

router = APIRouter(prefix="/api/v1")

BIGINT = 2**63 - 1  # a cursor is a PostgreSQL bigint


class EnrollRequest(BaseModel):
    token: str = Field(min_length=1, max_length=200, pattern=r"^[\x21-\x7e]+$")


class Enrolled(BaseModel):
    device_id: UUID
    branch_id: UUID
    credential: str


class Health(BaseModel):
    status: str


class Availability(BaseModel):
    class InBranch(BaseModel):
        branch: str
        quantity_milli: int

    product_id: UUID
    branches: list[InBranch]


@router.get("/health", responses=problems(500))
def health() -> Health:
    return Health(status="ok")


@router.post("/enroll", responses=problems(400, 401, 422, 500))
def enroll_device(request: Request, body: EnrollRequest) -> Enrolled:
    try:
        device, credential = enroll(request.app.state.engine, body.token)
    except ErpError as error:
        raise HTTPException(401, {"code": error.code, "params": dict(error.params)}) from None
    return Enrolled(device_id=device.id, branch_id=device.branch_id, credential=credential)


@router.get("/pull", responses=problems(401, 422, 500))
def pull_changes(
    request: Request,
    after: Annotated[int, Query(json_schema_extra={"minimum": 0, "maximum": BIGINT})] = 0,
    limit: Annotated[int, Query(json_schema_extra={"minimum": 1, "maximum": MAX_PAGE})] = (
        DEFAULT_PAGE
    ),
    device: Device = Depends(current_device),  # noqa: B008
) -> dict[str, Any]:
    """Refused with the service's code (``common.invalid_value``), as is a cursor past what
    PostgreSQL's bigint holds."""
    if after > BIGINT:
        raise HTTPException(
            422, {"code": "common.invalid_value", "params": {"field": "after", "value": str(after)}}
        )
    try:
        return pull(request.app.state.engine, device, after, limit)
    except ErpError as error:
        raise HTTPException(422, {"code": error.code, "params": dict(error.params)}) from None


@router.get("/availability/{product_id}", responses=problems(401, 422, 500))
def product_availability(
    request: Request,
    product_id: UUID,
    device: Device = Depends(current_device),  # noqa: B008
) -> Availability:
    found = availability(request.app.state.engine, device, product_id)
    return Availability.model_validate({"product_id": product_id, "branches": found})


@router.get("/summary", responses=problems(401, 500))
def branch_summary(request: Request, device: Device = Depends(current_device)) -> dict[str, Any]:  # noqa: B008
    return summary(request.app.state.engine, device)


class CustomerBuckets(BaseModel):
    buckets: dict[str, str]


@router.post("/customers/compare", responses=problems(400, 401, 422, 500))
def compare_customer_buckets(
    request: Request,
    body: CustomerBuckets,
    device: Device = Depends(current_device),  # noqa: B008
) -> dict[str, Any]:
    """The server's copy of the customers in the buckets whose digests differ."""
    try:
        return compare_customers(request.app.state.engine, device, body.buckets)
    except ErpError as error:
        raise HTTPException(422, {"code": error.code, "params": dict(error.params)}) from None


@router.post(
    "/push",
    response_class=JSONResponse,
    responses={
        200: json_body("PushResponse", "Each change accepted, or rejected with its code."),
        **problems(400, 401, 403, 409, 413, 422, 500, 503),
    },
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PushBatch"}}},
        }
    },
)
async def push(request: Request, device: Device = Depends(current_device)) -> JSONResponse:  # noqa: B008
    """The body is read on the event loop (it streams); the merge, which blocks on the
    database for as long as the batch takes, runs in the thread pool, so the other
    requests (health checks, pulls) are answered meanwhile. A big push waits there for a
    place in the worker's merge lane, or is answered 503 with Retry-After, unwritten
    (``services.merge_lane``); small pushes never wait for one."""
    body = await read_body(request)
    engine, lane = request.app.state.engine, request.app.state.merge_lane
    outcome = await run_in_threadpool(apply_push, engine, device, body, lane)
    return push_response(outcome)
