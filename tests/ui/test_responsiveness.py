"""No database work on the GUI thread: a slow job runs while the event loop keeps ticking."""

from __future__ import annotations

import itertools
import threading
import time

from PySide6.QtCore import QThread, QTimer
from pytestqt.qtbot import QtBot

from erp_desktop.ui.tasks import TaskRunner


def test_a_slow_job_does_not_freeze_the_event_loop(qtbot: QtBot) -> None:
    runner = TaskRunner("slow")
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    results: list[str] = []
    gui_thread = threading.get_ident()

    def slow_job() -> str:
        assert threading.get_ident() != gui_thread
        time.sleep(0.6)  # a long report, a big import, a locked database...
        return QThread.currentThread().objectName()

    started = time.monotonic()
    runner.submit(slow_job, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    timer.stop()
    runner.shutdown()
    assert results == ["slow"]
    during = [t for t in ticks if t - started < 0.55]
    # At 10 ms, a free event loop ticks ~50 times in 0.55 s; a frozen one not at all.
    assert len(during) >= 20
    assert max(b - a for a, b in itertools.pairwise(during)) < 0.2


def test_a_failing_job_reports_its_error_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner("failing")
    errors: list[tuple[Exception, int]] = []

    def job() -> None:
        raise ValueError("disk full")

    runner.submit(job, lambda _r: None, lambda e: errors.append((e, threading.get_ident())))
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    runner.shutdown()
    error, thread = errors[0]
    assert str(error) == "disk full"
    assert thread == threading.get_ident()
    assert runner.pending() == 0
