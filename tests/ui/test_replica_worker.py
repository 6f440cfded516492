"""The network worker reaches the database only through the database worker: a step handed
over runs there, in turn with the jobs already submitted, and its answer or its error comes
back to the thread that waits for it."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from erp_desktop.app.changes import Changed, Done
from erp_desktop.ui.tasks import TaskRunner


def test_a_step_handed_over_runs_on_the_database_worker_after_what_was_queued(
    qtbot: QtBot,
) -> None:
    db = TaskRunner("replica-owner")
    order: list[str] = []
    got: list[object] = []
    db.submit(lambda: order.append("queued before"), lambda _r: None)

    def network() -> None:
        def step() -> str:
            order.append("step")
            return QThread.currentThread().objectName()

        got.append(db.run_here(step))
        try:
            db.run_here(lambda: 1 / 0)
        except ZeroDivisionError as error:
            got.append(error)

    worker = threading.Thread(target=network, name="network")
    worker.start()
    worker.join(10)
    qtbot.waitUntil(lambda: db.pending() == 0, timeout=5000)
    db.shutdown()
    assert order == ["queued before", "step"]
    assert got[0] == "replica-owner"
    assert isinstance(got[1], ZeroDivisionError)


def test_the_views_hear_what_a_typed_result_changed(
    qtbot: QtBot,
) -> None:
    db = TaskRunner("replica-changes")
    heard: list[object] = []
    db.data_did_change.connect(heard.append)
    done: list[object] = []
    db.submit(lambda: Done("sale", frozenset({Changed.SALES})), done.append)
    qtbot.waitUntil(lambda: len(done) == 1, timeout=5000)
    assert heard == [frozenset({Changed.SALES})]
    db.shutdown()


def test_a_step_handed_to_a_stopped_worker_fails_instead_of_waiting_forever() -> None:
    db = TaskRunner("replica-stopped")
    db.shutdown()
    caught: list[BaseException] = []

    def network() -> None:
        try:
            db.run_here(lambda: 1)
        except RuntimeError as error:
            caught.append(error)

    worker = threading.Thread(target=network, name="network")
    worker.start()
    worker.join(10)
    assert not worker.is_alive()
    assert str(caught[0]).startswith("tasks.worker_stopped")
