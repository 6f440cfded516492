"""Benchmark: a clock-in by PIN at a branch of N staff, beside the bare argon2 checks it
makes (run by hand).

    python benchmarks/bench_clock.py [--staff 12 40 80] [--rounds 5]

A PIN names nobody, so the clock tries the branch's staff hashes in turn (as the till does
for its users' PINs): the worst case is the last employee, N argon2 verifications. For each
N, the time of ``app.hr.attendance.clock_in`` for the last employee (clock in then out, so
the next round clocks in again) beside N bare ``argon2.PasswordHasher.verify`` calls with
the same parameters: the difference is the use case's own work (the lockout setting, the
open day, the insert, the outbox); and the clock-out with the matricule typed before the
PIN (one verification whatever N).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


from erp_desktop.app.auth import hash_secret, verify_secret
from erp_desktop.app.hr.attendance import clock_in, clock_out
from tests.desktop.hr_world import branch_with_staff


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--staff", type=int, nargs="+", default=[12, 40, 80])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    for n in args.staff:
        with tempfile.TemporaryDirectory() as folder:
            pins = {f"Employee {i:03d}": f"{1000 + i}" for i in range(n)}
            branch, _ = branch_with_staff(Path(folder), pins)
            last = f"{1000 + n - 1}"
            hashes = [hash_secret(p) for p in pins.values()]
            bare, used, named = [], [], []
            moment = datetime(2026, 3, 10, 7, 0, tzinfo=UTC)
            for _ in range(args.rounds):
                start = time.perf_counter()
                for h in hashes:
                    verify_secret(h, last)
                bare.append(time.perf_counter() - start)
                branch.clock.set(moment)
                start = time.perf_counter()
                clock_in(branch.deps, last)
                used.append(time.perf_counter() - start)
                branch.clock.set(moment + timedelta(hours=8))
                start = time.perf_counter()
                clock_out(branch.deps, last, number=f"E{n:04d}")
                named.append(time.perf_counter() - start)
                moment += timedelta(days=1)
            branch.replica.close()
        print(
            f"{n:>4} staff: clock_in {statistics.median(used) * 1000:8.1f} ms"
            f"   bare {n} argon2 verifications {statistics.median(bare) * 1000:8.1f} ms"
            f"   clock_out with the matricule {statistics.median(named) * 1000:8.1f} ms"
        )


if __name__ == "__main__":
    main()
