"""Database and network work off the GUI thread.

One worker thread runs every database call (the replica's single connection lives there),
another runs network calls. A job is a plain callable; its result or its exception comes
back to the GUI thread by signal, so no widget code ever waits on SQLite or the network.
A write's "what changed" flags are re-emitted by ``data_did_change`` for the open views.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)


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


class TaskRunner(QObject):
    """A single worker thread; jobs run one at a time, in submission order."""

    _submit = Signal(int, object)
    data_did_change = Signal(object)  # frozenset of app.changes.Changed

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName(name)
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.run)
        self._worker.job_did_finish.connect(self._finished)
        self._worker.job_did_fail.connect(self._failed)
        self._ids = itertools.count(1)
        self._callbacks: dict[
            int, tuple[Callable[[Any], None], Callable[[Exception], None] | None]
        ] = {}
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

    def pending(self) -> int:
        return len(self._callbacks)

    @Slot(int, object)
    def _finished(self, job_id: int, result: Any) -> None:
        on_done, _ = self._callbacks.pop(job_id)
        changes = getattr(result, "changes", None)
        if isinstance(result, tuple) and result and isinstance(result[-1], frozenset):
            changes = result[-1]
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
        self._thread.quit()
        self._thread.wait(5000)
