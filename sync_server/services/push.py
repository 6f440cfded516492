"""Applying a push: one batch, one transaction, an answer per change.

A replayed batch (same idempotency key, same body) gets the stored answer and changes
nothing; the same key with another body is refused. A rejected change (with its error code
and parameters) never blocks the others, whether its acting user may not do it
(``actor_rights``) or its data is refused: the batch's changes are merged kind by kind, a
set at a time, by the kind's merger (``mergers``). The transaction runs in the scope the
device's credential proves.

The service says what became of the push (``PushOutcome``: answered, or refused and why);
the API turns that into HTTP (``api.push_answers``).
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any
from uuid import UUID

from erp_desktop.kernel.errors import ErpError, NotFound, PermissionDenied, ValidationError
from erp_desktop.kernel.ledger.accounts import Chart, load_chart
from erp_desktop.kernel.protocol.envelope import Change, ChangeResult, PushBatch
from sync_server.db import batches, outbox
from sync_server.db import headoffice as rows
from sync_server.db.engine import Connection, DatabaseError, Engine, unit_of_work
from sync_server.services.actor_rights import ActorRights
from sync_server.services.enrollment import Device
from sync_server.services.merge_lane import MergeLane
from sync_server.services.mergers import MERGERS, MergeContext, merge_set
from sync_server.services.mergers.base import rejected
from sync_server.services.outbox import run_pending
from sync_server.services.ownership import ownership_refusal

MAX_BODY_BYTES = 16 * 2**20

log = logging.getLogger("sync_server.services.push")


class PushOutcomeKind(StrEnum):
    """What became of a push."""

    ANSWERED = "answered"  # merged now: an answer per change
    REPLAYED = "replayed"  # the key's stored answer, nothing changed
    BODY_TOO_LARGE = "body_too_large"
    NOT_JSON = "not_json"
    NOT_A_BATCH = "not_a_batch"  # JSON, but not a batch the protocol reads
    NOT_THIS_DEVICE = "not_this_device"  # the batch names another device or branch
    KEY_REUSED = "key_reused"  # the key was answered for another body
    CREDENTIAL_REVOKED = "credential_revoked"  # since the request was let in
    BUSY = "busy"  # a big push found no place in the merge lane: nothing written


@dataclass(frozen=True, slots=True)
class PushOutcome:
    """``body`` is the answer (``PushResponse``) when the push was answered or replayed,
    else the refusal's ``code`` and ``params``."""

    kind: PushOutcomeKind
    body: dict[str, Any]

    @property
    def refused(self) -> bool:
        return self.kind not in (PushOutcomeKind.ANSWERED, PushOutcomeKind.REPLAYED)


def _refused(kind: PushOutcomeKind, error: ErpError) -> PushOutcome:
    return PushOutcome(kind, {"code": error.code, "params": dict(error.params)})


def apply_push(
    engine: Engine, device: Device, body: bytes, lane: MergeLane | None = None
) -> PushOutcome:
    """``lane`` bounds the big merges running at once (``services.merge_lane``): a big
    push that finds no place is answered busy before its transaction opens."""
    K = PushOutcomeKind
    if len(body) > MAX_BODY_BYTES:
        return _refused(
            K.BODY_TOO_LARGE, ValidationError("protocol.body_too_large", limit=MAX_BODY_BYTES)
        )
    try:
        value = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return _refused(K.NOT_JSON, ValidationError("protocol.invalid_json"))
    try:
        batch = PushBatch.from_dict(value)
    except ErpError as error:
        return _refused(K.NOT_A_BATCH, error)
    if batch.device_id != device.id or batch.branch_id != device.branch_id:
        return _refused(
            K.NOT_THIS_DEVICE,
            ValidationError("protocol.wrong_branch", what="batch", id=str(batch.branch_id)),
        )
    digest = hashlib.sha256(body).hexdigest()
    if lane is None:
        return _merge_and_record(engine, device, batch, digest)
    with lane.place(len(batch.changes)) as admitted:
        if not admitted:
            return _refused(
                K.BUSY,
                ErpError(
                    "sync.server_busy",
                    changes=len(batch.changes),
                    retry_after=lane.retry_after,
                ),
            )
        return _merge_and_record(engine, device, batch, digest)


def _merge_and_record(engine: Engine, device: Device, batch: PushBatch, digest: str) -> PushOutcome:
    """The batch merged and its answer recorded under its key, in one transaction (the
    stored answer when the key was answered already)."""
    K = PushOutcomeKind
    try:
        with unit_of_work(engine, credential=device.credential) as conn:
            batches.lock_key(conn, device.id, batch.idempotency_key)
            known = batches.answered(conn, device.id, batch.idempotency_key)
            if known is not None:
                if known[0] == digest:
                    return PushOutcome(K.REPLAYED, known[1])
                return _refused(
                    K.KEY_REUSED,
                    ValidationError("protocol.key_reused", key=batch.idempotency_key),
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
            # Read in the push's own scope, which sees the branch's items (its own
            # included): a push that leaves none skips the head-office transaction that
            # would look for them (4.5 ms a batch, a sixth of a movements push).
            left = bool(outbox.pending(conn, device.branch_id, 1))
    except PermissionDenied as error:  # revoked since the request was let in
        return _refused(K.CREDENTIAL_REVOKED, error)
    if left:
        _after_commit(engine, device)
    return PushOutcome(K.ANSWERED, response)


def _after_commit(engine: Engine, device: Device) -> None:
    """The branch's outbox items (the chain check of the sales just merged) done now that
    the push has committed; whatever fails here stays pending for the workers' claimers
    (``services.outbox``), and the push's answer stands."""
    try:
        run_pending(engine, branch_id=device.branch_id)
    except (DatabaseError, ErpError) as error:
        log.warning(
            "the outbox of branch %s is left to the claimers", device.branch_id, exc_info=error
        )


def merge_batch(
    conn: Connection, changes: Sequence[Change], device: Device, chart: Chart
) -> tuple[ChangeResult, ...]:
    """Every change of the batch applied, an answer for each, in the batch's order.

    Each change's branch and actor are checked first, for the whole batch at once
    (``actor_rights``); then each kind's changes are merged as one set by its merger, in
    the order of ``MERGERS``. Nothing among them depends on the order within a kind but
    for sessions and customers, merged in the batch's order: movements move levels by
    deltas, sales and postings are keyed by their ids.
    """
    results: dict[UUID, ChangeResult] = {}
    by_entity: dict[str, list[Change]] = {entity: [] for entity in MERGERS}
    rights = ActorRights.of_batch(conn, changes, device.branch_id)
    # Whether the device's site may write an entity depends on the entity alone (its
    # kind is the device's): asked once per entity of the batch, not once per change.
    owned_by: dict[str, ErpError | None] = {}
    for change in changes:
        if change.entity not in owned_by:
            owned_by[change.entity] = ownership_refusal(change, device)
        refusal = owned_by[change.entity] or rights.refusal(change)
        if change.branch_id != device.branch_id:
            error = ValidationError("protocol.wrong_branch", what="change", id=str(change.id))
            results[change.id] = rejected(change, error)
        elif refusal is not None:
            results[change.id] = rejected(change, refusal)
        elif change.entity not in MERGERS:
            error = ValidationError("protocol.not_applied_yet", entity=change.entity)
            results[change.id] = rejected(change, error)
        else:
            by_entity[change.entity].append(change)
    ctx = MergeContext(conn, device.branch_id, chart)
    for entity, merger in MERGERS.items():
        if by_entity[entity]:
            results.update(merge_set(ctx, merger, by_entity[entity]))
    return tuple(results[change.id] for change in changes)
