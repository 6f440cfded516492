"""A branch's push blocks on PostgreSQL for as long as its batch takes to merge; the
server goes on answering everyone else meanwhile (the merge runs off the event loop)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine

from erp_desktop.kernel.ids import new_id
from sync_server.services import headoffice
from sync_server.services import push as push_service
from tests.server.helpers import running_server


@pytest.fixture(scope="module")
def server(engine: Engine, pg_url: str) -> Iterator[str]:
    headoffice.set_up_company(engine, "El Bahia", "البهية", "DZ", "DZD")
    headoffice.add_branch(engine, "ALG01", "Alger", "الجزائر")
    with running_server(pg_url) as url:
        yield url


def test_the_health_check_is_answered_while_a_slow_push_is_being_merged(
    server: str, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    device_id, token = headoffice.add_device(engine, "ALG01", "till 1")
    enrolled = httpx.post(f"{server}/api/v1/enroll", json={"token": token})
    assert enrolled.status_code == 200, enrolled.text
    merging, release = threading.Event(), threading.Event()
    merge_batch = push_service.merge_batch

    def slow_merge(*args: Any) -> Any:
        merging.set()
        release.wait(20)
        return merge_batch(*args)

    monkeypatch.setattr(push_service, "merge_batch", slow_merge)
    batch = {
        "protocol_version": 1,
        "idempotency_key": f"k-{new_id().hex}",
        "device_id": str(device_id),
        "branch_id": enrolled.json()["branch_id"],
        "changes": [],
    }
    headers = {"authorization": f"Bearer {enrolled.json()['credential']}"}
    with ThreadPoolExecutor(1) as pool:
        pushing = pool.submit(
            httpx.post, f"{server}/api/v1/push", json=batch, headers=headers, timeout=30
        )
        try:
            assert merging.wait(10), "the push never reached its merge"
            health = httpx.get(f"{server}/api/v1/health", timeout=2)
            assert health.status_code == 200 and health.json() == {"status": "ok"}
            assert not pushing.done()  # answered while the push was still merging
        finally:
            release.set()
        answer = pushing.result()
    assert answer.status_code == 200, answer.text
    assert answer.json()["results"] == []
