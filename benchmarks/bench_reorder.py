"""Benchmark: reorder suggestions over 50,000 products, beside a bare loop (run by hand).

    python benchmarks/bench_reorder.py [--products 50000] [--suppliers 200] [--movements 2000000]

Times, on the same parallel arrays of figures (Decimal, as the kernel uses them):
1. the daily sales rates from ``--movements`` sale movements spread over two years
   (kernel.purchasing.reorder.daily_rates) beside a bare loop summing the same arrays;
2. the suggestions themselves (kernel.purchasing.reorder.suggestions: the projected level at
   arrival, kernel.inventory.reorder's rule, the pack, one order per supplier) beside a bare
   loop doing only the arithmetic of the projected level over the same figures.
The issue's aim: suggestions over 50,000 products and two years of movements in about 1 s.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from decimal import Decimal
from pathlib import Path
from uuid import UUID, uuid4

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from erp_desktop.kernel.purchasing.reorder import ReorderFigures, daily_rates, suggestions


def _timed(label: str, work):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = work()
    print(f"{label:<48} {time.perf_counter() - start:8.3f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--products", type=int, default=50_000)
    parser.add_argument("--suppliers", type=int, default=200)
    parser.add_argument("--movements", type=int, default=2_000_000)
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    n = args.products
    suppliers: list[UUID] = [uuid4() for _ in range(args.suppliers)]
    today = 730
    index = [rng.randrange(n) for _ in range(args.movements)]
    day = [rng.randrange(1, today + 1) for _ in range(args.movements)]
    sold = [Decimal(rng.randrange(1, 6)) for _ in range(args.movements)]

    def bare_rates() -> list[Decimal]:
        totals = [Decimal(0)] * n
        for i, d in enumerate(day):
            if d > today - 28:
                totals[index[i]] += sold[i]
        return totals

    _timed(f"bare loop over {args.movements:,} movements", bare_rates)
    rates = _timed(
        "daily_rates (28 days)",
        lambda: daily_rates(n, index, day, sold, as_of_day=today, window_days=28),
    )
    figures = ReorderFigures(
        product_ids=[uuid4() for _ in range(n)],
        supplier_ids=[rng.choice(suppliers) for _ in range(n)],
        on_hand=[Decimal(rng.randrange(0, 200)) for _ in range(n)],
        on_order=[Decimal(rng.choice((0, 0, 0, 24))) for _ in range(n)],
        reorder_points=[Decimal(rng.randrange(0, 60)) for _ in range(n)],
        daily_rates=rates,
        lead_times=[rng.randrange(1, 21) for _ in range(n)],
        packs=[Decimal(rng.choice((1, 6, 12, 24))) for _ in range(n)],
    )

    def bare_levels() -> int:
        low = 0
        f = figures
        for i in range(n):
            level = f.on_hand[i] + f.on_order[i] - f.daily_rates[i] * f.lead_times[i]
            if level <= f.reorder_points[i]:
                low += 1
        return low

    _timed(f"bare loop over {n:,} products", bare_levels)
    found = _timed(f"suggestions over {n:,} products", lambda: suggestions(figures))
    lines = sum(len(o.lines) for o in found)
    print(f"{len(found)} suggested orders, {lines:,} lines")


if __name__ == "__main__":
    main()
