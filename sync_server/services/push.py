"""Applying a push: one batch, one transaction, an answer per change.

A replayed batch (same idempotency key, same body) gets the stored answer and changes
nothing; the same key with another body is refused (409). A rejected change (with its error
code and parameters) never blocks the others, whether its acting user may not do it
(``actor_rights``) or its data is refused: the bulk (sales and stock movements) is merged a
set at a time (``merge_sets``), the rest change by change (``merge_one``), each in its
savepoint. The transaction runs in the scope the device's credential proves.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from erp_desktop.kernel.errors import ErpError, NotFound, PermissionDenied, ValidationError
from erp_desktop.kernel.ledger.accounts import Chart, load_chart
from erp_desktop.kernel.protocol.envelope import Change, ChangeResult, PushBatch
from sync_server.db import batches
from sync_server.db import headoffice as rows
from sync_server.db.engine import Connection, Engine, unit_of_work
from sync_server.services.actor_rights import ActorRights
from sync_server.services.enrollment import Device
from sync_server.services.head_office_changes import ownership_refusal
from sync_server.services.merge_one import apply_one, rejected
from sync_server.services.merge_sets import SET_WISE, merge_movements, merge_sales

MAX_BODY_BYTES = 16 * 2**20


@dataclass(frozen=True, slots=True)
class PushOutcome:
    status: int  # HTTP status
    body: dict[str, Any]


def _problem(status: int, error: ErpError) -> PushOutcome:
    return PushOutcome(status, {"code": error.code, "params": dict(error.params)})


def apply_push(engine: Engine, device: Device, body: bytes) -> PushOutcome:
    if len(body) > MAX_BODY_BYTES:
        return _problem(413, ValidationError("protocol.body_too_large", limit=MAX_BODY_BYTES))
    try:
        value = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return _problem(400, ValidationError("protocol.invalid_json"))
    try:
        batch = PushBatch.from_dict(value)
    except ErpError as error:
        return _problem(422, error)
    if batch.device_id != device.id or batch.branch_id != device.branch_id:
        return _problem(
            403, ValidationError("protocol.wrong_branch", what="batch", id=str(batch.branch_id))
        )
    digest = hashlib.sha256(body).hexdigest()
    try:
        with unit_of_work(engine, credential=device.credential) as conn:
            batches.lock_key(conn, device.id, batch.idempotency_key)
            known = batches.answered(conn, device.id, batch.idempotency_key)
            if known is not None:
                if known[0] == digest:
                    return PushOutcome(200, known[1])
                return _problem(
                    409, ValidationError("protocol.key_reused", key=batch.idempotency_key)
                )
            company = rows.company(conn)
            if company is None:
                raise NotFound("common.not_found", entity="company", id="-")
            chart = load_chart(company.country)
            results = merge_batch(conn, batch.changes, device, chart)
            response = batch.answer(results).to_dict()  # with the changes refused on reading
            batches.record(
                conn, batch.idempotency_key, device.branch_id, device.id, digest, response
            )
    except PermissionDenied as error:  # revoked since the request was let in
        return _problem(401, error)
    return PushOutcome(200, response)


def merge_batch(
    conn: Connection, changes: Sequence[Change], device: Device, chart: Chart
) -> tuple[ChangeResult, ...]:
    """Every change of the batch applied, an answer for each, in the batch's order.

    Each change's actor is checked first, for the whole batch at once (``actor_rights``);
    the rare entities go one by one (a transfer, a cash session, a customer); then the
    sales and the stock movements a set at a time. Nothing among them depends on the
    order: movements move levels by deltas, sales and postings are keyed by their ids.
    """
    results: dict[UUID, ChangeResult] = {}
    by_entity: dict[str, list[Change]] = {entity: [] for entity in SET_WISE}
    rights = ActorRights.of_batch(conn, changes, device.branch_id)
    for change in changes:
        refusal = ownership_refusal(change, device) or rights.refusal(change)
        if change.branch_id != device.branch_id:
            error = ValidationError("protocol.wrong_branch", what="change", id=str(change.id))
            results[change.id] = rejected(change, error)
        elif refusal is not None:
            results[change.id] = rejected(change, refusal)
        elif change.entity in SET_WISE:
            by_entity[change.entity].append(change)
        else:
            results[change.id] = apply_one(conn, change, device, chart)
    if by_entity["sale"]:
        results.update(merge_sales(conn, by_entity["sale"], device, chart))
    if by_entity["stock_movement"]:
        results.update(merge_movements(conn, by_entity["stock_movement"], device, chart))
    return tuple(results[change.id] for change in changes)
