"""Python's cyclic garbage is collected on the GUI thread while the client's workers run.

CI died of a segmentation fault (exit 139) while the database worker rendered a credit
note's QR code: allocating, the worker ran Python's collector, which found a widget in a
reference cycle and destroyed it off the GUI thread. A widget cannot be used to show that
without crashing the test run, so the garbage here is a plain object that notes the thread
it is finalised on."""

from __future__ import annotations

import gc
import threading
from typing import Any

from pytestqt.qtbot import QtBot

from erp_desktop.ui.garbage import gui_thread_collector
from erp_desktop.ui.tasks import TaskRunner


class Cyclic:
    """Garbage only the cyclic collector can free; says where it was freed."""

    def __init__(self, seen: list[str]) -> None:
        self.seen = seen
        self.me = self

    def __del__(self) -> None:
        self.seen.append(threading.current_thread().name)


def test_a_workers_allocations_do_not_collect_the_guis_garbage(qtbot: QtBot) -> None:
    runner = TaskRunner("garbage-test")
    go, finished = threading.Event(), threading.Event()

    def allocate_a_lot() -> int:
        go.wait()
        kept = [[i] for i in range(200_000)]  # as a QR code's encoder: many small lists
        finished.set()
        return len(kept)

    try:
        answers: list[Any] = []
        runner.submit(allocate_a_lot, answers.append)
        seen: list[str] = []
        for _ in range(20):
            Cyclic(seen)
        go.set()
        assert finished.wait(10)  # the GUI thread allocates nothing meanwhile
        qtbot.waitUntil(lambda: bool(answers), timeout=10_000)
        # the GUI thread's timer collects it: garbage does not pile up while workers run
        qtbot.waitUntil(lambda: len(seen) == 20, timeout=5_000)
        assert set(seen) == {threading.main_thread().name}
    finally:
        runner.shutdown()


def test_collection_is_given_back_to_python_when_the_last_worker_ends(qtbot: QtBot) -> None:
    assert gc.isenabled()
    first, second = TaskRunner("first"), TaskRunner("second")
    assert not gc.isenabled()
    assert gui_thread_collector().holders == 2
    first.shutdown()
    first.shutdown()  # twice is once
    assert not gc.isenabled()
    second.shutdown()
    assert gc.isenabled()
    assert gui_thread_collector().holders == 0


def test_the_collector_collects_the_generation_that_is_due() -> None:
    collector = gui_thread_collector()
    threshold = gc.get_threshold()
    gc.disable()
    try:
        gc.collect()
        gc.set_threshold(700, 3, 1000)
        kept = [[i] for i in range(50)]  # gen 0 holds something, far under its threshold
        before = gc.get_count()
        assert 0 < before[0] < 700
        collector.collect_due()
        after = gc.get_count()
        assert after[0] < before[0] and after[1] == before[1] + 1  # gen 0 alone
        for _ in range(3):
            kept.append([])
            collector.collect_due()
        assert gc.get_count()[1] == 4  # past gen 1's threshold of 3: due now
        kept.append([])
        collector.collect_due()
        assert gc.get_count()[1] == 0 and gc.get_count()[2] == 1  # gen 1 collected
        collector.collect_due()
        assert gc.get_count()[2] == 1  # gen 2 under its threshold: never collected here
        del kept
    finally:
        gc.set_threshold(*threshold)
        gc.enable()
