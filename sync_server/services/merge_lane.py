"""How many big merges one server worker runs at once: the till's lane.

When every branch pushes its day at once, each worker would take every request together,
and two dozen merges of 500 changes would share its interpreter and its database
connections, a till's one-sale push queueing behind them (docs/performance.md, "A
storm"). A push of more than ``big_changes`` changes takes one of ``slots`` places before
it opens its transaction; one that finds none within ``wait_seconds`` is answered busy
(503, ``sync.server_busy``, Retry-After) having written nothing, and its branch sends the
same batch again later (same idempotency key: it lands once). Small pushes and pulls
never wait for a place. The bound is per worker process (each builds its own app).
"""

from __future__ import annotations

import math
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class MergeLane:
    def __init__(self, slots: int, big_changes: int, wait_seconds: float) -> None:
        if slots < 1 or big_changes < 0 or wait_seconds < 0:
            raise ValueError("a merge lane needs at least one slot and no negative bound")
        self.slots = slots
        self.big_changes = big_changes
        self.wait_seconds = wait_seconds
        self._places = threading.BoundedSemaphore(slots)

    def is_big(self, changes: int) -> bool:
        return changes > self.big_changes

    @property
    def retry_after(self) -> int:
        """Whole seconds a refused branch waits before sending its batch again."""
        return max(1, math.ceil(self.wait_seconds))

    @contextmanager
    def place(self, changes: int) -> Iterator[bool]:
        """True while the push may merge: at once when it is small, else once it holds a
        place (given back on leaving); False when no place freed within the wait."""
        if not self.is_big(changes):
            yield True
            return
        if not self._places.acquire(timeout=self.wait_seconds):
            yield False
            return
        try:
            yield True
        finally:
            self._places.release()
