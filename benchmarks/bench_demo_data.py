"""Benchmark: building a demo replica at realistic volume (not a test; run by hand).

    python benchmarks/bench_demo_data.py --products 50000 --days 730

Prints the time, the rate of sales and movements, and the replica's size.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from erp_desktop.demo.generator import build_demo_replica


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--products", type=int, default=50000)
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    path = args.out or folder / "bench.sqlite3"
    summary = build_demo_replica(path, products=args.products, days=args.days, progress=print)
    size = path.stat().st_size / 2**20
    print(
        f"{summary.products} products, {summary.days} days: {summary.sales} sales, {summary.returns} returns, "
        f"{summary.movements} movements in {summary.seconds:.1f} s "
        f"({summary.sales / summary.seconds:.0f} sales/s, {summary.movements / summary.seconds:.0f} movements/s), "
        f"{size:.0f} MiB"
    )


if __name__ == "__main__":
    main()
