"""When to try the server again: every few minutes while it answers; after a failure,
soon, then less and less often (doubling, capped), with jitter so that the tills of a
chain coming back online after an outage do not all knock at the same second."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

REGULAR_S = 180.0
FIRST_RETRY_S = 5.0
MAX_RETRY_S = 600.0
JITTER = 0.2  # +/- 20 %


@dataclass
class Backoff:
    failures: int = 0
    rng: random.Random = field(default_factory=random.Random)

    def succeeded(self) -> float:
        """The network is back (or never left): the regular pace, in seconds."""
        self.failures = 0
        return self._jitter(REGULAR_S)

    def failed(self) -> float:
        """Seconds to wait before the next attempt after one more failure."""
        delay = min(FIRST_RETRY_S * 2**self.failures, MAX_RETRY_S)
        self.failures += 1
        return self._jitter(delay)

    def busy(self, retry_after: float) -> float:
        """The server answers but is busy and said when to come back (Retry-After): no
        sooner than that, a little later at random so that the refused branches do not
        all come back at the same second; not a failure of the network."""
        return max(retry_after, 0.0) * (1 + self.rng.uniform(0, 2 * JITTER))

    def _jitter(self, seconds: float) -> float:
        return seconds * (1 + self.rng.uniform(-JITTER, JITTER))
