"""The hybrid logical clock after a restart and under skew, and the customers' digests that
let a replica and the server find where they disagree."""

from __future__ import annotations

from uuid import UUID

import pytest

from erp_desktop.kernel.clock import MAX_DRIFT_MS, HlcTimestamp, HybridLogicalClock, check_drift
from erp_desktop.kernel.crm.convergence import (
    BUCKETS,
    bucket_digests,
    bucket_of,
    customer_digest,
    differing_buckets,
)
from erp_desktop.kernel.errors import ValidationError

DAY_MS = 24 * 3600 * 1000


def test_a_clock_restarted_after_running_three_days_ahead_stamps_after_its_last_edit() -> None:
    wall = [1_700_000_000_000 + 3 * DAY_MS]
    ahead = HybridLogicalClock("alg01", lambda: wall[0])
    last_edit = ahead.now()
    wall[0] -= 3 * DAY_MS  # the cashier fixes the clock and restarts the program
    restarted = HybridLogicalClock("alg01", lambda: wall[0], floor=ahead.last())
    next_edit = restarted.now()
    assert next_edit > last_edit
    assert HybridLogicalClock("alg01", lambda: wall[0]).now() < last_edit  # what it was


def test_a_stamp_more_than_a_day_ahead_of_the_server_is_refused() -> None:
    server_now = 1_700_000_000_000
    check_drift(HlcTimestamp(server_now + MAX_DRIFT_MS, 0, "alg01"), server_now)
    with pytest.raises(ValidationError) as err:
        check_drift(HlcTimestamp(server_now + 3 * DAY_MS, 0, "alg01"), server_now)
    assert err.value.code == "clock.drift_too_large"
    assert err.value.params["drift_ms"] == 3 * DAY_MS


def test_a_pc_far_behind_follows_the_servers_stamps_it_trusts() -> None:
    wall = 1_700_000_000_000
    clock = HybridLogicalClock("alg01", lambda: wall)
    server = HlcTimestamp(wall + 5 * DAY_MS, 7, "hq")
    with pytest.raises(ValidationError):
        clock.observe(server)  # from an unknown peer: refused
    clock.observe(server, trusted=True)
    assert clock.now() > server


def test_customers_that_differ_fall_in_the_buckets_that_differ() -> None:
    a = UUID("0190f0e0-0000-7000-8000-0000000000a1")
    b = UUID("0190f0e0-0000-7000-8000-0000000000b2")
    mine = bucket_digests([(a, {"name": "Benali"}), (b, {"name": "Saidi", "phone": "0550"})])
    theirs = bucket_digests([(a, {"name": "Mme Benali"}), (b, {"phone": "0550", "name": "Saidi"})])
    assert differing_buckets(mine, theirs) == [bucket_of(a)] == ["a1"]
    assert differing_buckets(mine, bucket_digests([(a, {"name": "Benali"})])) == ["b2"]
    assert customer_digest({"name": "x", "email": None}) == customer_digest({"name": "x"})
    assert set(mine) <= BUCKETS
