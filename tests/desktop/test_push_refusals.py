"""A change the server refuses for its content is shown and skipped, never re-sent
forever: a batch refused whole (an older server, a body over the limit) is halved until
the change at fault is alone; that one is kept as rejected with the server's code, the
others are sent, and the next sync has nothing left to push."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from erp_desktop.kernel.errors import ConflictError, PermissionDenied
from erp_desktop.sync.client import SyncClient
from erp_desktop.sync.runner import push_outbox
from tests.builders import Branch, build_branch


def _problem(status: int, code: str, **params: Any) -> httpx.Response:
    return httpx.Response(
        status,
        json={
            "type": f"urn:maghreb-erp:problem:{code}",
            "title": "x",
            "status": status,
            "detail": code,
            "code": code,
            "params": params,
        },
        headers={"content-type": "application/problem+json"},
    )


class RefusingServer:
    """Refuses every batch holding ``bad`` with ``status``; accepts each change otherwise."""

    def __init__(self, bad: str, status: int = 422) -> None:
        self.bad, self.status, self.batches = bad, status, 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.batches += 1
        batch = json.loads(gzip.decompress(request.content))
        ids = [c["id"] for c in batch["changes"]]
        if self.bad in ids:
            return _problem(
                self.status, "protocol.bad_value", path="batch.changes[0].hlc", expected="text"
            )
        return httpx.Response(
            200,
            json={
                "idempotency_key": batch["idempotency_key"],
                "results": [
                    {"change_id": i, "status": "accepted", "code": None, "params": {}} for i in ids
                ],
            },
        )


@pytest.fixture
def branch(tmp_path: Path) -> Branch:
    built = build_branch(tmp_path)
    with built.deps.store.transaction(None) as tx:
        tx.org.set_setting(
            "sync_device_id", "0190a3c1-0000-7000-8000-000000000001", built.clock.now()
        )
    return built


def test_a_batch_refused_whole_is_halved_until_the_change_at_fault_is_alone(
    branch: Branch,
) -> None:
    with branch.deps.store.read() as tx:
        rows = tx.outbox.pending(500)
    bad = str(rows[len(rows) // 3]["id"])
    server = RefusingServer(bad)
    client = SyncClient("http://server.test", "d.s", transport=httpx.MockTransport(server))
    accepted, rejected = push_outbox(branch.deps, client)
    assert (accepted, rejected) == (len(rows) - 1, 1)
    with branch.deps.store.read() as tx:
        refused = tx.outbox.rejected()
        assert tx.outbox.pending_count() == 0
    assert [str(r["id"]) for r in refused] == [bad]
    assert refused[0]["error_code"] == "protocol.bad_value"
    assert server.batches <= 2 * len(rows).bit_length() + 1  # halving, not one by one
    server.batches = 0
    assert push_outbox(branch.deps, client) == (0, 0)  # nothing is stuck, nothing re-sent
    assert server.batches == 0


def test_a_refusal_of_the_device_itself_stops_the_sync_and_keeps_the_queue(
    branch: Branch,
) -> None:
    with branch.deps.store.read() as tx:
        before = tx.outbox.pending_count()
        bad = str(tx.outbox.pending(1)[0]["id"])
    for status, error in ((403, ConflictError), (401, PermissionDenied)):
        client = SyncClient(
            "http://server.test", "d.s", transport=httpx.MockTransport(RefusingServer(bad, status))
        )
        with pytest.raises(error):
            push_outbox(branch.deps, client)
        with branch.deps.store.read() as tx:
            assert tx.outbox.pending_count() == before and tx.outbox.rejected() == []
