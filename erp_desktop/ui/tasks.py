"""Database and network work off the GUI thread.

One worker thread runs every database call (the replica's single connection lives there),
another runs network calls. A job is a plain callable; its result or its exception comes
back to the GUI thread by signal, so no widget code ever waits on SQLite or the network.
A result that is an :class:`~erp_desktop.app.changes.Outcome` has its "what changed" flags
re-emitted by ``data_did_change`` for the open views.

The replica's connection belongs to the database worker. A network job that needs the
database hands each step to it with ``run_here`` and waits for the answer: the network
thread does HTTP only, and the GUI thread never waits on either.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QThread, Signal, Slot

from erp_desktop.app.changes import NOTHING, Outcome
from erp_desktop.ui.garbage import GuiThreadCollector, gui_thread_collector

log = logging.getLogger(__name__)
T = TypeVar("T")


class _Worker(QObject):
    job_did_finish = Signal(int, object)
    job_did_fail = Signal(int, object)

    @Slot(int, object)
    def run(self, job_id: int, job: Callable[[], Any]) -> None:
        try:
            result = job()
        except Exception as exc:  # handed to the GUI thread, which shows it
            self.job_did_fail.emit(job_id, exc)
        else:
            self.job_did_finish.emit(job_id, result)

    @Slot(object)
    def run_step(self, step: Callable[[], None]) -> None:
        step()  # catches its own errors: they belong to the thread waiting for it


class TaskRunner(QObject):
    """A single worker thread; jobs run one at a time, in submission order."""

    _submit = Signal(int, object)
    _step = Signal(object)
    data_did_change = Signal(object)  # frozenset of app.changes.Changed

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName(name)
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.run)
        self._step.connect(self._worker.run_step)
        self._worker.job_did_finish.connect(self._finished)
        self._worker.job_did_fail.connect(self._failed)
        self._ids = itertools.count(1)
        self._callbacks: dict[
            int, tuple[Callable[[Any], None], Callable[[Exception], None] | None]
        ] = {}
        # While a worker runs, garbage is collected on the GUI thread only (ui/garbage.py).
        self._collector: GuiThreadCollector | None = gui_thread_collector()
        self._collector.hold()
        self._thread.start()

    def submit(
        self,
        job: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None] | None = None,
    ) -> int:
        job_id = next(self._ids)
        self._callbacks[job_id] = (on_done, on_error)
        self._submit.emit(job_id, job)
        return job_id

    def run_here(self, step: Callable[[], T]) -> T:
        """Runs ``step`` on this runner's thread, after the jobs already submitted, and
        returns its result (or raises its error) to the calling thread, which waits: the
        network worker's way to the database. Called on the runner's own thread, the step
        simply runs. Never call it from the GUI thread: that is what ``submit`` is for."""
        if QThread.currentThread() is self._thread:
            return step()
        done = threading.Event()
        answer: list[T] = []
        failure: list[BaseException] = []

        def run() -> None:
            try:
                answer.append(step())
            except BaseException as exc:  # raised again in the waiting thread
                failure.append(exc)
            finally:
                done.set()

        stopped = RuntimeError(f"tasks.worker_stopped: {self._thread.objectName()}")
        if not self._thread.isRunning():
            raise stopped
        self._step.emit(run)
        while not done.wait(0.2):
            if not self._thread.isRunning():  # shut down before it got to the step
                raise stopped
        if failure:
            raise failure[0]
        return answer[0]

    def pending(self) -> int:
        return len(self._callbacks)

    @Slot(int, object)
    def _finished(self, job_id: int, result: Any) -> None:
        on_done, _ = self._callbacks.pop(job_id)
        changes = result.changes if isinstance(result, Outcome) else NOTHING
        on_done(result)
        if changes:
            self.data_did_change.emit(changes)

    @Slot(int, object)
    def _failed(self, job_id: int, error: Exception) -> None:
        _, on_error = self._callbacks.pop(job_id)
        if on_error is None:
            log.error("background job failed", exc_info=error)
        else:
            on_error(error)

    def shutdown(self) -> None:
        # quit() does nothing until the thread's event loop runs: a runner shut down right
        # after it was made would lose it and keep its thread. Ask again until it ends.
        for _ in range(50):
            self._thread.quit()
            if self._thread.wait(100):
                self._release_collector()
                return

    def _release_collector(self) -> None:
        # once, and only when the thread has ended: until then its garbage is the GUI's
        if self._collector is not None:
            self._collector.release()
            self._collector = None
