"""/api/v1: enrollment, push and pull."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from erp_desktop.kernel.errors import ErpError
from sync_server.api.auth import current_device
from sync_server.api.body import read_body
from sync_server.services.availability import availability
from sync_server.services.customers import compare_customers
from sync_server.services.enrollment import Device, enroll
from sync_server.services.pull import DEFAULT_PAGE, pull
from sync_server.services.push import apply_push
from sync_server.services.summary import summary

router = APIRouter(prefix="/api/v1")


class EnrollRequest(BaseModel):
    token: str


@router.get("/health")
def health() -> dict[str, Any]:
    return {"status": "ok"}


@router.post("/enroll")
def enroll_device(request: Request, body: EnrollRequest) -> dict[str, Any]:
    try:
        device, credential = enroll(request.app.state.engine, body.token)
    except ErpError as error:
        raise HTTPException(401, {"code": error.code, "params": dict(error.params)}) from None
    return {
        "device_id": str(device.id),
        "branch_id": str(device.branch_id),
        "credential": credential,
    }


@router.get("/pull")
def pull_changes(
    request: Request,
    after: int = 0,
    limit: int = DEFAULT_PAGE,
    device: Device = Depends(current_device),  # noqa: B008
) -> dict[str, Any]:
    try:
        return pull(request.app.state.engine, device, after, limit)
    except ErpError as error:
        raise HTTPException(422, {"code": error.code, "params": dict(error.params)}) from None


@router.get("/availability/{product_id}")
def product_availability(
    request: Request,
    product_id: UUID,
    device: Device = Depends(current_device),  # noqa: B008
) -> dict[str, Any]:
    return {
        "product_id": str(product_id),
        "branches": availability(request.app.state.engine, device, product_id),
    }


@router.get("/summary")
def branch_summary(request: Request, device: Device = Depends(current_device)) -> dict[str, Any]:  # noqa: B008
    return summary(request.app.state.engine, device)


class CustomerBuckets(BaseModel):
    buckets: dict[str, str]


@router.post("/customers/compare")
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


@router.post("/push")
async def push(request: Request, device: Device = Depends(current_device)) -> JSONResponse:  # noqa: B008
    body = await read_body(request)
    outcome = apply_push(request.app.state.engine, device, body)
    return JSONResponse(outcome.body, status_code=outcome.status)
