"""/api/v1/payslips/own: an employee's own payslips for the branch PC they log in at.

The device proves itself (``Authorization: Bearer``); the body proves the user (their
name and password). Refusals are problems: 401 for the device, 403 for a wrong user or
password (``auth.invalid_credentials``), a user who is no employee
(``payroll.not_an_employee``) or works for another branch (``payroll.payslips_other_branch``),
429 for a user locked out by wrong passwords (``auth.locked_out``, with ``Retry-After``).
The password is read from the body and never logged.
"""

from __future__ import annotations

from datetime import date
from typing import Any
from uuid import UUID

from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from erp_desktop.kernel.errors import ErpError
from sync_server.api.auth import current_device
from sync_server.api.schemas import problems
from sync_server.services.enrollment import Device
from sync_server.services.own_payslips import own_payslips

router = APIRouter(prefix="/api/v1")


class UserProof(BaseModel):
    username: str = Field(min_length=1, max_length=150)
    password: str = Field(min_length=1, max_length=200, repr=False)


class OwnPayslip(BaseModel):
    run_number: str
    run_kind: str
    month: date
    paid_on: date
    country: str
    currency: str
    payslip: dict[str, Any] = Field(description="the payslip as its run carried it")


class OwnPayslipList(BaseModel):
    employee_id: UUID
    payslips: list[OwnPayslip]


@router.post("/payslips/own", responses=problems(400, 401, 403, 422, 429, 500))
async def own_payslip_list(
    request: Request,
    body: UserProof,
    device: Device = Depends(current_device),  # noqa: B008
) -> OwnPayslipList:
    """Checking a password takes tens of milliseconds of CPU: in the thread pool."""
    engine = request.app.state.engine
    try:
        found = await run_in_threadpool(own_payslips, engine, device, body.username, body.password)
    except ErpError as error:
        status = 429 if error.code == "auth.locked_out" else 403
        headers = (
            {"Retry-After": str(60 * int(error.params.get("minutes", 1)))}
            if status == 429
            else None
        )
        raise HTTPException(
            status, {"code": error.code, "params": dict(error.params)}, headers=headers
        ) from None
    return OwnPayslipList.model_validate(
        {"employee_id": found.employee_id, "payslips": found.payslips}
    )
