"""The replica's connection has one owner: the thread that opened it (the desktop's database
worker, the command line's main thread). Another thread is refused, loudly."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import text

from erp_desktop.bootstrap import open_branch
from erp_desktop.storage.engine import Replica
from erp_desktop.storage.migrate import upgrade_replica


def _in_another_thread(use: Callable[[], object]) -> BaseException | None:
    caught: list[BaseException] = []

    def run() -> None:
        try:
            use()
        except BaseException as exc:  # handed back to the test
            caught.append(exc)

    worker = threading.Thread(target=run, name="network")
    worker.start()
    worker.join(10)
    return caught[0] if caught else None


def _read(replica: Replica) -> int:
    with replica.read() as conn:
        return int(conn.execute(text("SELECT 1")).scalar_one())


def _write(replica: Replica) -> None:
    with replica.transaction(None) as conn:
        conn.execute(text("UPDATE company SET name = 'Épicerie Tlemcen'"))


def test_a_confined_replica_refuses_the_network_thread_and_serves_its_owner(
    tmp_path: Path,
) -> None:
    replica = Replica(tmp_path / "r.sqlite3")
    upgrade_replica(replica)
    replica.confine_to_current_thread()
    for use in (lambda: _read(replica), lambda: _write(replica)):
        refused = _in_another_thread(use)
        assert isinstance(refused, RuntimeError)
        assert str(refused).startswith("storage.foreign_thread")
    assert _read(replica) == 1  # the owner is not disturbed by the refusals
    _write(replica)
    replica.close()


def test_the_replica_belongs_to_the_thread_that_opened_the_branch(tmp_path: Path) -> None:
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="replica") as worker:
        branch = worker.submit(open_branch, tmp_path).result(60)
        with pytest.raises(RuntimeError, match=r"storage\.foreign_thread"):
            _read(branch.replica)  # the test's own thread is a stranger to it
        assert worker.submit(_read, branch.replica).result(10) == 1
        worker.submit(branch.close).result(10)
