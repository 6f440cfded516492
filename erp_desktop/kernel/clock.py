"""Time for the business: an injectable wall clock and a hybrid logical clock (HLC).

Wall clocks of branch PCs are never trusted for ordering (they drift, cashiers change them).
The HLC orders edits made on different machines (customers edited at a branch and at head
office): it follows physical time when clocks agree and stays causal when they do not.
Timestamps encode as fixed-width text that sorts in HLC order.

A replica's clock never goes below the last stamp it issued or observed: it is restored
from the replica at every start (``floor``), so a PC whose wall clock was set back (or ran
ahead, then was corrected) keeps stamping after its own earlier edits instead of before
them, where every other site would let them lose.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from erp_desktop.kernel.errors import ValidationError

MAX_DRIFT_MS = 24 * 3600 * 1000


def utc_now() -> datetime:
    return datetime.now(UTC)


class Clock:
    """The system clock; tests pass a :class:`FixedClock` instead."""

    def now(self) -> datetime:
        return utc_now()

    def today(self) -> date:
        return self.now().date()


class FixedClock(Clock):
    """A clock that reads a set instant and moves only when told to."""

    def __init__(self, instant: datetime) -> None:
        if instant.tzinfo is None:
            raise ValueError("FixedClock needs an aware datetime")
        self._instant = instant

    def now(self) -> datetime:
        return self._instant

    def set(self, instant: datetime) -> None:
        self._instant = instant


@dataclass(frozen=True, slots=True, order=True)
class HlcTimestamp:
    """Physical milliseconds, a logical counter, and the node that made it (tie-break)."""

    wall_ms: int
    counter: int
    node: str

    def encode(self) -> str:
        return f"{self.wall_ms:015d}-{self.counter:06d}-{self.node}"

    @classmethod
    def decode(cls, text: str) -> HlcTimestamp:
        try:
            wall, counter, node = text.split("-", 2)
            return cls(int(wall), int(counter), node)
        except (ValueError, AttributeError):
            raise ValidationError("clock.invalid_timestamp", value=str(text)) from None

    def __str__(self) -> str:
        return self.encode()


class HybridLogicalClock:
    """Kulkarni et al.'s HLC; thread-safe; ``physical_ms`` is injectable for tests."""

    def __init__(
        self,
        node: str,
        physical_ms: Callable[[], int] | None = None,
        floor: HlcTimestamp | None = None,
    ) -> None:
        if not node or "-" in node:
            raise ValueError("HLC node must be non-empty and contain no '-'")
        self.node = node
        self._physical_ms = physical_ms or (lambda: int(utc_now().timestamp() * 1000))
        self._wall = floor.wall_ms if floor else 0
        self._counter = floor.counter if floor else 0
        self._lock = threading.Lock()

    def last(self) -> HlcTimestamp:
        """The highest stamp issued or observed so far (what a restart must not go below)."""
        with self._lock:
            return HlcTimestamp(self._wall, self._counter, self.node)

    def physical_ms(self) -> int:
        return self._physical_ms()

    def now(self) -> HlcTimestamp:
        """A timestamp for a local event (or a send)."""
        with self._lock:
            pt = self._physical_ms()
            if pt > self._wall:
                self._wall, self._counter = pt, 0
            else:
                self._counter += 1
            return HlcTimestamp(self._wall, self._counter, self.node)

    def observe(self, remote: HlcTimestamp, trusted: bool = False) -> HlcTimestamp:
        """Merge a timestamp received from another node; returns the local event's stamp.

        A stamp further ahead of this node's wall clock than ``MAX_DRIFT_MS`` is refused
        (``clock.drift_too_large``) unless it is ``trusted``: the server's stamps are,
        since it refused such stamps before keeping them (a PC whose clock is far behind
        the server's then follows the server)."""
        with self._lock:
            pt = self._physical_ms()
            if not trusted:
                check_drift(remote, pt)
            wall = max(self._wall, remote.wall_ms, pt)
            if wall == self._wall == remote.wall_ms:
                counter = max(self._counter, remote.counter) + 1
            elif wall == self._wall:
                counter = self._counter + 1
            elif wall == remote.wall_ms:
                counter = remote.counter + 1
            else:
                counter = 0
            self._wall, self._counter = wall, counter
            return HlcTimestamp(wall, counter, self.node)


def check_drift(stamp: HlcTimestamp, physical_ms: int, max_drift_ms: int = MAX_DRIFT_MS) -> None:
    """Refuses a stamp made by a clock running further ahead of ``physical_ms`` than allowed:
    kept, it would win every later edit made elsewhere until real time caught up."""
    if stamp.wall_ms - physical_ms > max_drift_ms:
        raise ValidationError("clock.drift_too_large", drift_ms=stamp.wall_ms - physical_ms)
