"""Retrying the server: doubling from 5 s, capped at 10 minutes, with +/-20 % jitter; back to
the regular pace as soon as it answers."""

from __future__ import annotations

import random

from erp_desktop.sync.backoff import MAX_RETRY_S, REGULAR_S, Backoff


def test_failures_wait_longer_and_longer_up_to_a_cap_then_success_resets() -> None:
    backoff = Backoff(rng=random.Random(1))
    waits = [backoff.failed() for _ in range(10)]
    nominal = [5, 10, 20, 40, 80, 160, 320, 600, 600, 600]
    for wait, expected in zip(waits, nominal, strict=True):
        assert expected * 0.8 <= wait <= expected * 1.2
    assert max(waits) <= MAX_RETRY_S * 1.2
    assert REGULAR_S * 0.8 <= backoff.succeeded() <= REGULAR_S * 1.2
    assert backoff.failed() <= 5 * 1.2  # the count starts again


def test_tills_of_a_chain_do_not_retry_in_step() -> None:
    first = [Backoff(rng=random.Random(seed)).failed() for seed in range(50)]
    assert len({round(w, 2) for w in first}) > 40


def test_a_busy_server_is_asked_again_no_sooner_than_it_said_and_not_all_at_once() -> None:
    backoff = Backoff(rng=random.Random(3))
    backoff.failed()
    waits = [backoff.busy(2) for _ in range(50)]
    assert all(2 <= w <= 2 * 1.4 for w in waits)
    assert len({round(w, 3) for w in waits}) > 45
    assert backoff.failures == 1  # the server answered: not one more network failure
