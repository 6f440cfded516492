"""The fake of the outbox repository (app/ports/outbox.py)."""

from __future__ import annotations

import copy
from datetime import datetime
from typing import Any
from uuid import UUID

from erp_desktop.kernel.ids import new_id
from tests.desktop.fakes.replica import FakeReplica


class FakeOutbox:
    def __init__(self, db: FakeReplica) -> None:
        self.db = db

    def _where(self, state: str) -> list[dict[str, Any]]:
        return [copy.deepcopy(c) for c in self.db.outbox if c["state"] == state]

    def pending_count(self) -> int:
        return len(self._where("pending"))

    def pending(self, limit: int) -> list[dict[str, Any]]:
        return self._where("pending")[:limit]

    def rejected(self) -> list[dict[str, Any]]:
        return self._where("rejected")

    def queued(self, entity: str, entity_id: UUID) -> bool:
        return any((c["entity"], c["entity_id"]) == (entity, entity_id) for c in self.db.outbox)

    def queue_changes(
        self,
        changes: list[tuple[str, UUID, dict[str, Any], str]],
        actor_id: UUID | None,
        now: datetime,
    ) -> None:
        for entity, entity_id, payload, hlc in changes:
            self.queue_change(entity, entity_id, payload, hlc, actor_id, now)

    def queue_change(
        self,
        entity: str,
        entity_id: UUID,
        payload: dict[str, Any],
        hlc: str,
        actor_id: UUID | None,
        now: datetime,
    ) -> None:
        self.db.outbox.append(
            {
                "id": new_id(),
                "seq": len(self.db.outbox) + 1,
                "entity": entity,
                "operation": "insert",
                "entity_id": entity_id,
                "payload": copy.deepcopy(payload),
                "hlc": hlc,
                "actor_id": actor_id,
                "state": "pending",
                "attempts": 0,
                "error_code": None,
                "error_params": None,
                "created_at": now,
                "updated_at": now,
            }
        )

    def _set(self, change_ids: list[UUID], was: str | None, **values: Any) -> int:
        moved = 0
        for change in self.db.outbox:
            if change["id"] in change_ids and (was is None or change["state"] == was):
                change.update(values)
                moved += 1
        return moved

    def mark_sent(self, change_ids: list[UUID], now: datetime) -> None:
        for change in self.db.outbox:
            if change["id"] in change_ids:
                change.update(state="sent", attempts=change["attempts"] + 1, updated_at=now)

    def mark_rejected(
        self, change_id: UUID, code: str, params: dict[str, Any], now: datetime
    ) -> None:
        self._set([change_id], None, state="rejected", error_code=code, error_params=params)

    def retry(self, change_ids: list[UUID], now: datetime) -> None:
        self._set(change_ids, "rejected", state="pending", error_code=None, error_params=None)

    def requeue(self, product_ids: list[str], series: list[str], now: datetime) -> int:
        lacking = [
            c["id"]
            for c in self.db.outbox
            if (c["entity"] == "stock_movement" and c["payload"].get("product_id") in product_ids)
            or (
                c["entity"] == "sale"
                and any(str(c["payload"].get("number", "")).startswith(f"{s}-") for s in series)
            )
        ]
        return self._set(lacking, "sent", state="pending", updated_at=now)
