"""Envelopes of a push: a batch of changes and the server's answer per change.

A change refused for its content (a payload value out of range, an unknown entity) is
answered on its own, by its id, while the rest of its batch goes through: one bad change
must never stop a branch's queue. Only a batch whose envelope cannot be read (no key, a
change without a readable id) is refused whole.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any
from uuid import UUID

from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.protocol.fields import (
    cached_uuid,
    expect_object,
    read_datetime,
    read_int,
    read_str,
    read_uuid,
)
from erp_desktop.kernel.protocol.payloads import PAYLOAD_ENTITIES, validate_payload
from erp_desktop.kernel.protocol.readers import EARLIEST, LATEST, bounded_datetime, clean_text

PROTOCOL_VERSION = 1
MAX_CHANGES_PER_BATCH = 2000
# What a branch makes (hex ids, dashes) and a person could type; nothing a log, a header
# or PostgreSQL would trip on.
IDEMPOTENCY_KEY = re.compile(r"[A-Za-z0-9._:~-]{8,100}")
IDEMPOTENCY_KEY_TEXT = "8-100 of A-Z a-z 0-9 . _ : ~ -"


class Operation(StrEnum):
    INSERT = "insert"
    UPSERT = "upsert"


_OPERATIONS = {o.value: o for o in Operation}


@dataclass(frozen=True, slots=True)
class Change:
    id: UUID
    entity: str
    operation: Operation
    entity_id: UUID
    payload: Mapping[str, Any]
    hlc: str
    actor_id: UUID | None
    branch_id: UUID
    recorded_at: datetime

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "entity": self.entity,
            "operation": str(self.operation),
            "entity_id": str(self.entity_id),
            "payload": dict(self.payload),
            "hlc": self.hlc,
            "actor_id": str(self.actor_id) if self.actor_id else None,
            "branch_id": str(self.branch_id),
            "recorded_at": self.recorded_at.isoformat(),
        }

    @classmethod
    def from_dict(cls, value: Any, path: str = "change") -> Change:
        # A push reads thousands of changes: the usual one (the fields expected, a known
        # entity and operation) costs lookups only; anything else goes through the readers
        # that say what is wrong, and the paths are built only then.
        if not (isinstance(value, Mapping) and value.keys() == _CHANGE_FIELDS):
            expect_object(value, path, set(_CHANGE_FIELDS), set(_CHANGE_FIELDS))
        obj = value
        entity = obj["entity"]
        if type(entity) is not str or entity not in PAYLOAD_ENTITIES:
            read_str(entity, f"{path}.entity")
            clean_text(entity, f"{path}.entity", 64)
        op = obj["operation"]
        operation = _OPERATIONS.get(op) if type(op) is str else None
        if operation is None:
            read_str(op, f"{path}.operation")
            raise ValidationError(
                "protocol.bad_value", path=f"{path}.operation", expected="insert|upsert"
            )
        payload = validate_payload(entity, obj["payload"], f"{path}.payload")
        change_id = read_uuid(obj["id"], f"{path}.id")
        entity_id = read_uuid(obj["entity_id"], f"{path}.entity_id")
        branch_id = read_uuid(obj["branch_id"], f"{path}.branch_id")
        hlc = obj["hlc"]
        if type(hlc) is not str:
            read_str(hlc, f"{path}.hlc")
        assert change_id and entity_id and branch_id
        clean_text(hlc, f"{path}.hlc", 64)
        recorded_at = _recorded_at(obj["recorded_at"], path)
        return cls(
            id=change_id,
            entity=entity,
            operation=operation,
            entity_id=entity_id,
            payload=payload,
            hlc=hlc,
            actor_id=read_uuid(obj["actor_id"], f"{path}.actor_id", optional=True),
            branch_id=branch_id,
            recorded_at=recorded_at,
        )


_CHANGE_FIELDS = frozenset(
    {"id", "entity", "operation", "entity_id", "payload", "hlc", "actor_id", "branch_id"}
    | {"recorded_at"}
)


def usual_change(value: Any) -> Change | None:
    """The change ``Change.from_dict`` reads from ``value`` when ``value`` is the usual
    one (a dict of the fields, a known entity and operation, its payload read, ids as text,
    a short ASCII clock, an aware time within bounds); None for anything else,
    which ``Change.from_dict`` then reads or refuses saying why. A push reads its changes
    this way first: neither the paths of the fields nor the cache of ids are needed when
    nothing is refused (``tests/kernel/test_usual_change.py`` holds it to the reader)."""
    if type(value) is not dict or value.keys() != _CHANGE_FIELDS:
        return None
    entity = value["entity"]
    op = value["operation"]
    change_text, entity_text, branch_text = value["id"], value["entity_id"], value["branch_id"]
    hlc = value["hlc"]
    recorded = value["recorded_at"]
    actor = value["actor_id"]
    if (
        type(entity) is not str
        or entity not in PAYLOAD_ENTITIES  # each a clean short text
        or type(op) is not str
        or type(change_text) is not str
        or type(entity_text) is not str
        or type(branch_text) is not str
        or not (actor is None or type(actor) is str)
        or type(hlc) is not str
        or len(hlc) > 64
        or not hlc.isascii()  # no lone surrogate then
        or "\x00" in hlc
        or type(recorded) is not str
    ):
        return None
    operation = _OPERATIONS.get(op)
    if operation is None:
        return None
    try:
        payload = validate_payload(entity, value["payload"])
    except ValidationError:
        return None
    try:
        # a change's own ids are new each time: the cache of ids is for the few others
        change_id = UUID(change_text)
        entity_id = UUID(entity_text)
        branch_id = cached_uuid(branch_text)
        actor_id = None if actor is None else cached_uuid(actor)
        recorded_at = datetime.fromisoformat(recorded)
        inside = recorded_at.tzinfo is not None and EARLIEST <= recorded_at < LATEST
    except (ValueError, OverflowError):  # not an id, not a time, past year 1 or 9999
        return None
    if not inside:
        return None
    return Change(
        change_id, entity, operation, entity_id, payload, hlc, actor_id, branch_id, recorded_at
    )


def _recorded_at(value: Any, path: str) -> datetime:
    if type(value) is str:
        try:
            result: datetime | None = datetime.fromisoformat(value)
        except ValueError:
            result = None
        if result is not None and result.tzinfo is not None:
            return bounded_datetime(result, f"{path}.recorded_at")
    where = f"{path}.recorded_at"
    return bounded_datetime(read_datetime(value, where), where)  # raises saying why


@dataclass(frozen=True, slots=True)
class PushBatch:
    idempotency_key: str
    device_id: UUID
    branch_id: UUID
    changes: tuple[Change, ...]  # those that could be read
    protocol_version: int = PROTOCOL_VERSION
    refused: tuple[ChangeResult, ...] = ()  # those refused for their content, by id
    order: tuple[UUID, ...] = ()  # every change's id as sent (empty: as ``changes``)

    def to_dict(self) -> dict[str, Any]:
        return {
            "protocol_version": self.protocol_version,
            "idempotency_key": self.idempotency_key,
            "device_id": str(self.device_id),
            "branch_id": str(self.branch_id),
            "changes": [c.to_dict() for c in self.changes],
        }

    @classmethod
    def from_dict(cls, value: Any) -> PushBatch:
        keys = {"protocol_version", "idempotency_key", "device_id", "branch_id", "changes"}
        obj = expect_object(value, "batch", keys, keys)
        version = read_int(obj["protocol_version"], "batch.protocol_version")
        if version > PROTOCOL_VERSION or version < 1:
            raise ValidationError(
                "protocol.unsupported_version", version=version, supported=PROTOCOL_VERSION
            )
        changes = obj["changes"]
        if not isinstance(changes, list):
            raise ValidationError("protocol.wrong_type", path="batch.changes", expected="array")
        if len(changes) > MAX_CHANGES_PER_BATCH:
            raise ValidationError(
                "protocol.batch_too_large", count=len(changes), limit=MAX_CHANGES_PER_BATCH
            )
        key = read_str(obj["idempotency_key"], "batch.idempotency_key")
        device = read_uuid(obj["device_id"], "batch.device_id")
        branch = read_uuid(obj["branch_id"], "batch.branch_id")
        assert key is not None and device and branch
        if not IDEMPOTENCY_KEY.fullmatch(key):
            raise ValidationError(
                "protocol.bad_value", path="batch.idempotency_key", expected=IDEMPOTENCY_KEY_TEXT
            )
        read: list[Change] = []
        refused: list[ChangeResult] = []
        order: list[UUID] = []
        for i, value in enumerate(changes):
            try:
                change = usual_change(value) or Change.from_dict(value, f"batch.changes[{i}]")
            except ValidationError as error:
                change_id = _readable_id(value)
                if change_id is None:
                    raise  # nothing to answer it by: the batch is refused whole
                order.append(change_id)
                refused.append(
                    ChangeResult(
                        change_id, ChangeStatus.REJECTED, error.code, error.as_dict()["params"]
                    )
                )
                continue
            order.append(change.id)
            read.append(change)
        return cls(
            idempotency_key=key,
            device_id=device,
            branch_id=branch,
            changes=tuple(read),
            protocol_version=version,
            refused=tuple(refused),
            order=tuple(order),
        )

    def answer(self, merged: Sequence[ChangeResult]) -> PushResponse:
        """The answer to every change as sent: the merged ones and the refused ones."""
        if not self.refused:
            return PushResponse(self.idempotency_key, tuple(merged))
        by_id = {r.change_id: r for r in (*merged, *self.refused)}
        return PushResponse(self.idempotency_key, tuple(by_id[i] for i in self.order))


def _readable_id(value: Any) -> UUID | None:
    if not isinstance(value, Mapping) or type(value.get("id")) is not str:
        return None
    try:
        return UUID(value["id"])
    except ValueError:
        return None


class ChangeStatus(StrEnum):
    ACCEPTED = "accepted"
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class ChangeResult:
    change_id: UUID
    status: ChangeStatus
    code: str | None = None
    params: Mapping[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "change_id": str(self.change_id),
            "status": str(self.status),
            "code": self.code,
            "params": dict(self.params),
        }


@dataclass(frozen=True, slots=True)
class PushResponse:
    idempotency_key: str
    results: tuple[ChangeResult, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "idempotency_key": self.idempotency_key,
            "results": [r.to_dict() for r in self.results],
        }
