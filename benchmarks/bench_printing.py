"""Benchmark: rendering an A4 invoice (not a test; run by hand).

    python benchmarks/bench_printing.py

Renders bilingual invoices of 10 and 40 lines many times and prints p50/p95 in ms.
"""

from __future__ import annotations

import statistics
import time

from erp_desktop.printing.invoice import render_invoice
from erp_desktop.printing.receipt import render_receipt
from erp_desktop.printing.specimens import specimen_invoice, specimen_receipt


def measure(label: str, render: object, runs: int = 300) -> None:
    assert callable(render)
    render()  # fonts and shaping caches warm, as in a running till
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        render()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p95 = times[int(len(times) * 0.95)]
    print(f"{label}: p50 {statistics.median(times):.1f} ms, p95 {p95:.1f} ms ({runs} runs)")


def main() -> None:
    invoice10 = specimen_invoice("DZ", 10)
    invoice40 = specimen_invoice("DZ", 40)
    measure("A4 invoice, 10 lines, FR+AR", lambda: render_invoice(invoice10))
    measure("A4 invoice, 40 lines (2 pages)", lambda: render_invoice(invoice40))
    measure("A4 invoice, 10 lines, Arabic first", lambda: render_invoice(invoice10, "ar"))
    receipt = specimen_receipt("DZ")
    measure("80 mm receipt", lambda: render_receipt(receipt))


if __name__ == "__main__":
    main()
