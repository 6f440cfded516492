"""The till's lane (``services.merge_lane``), over real HTTP and PostgreSQL: with one place
for a big merge, a second big push is answered busy (503, Retry-After, ``sync.server_busy``)
having written nothing, while a small push and a pull are answered at once; sent again
once the place is free, the same batch lands exactly once."""

from __future__ import annotations

import gzip
import json
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine, text

from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.sessions import close_cash_session, open_cash_session
from erp_desktop.kernel.errors import ErpError
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.protocol.envelope import Change
from erp_desktop.sync.client import SyncClient
from sync_server.db.engine import unit_of_work
from sync_server.services import headoffice
from sync_server.services import push as push_service
from sync_server.settings import Settings
from tests.builders import Branch, build_branch
from tests.server.helpers import head_office_for, outbox_batch, running_server

BIG = 2  # a push of more than 2 changes is big here


def DA(value: int) -> Money:
    return Money.of(Decimal(value), "DZD")


@pytest.fixture(scope="module")
def branch(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Branch]:
    built = build_branch(Path(tmp_path_factory.mktemp("lane")))
    cashier = built.actor("cashier")
    open_cash_session(built.deps, cashier, DA(2000))
    for i in (0, 1, 4):
        checkout(
            built.deps,
            cashier,
            CheckoutRequest((CartLine(built.products[i], Decimal(1)),), (_cash(),)),
        )
    close_cash_session(built.deps, cashier, {"2000": 20})
    yield built
    built.replica.close()


def _cash() -> Any:
    from erp_desktop.kernel.sales import Tender, TenderKind

    return Tender(TenderKind.CASH, DA(70000))


@pytest.fixture(scope="module")
def server(engine: Engine, pg_url: str, branch: Branch) -> Iterator[str]:
    head_office_for(engine, branch)
    settings = Settings(pg_url, max_big_merges=1, big_merge_changes=BIG, big_merge_wait_seconds=0.3)
    with running_server(pg_url, settings) as url:
        yield url


def _push(server: str, credential: str, batch: dict[str, Any]) -> httpx.Response:
    body = gzip.compress(json.dumps(batch).encode())
    headers = {
        "authorization": f"Bearer {credential}",
        "content-type": "application/json",
        "content-encoding": "gzip",
    }
    return httpx.post(f"{server}/api/v1/push", content=body, headers=headers, timeout=30)


def _count(engine: Engine, sql: str, **params: Any) -> int:
    with unit_of_work(engine, head_office=True) as conn:
        return int(conn.execute(text(sql), params).scalar_one())


def test_a_big_push_finding_the_lane_full_is_answered_busy_unwritten_then_lands_once(
    server: str, engine: Engine, branch: Branch, monkeypatch: pytest.MonkeyPatch
) -> None:
    device_id, token = headoffice.add_device(engine, "ALG01", "till 1")
    enrolled = httpx.post(f"{server}/api/v1/enroll", json={"token": token})
    assert enrolled.status_code == 200, enrolled.text
    credential = enrolled.json()["credential"]
    day = outbox_batch(branch, device_id)
    changes = day["changes"]
    first_sale = next(i for i, c in enumerate(changes) if c["entity"] == "sale")
    holder = day | {"idempotency_key": "k-holder", "changes": changes[:first_sale]}
    refused = day | {"idempotency_key": "k-refused", "changes": changes[first_sale:-1]}
    small = day | {"idempotency_key": "k-small-push", "changes": changes[-1:]}  # the closing
    assert len(holder["changes"]) > BIG and len(refused["changes"]) > BIG
    sales = {c["entity_id"] for c in refused["changes"] if c["entity"] == "sale"}
    assert len(sales) == 3

    merging, release = threading.Event(), threading.Event()
    merge_batch = push_service.merge_batch
    holder_first = holder["changes"][0]["id"]

    def slow_for_the_holder(conn: Any, batch: tuple[Change, ...], *rest: Any) -> Any:
        if str(batch[0].id) == holder_first:
            merging.set()
            release.wait(20)
        return merge_batch(conn, batch, *rest)

    monkeypatch.setattr(push_service, "merge_batch", slow_for_the_holder)
    with ThreadPoolExecutor(1) as pool:
        holding = pool.submit(_push, server, credential, holder)
        try:
            assert merging.wait(10), "the big push never reached its merge"
            busy = _push(server, credential, refused)
            assert busy.status_code == 503, busy.text
            assert busy.headers["retry-after"] == "1"
            assert busy.headers["content-type"] == "application/problem+json"
            problem = busy.json()
            assert problem["code"] == "sync.server_busy"
            assert problem["params"] == {"changes": len(refused["changes"]), "retry_after": 1}
            # the client says so, with when to come back (the runner keeps the changes)
            with pytest.raises(ErpError) as raised:
                SyncClient(server, credential).push(refused)
            assert raised.value.code == "sync.server_busy"
            assert raised.value.params["retry_after"] == 1

            started = time.monotonic()
            answered_small = _push(server, credential, small)
            pulled = httpx.get(
                f"{server}/api/v1/pull",
                params={"after": 0, "limit": 10},
                headers={"authorization": f"Bearer {credential}"},
                timeout=5,
            )
            assert time.monotonic() - started < 2.0  # never waited for the lane
            assert answered_small.status_code == 200, answered_small.text
            assert [r["status"] for r in answered_small.json()["results"]] == ["accepted"]
            assert pulled.status_code == 200, pulled.text
            assert not holding.done()  # all that while the big merge still held the place
        finally:
            release.set()
        assert holding.result().status_code == 200

    # Nothing of the refused push was written: no answer under its key, none of its sales.
    keys = "SELECT count(*) FROM sync.batches WHERE idempotency_key = :key"
    assert _count(engine, keys, key="k-refused") == 0
    sold = "SELECT count(*) FROM sales.documents WHERE id = ANY(CAST(:ids AS uuid[]))"
    assert _count(engine, sold, ids=sorted(sales)) == 0

    # The place is free: the same batch sent again lands, and once only.
    landed = _push(server, credential, refused)
    assert landed.status_code == 200, landed.text
    assert {r["status"] for r in landed.json()["results"]} == {"accepted"}
    again = _push(server, credential, refused)
    assert again.status_code == 200 and again.json() == landed.json()  # the stored answer
    assert _count(engine, keys, key="k-refused") == 1
    assert _count(engine, sold, ids=sorted(sales)) == 3
