"""Benchmark: business documents on a demo replica, each beside a raw probe of the same
work in the same run (run by hand).

    python benchmarks/bench_business.py [--days 120] [--products 400]

1. The A4 PDF of a stored invoice (read from the replica, mapped, rendered) beside the bare
   render of a specimen invoice of the same number of lines (printing alone).
2. The documents list (every document with its customer and its status in its life) beside
   one bare SELECT of the same rows.
3. What open orders reserve (the stock screen's column) beside a bare SUM over the lines.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text

from erp_desktop.app.auth import log_in
from erp_desktop.app.business.lists import list_documents
from erp_desktop.bootstrap import open_branch, replica_path
from erp_desktop.demo.generator import build_demo_replica
from erp_desktop.printing.from_business import business_document_pdf
from erp_desktop.printing.invoice import render_invoice
from erp_desktop.printing.specimens import specimen_invoice


def measure(label: str, work: Callable[[], Any], runs: int) -> None:
    work()  # caches warm, as in a running client
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p95 = times[int(len(times) * 0.95)]
    print(f"{label:<58} p50 {statistics.median(times):7.1f} ms  p95 {p95:7.1f} ms ({runs} runs)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--days", type=int, default=120)
    parser.add_argument("--products", type=int, default=400)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-b2b-"))
    build_demo_replica(replica_path(folder), args.products, args.days, 11, end=date(2026, 6, 30))
    branch = open_branch(folder)
    with branch.replica.transaction(None) as conn:  # the seller's mentions the law asks for
        conn.execute(
            text(
                "UPDATE company SET legal_form = 'SARL', activity = 'Commerce de gros', "
                "address = '1 rue Hassiba, Alger'"
            )
        )
    manager = log_in(branch.deps, "manager", "demo")
    rows = list_documents(branch.deps, manager, limit=100_000)
    invoice = next(r.document for r in rows if r.document.kind == "customer_invoice")
    print(f"{len(rows)} business documents; the invoice has {len(invoice.lines)} lines")
    specimen = specimen_invoice("DZ", len(invoice.lines))
    measure(
        "invoice PDF from the replica (read, map, render)",
        lambda: business_document_pdf(branch.deps, manager, invoice.id),
        200,
    )
    measure("raw probe: render a specimen of as many lines", lambda: render_invoice(specimen), 200)
    measure(
        f"documents list, {len(rows)} rows with status",
        lambda: list_documents(branch.deps, manager, limit=100_000),
        10,
    )

    def bare_select() -> None:
        with branch.replica.read() as conn:
            conn.execute(
                text(
                    "SELECT d.*, c.name FROM business_documents d "
                    "JOIN customers c ON c.id = d.customer_id ORDER BY d.issued_at DESC"
                )
            ).all()
            conn.execute(text("SELECT * FROM business_lines")).all()

    measure("raw probe: SELECT the documents, names and lines", bare_select, 10)

    def reserved() -> None:
        with branch.deps.store.read() as tx:
            tx.business.reserved(manager.branch_id)

    measure("reserved by open orders (whole branch)", reserved, 50)

    def bare_sum() -> None:
        with branch.replica.read() as conn:
            conn.execute(
                text("SELECT product_id, sum(quantity_milli) FROM business_lines GROUP BY 1")
            ).all()

    measure("raw probe: SUM of every line's quantity by product", bare_sum, 50)
    branch.replica.close()


if __name__ == "__main__":
    main()
