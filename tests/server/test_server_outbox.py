"""The server's outbox (migration 0030, ``services.outbox``): items claimed with ``FOR UPDATE
SKIP LOCKED`` by two workers, each with its own connections to the real PostgreSQL, are
each done exactly once, and the one whose worker died mid-claim is taken by the other."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from uuid import UUID

import pytest
from sqlalchemy import Engine, text

from erp_desktop.kernel.ids import new_id
from sync_server.db import outbox, scopes
from sync_server.db.engine import Connection, make_engine, unit_of_work
from sync_server.services import headoffice
from sync_server.services.outbox import HANDLERS, run_pending

KIND = "test_item"


def _record(conn: Connection, item: outbox.Item) -> None:
    """The work of a test item: an alert naming it, written in the item's transaction."""
    conn.execute(
        text(
            "INSERT INTO sync.alerts (id, branch_id, kind, params) "
            "VALUES (:id, :b, 'outbox_test', CAST(:p AS jsonb))"
        ),
        {"id": new_id(), "b": item.branch_id, "p": f'{{"item": {item.id}}}'},
    )


@pytest.fixture(scope="module")
def branches(engine: Engine) -> dict[str, UUID]:
    headoffice.set_up_company(engine, "Test SARL", "شركة", "DZ", "DZD")
    alger, _ = headoffice.add_branch(engine, "ALG01", "Alger", "الجزائر")
    oran, _ = headoffice.add_branch(engine, "ALG02", "Oran", "وهران")
    return {"alger": alger, "oran": oran}


@pytest.fixture
def handler(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setitem(HANDLERS, KIND, _record)
    yield


def _enqueue(engine: Engine, branch: UUID, count: int) -> list[int]:
    with unit_of_work(engine, branch_id=branch) as conn:
        return [outbox.enqueue(conn, branch, KIND, {"n": n}) for n in range(count)]


def _done_counts(engine: Engine, ids: list[int]) -> dict[int, int]:
    with unit_of_work(engine, head_office=True) as conn:
        rows = conn.execute(
            text(
                "SELECT CAST(params ->> 'item' AS bigint), count(*) FROM sync.alerts "
                "WHERE kind = 'outbox_test' GROUP BY 1"
            )
        ).all()
    found = {int(r[0]): int(r[1]) for r in rows}
    return {i: found.get(i, 0) for i in ids}


def _pending(engine: Engine, ids: list[int]) -> list[int]:
    with unit_of_work(engine, head_office=True) as conn:
        return [
            int(i)
            for i in conn.execute(
                text("SELECT id FROM sync.outbox WHERE done_at IS NULL AND id = ANY(:ids)"),
                {"ids": ids},
            ).scalars()
        ]


def test_two_workers_do_each_item_exactly_once(
    pg_url: str, engine: Engine, branches: dict[str, UUID], handler: None
) -> None:
    ids = _enqueue(engine, branches["alger"], 30) + _enqueue(engine, branches["oran"], 30)
    workers = [make_engine(pg_url) for _ in range(2)]  # each its own connections
    done: dict[str, int] = {}
    start = threading.Barrier(2)

    def work(name: str, worker: Engine) -> None:
        start.wait()
        total = 0
        while (did := run_pending(worker, name, limit=5)) or _pending(worker, ids):
            total += did
        done[name] = total

    threads = [
        threading.Thread(target=work, args=(f"worker {n}", w)) for n, w in enumerate(workers)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    for worker in workers:
        worker.dispose()
    assert _done_counts(engine, ids) == dict.fromkeys(ids, 1)
    assert sum(done.values()) == len(ids)
    assert _pending(engine, ids) == []
    with unit_of_work(engine, head_office=True) as conn:
        by = conn.execute(
            text("SELECT DISTINCT done_by FROM sync.outbox WHERE id = ANY(:ids)"), {"ids": ids}
        ).scalars()
        assert set(by) <= {"worker 0", "worker 1"}


def test_an_item_whose_worker_died_mid_claim_is_done_by_the_other(
    pg_url: str, engine: Engine, branches: dict[str, UUID], handler: None
) -> None:
    first, *others = _enqueue(engine, branches["alger"], 3)
    elsewhere = _enqueue(engine, branches["oran"], 2)
    every = [first, *others, *elsewhere]
    dying = make_engine(pg_url)
    conn = dying.connect()
    conn.begin()
    key = scopes.head_office_key(conn)  # read as the owner, as unit_of_work does
    conn.exec_driver_sql("SET LOCAL ROLE erp_app")
    scopes.enter(conn, key, branches["alger"])
    assert outbox.claim(conn, first) is not None  # claimed, then the worker dies
    pid = conn.execute(text("SELECT pg_backend_pid()")).scalar_one()
    try:
        # the survivor never waits: it skips what the dying worker holds (the item, and
        # its branch, whose items are done one at a time) and does the other branch's
        assert run_pending(engine, "survivor") == 2
        assert _pending(engine, every) == [first, *others]
        with engine.connect() as killer:
            killer.execute(text("SELECT pg_terminate_backend(:p, 5000)"), {"p": pid})
        assert run_pending(engine, "survivor") == 3
    finally:
        conn.invalidate()
        dying.dispose()
    assert _done_counts(engine, every) == dict.fromkeys(every, 1)
    assert _pending(engine, every) == []
