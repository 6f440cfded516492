"""Schemathesis hooks for the bounded fuzz run (``test_fuzz_api``), loaded through
``SCHEMATHESIS_HOOKS`` by the ``st`` process: generated push batches name the enrolled
device and its branch (so they reach the merge, not only the 403 of a foreign branch),
every call carries the device's token, and the reports a head-office reader's Basic
credentials instead."""

from __future__ import annotations

import os
from typing import Any

import schemathesis


def _as_this_device(body: Any) -> Any:
    if not isinstance(body, dict):
        return body
    branch = os.environ["ERP_FUZZ_BRANCH_ID"]
    mapped = dict(body)
    if "device_id" in mapped:
        mapped["device_id"] = os.environ["ERP_FUZZ_DEVICE_ID"]
    if "branch_id" in mapped:
        mapped["branch_id"] = branch
    changes = mapped.get("changes")
    if isinstance(changes, list):
        mapped["changes"] = [
            {**c, "branch_id": branch} if isinstance(c, dict) and "branch_id" in c else c
            for c in changes
        ]
    return mapped


@schemathesis.hook
def before_call(context: Any, case: Any, kwargs: dict[str, Any]) -> None:
    """The device's token everywhere, a head-office reader's password on the reports."""
    operation = context.operation
    reports = operation is not None and "/reports/" in operation.path
    credential = os.environ["ERP_FUZZ_READER" if reports else "ERP_FUZZ_DEVICE"]
    case.headers = {**(case.headers or {}), "Authorization": credential}
    if operation is not None and operation.path.endswith("/push"):
        case.body = _as_this_device(case.body)
