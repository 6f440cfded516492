"""Benchmark: the sync server at realistic volume, over real HTTP (not a test; run by hand).

    python benchmarks/bench_sync.py [--products 50000] [--sales 2000]

Needs PostgreSQL as the tests find it (tests/pg.py). Measures: importing the catalog at
head office, a new branch pulling it all (pages of 1,000, applied to its SQLite replica),
pushing a busy day of sales (posted on the server), and the nightly reconciliation.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.barcodes import make_ean13
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.sales import Tender, TenderKind
from erp_desktop.sync.client import SyncClient
from erp_desktop.sync.runner import enroll_device, pull_changes, push_outbox
from sync_server.db.catalog import ProductRow, upsert_products
from sync_server.db.engine import make_engine, unit_of_work
from sync_server.db.migrate import upgrade
from sync_server.services import headoffice
from sync_server.services.reconcile import reconcile
from tests.builders import build_branch
from tests.pg import temporary_database
from tests.server.helpers import head_office_for, running_server


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--products", type=int, default=50000)
    parser.add_argument("--sales", type=int, default=2000)
    args = parser.parse_args()
    with temporary_database() as url:
        _run(url, args.products, args.sales)


def _run(url: str, products: int, sales: int) -> None:
    engine = make_engine(url)
    try:
        upgrade(engine)
        branch = build_branch(Path(tempfile.mkdtemp()))
        head_office_for(engine, branch)
        rows = [
            ProductRow(
                new_id(),
                f"B{i:06d}",
                f"Article {i}",
                f"منتج {i}",
                "pce",
                100 + i % 900,
                "DZD",
                "standard",
                (make_ean13(f"614{i:09d}"),),
            )
            for i in range(products)
        ]
        start = time.perf_counter()
        with unit_of_work(engine, head_office=True) as conn:
            upsert_products(conn, rows)
        print(
            f"head office imports {products} products with barcodes: {time.perf_counter() - start:.1f} s"
        )
        with running_server(url) as base:
            _device, token = headoffice.add_device(engine, "ALG01", "till")
            client = SyncClient(base)
            enroll_device(branch.deps, client, token)
            start = time.perf_counter()
            pulled = pull_changes(branch.deps, client).count
            seconds = time.perf_counter() - start
            print(
                f"a new branch pulls {pulled} changes (catalog, barcodes, accounts...): {seconds:.1f} s "
                f"({pulled / seconds:.0f} rows/s)"
            )
            cashier = branch.actor("cashier")
            open_cash_session(branch.deps, cashier, Money.of(Decimal(0), "DZD"))
            rng = random.Random(7)
            for _ in range(sales):
                lines = tuple(
                    CartLine(branch.products[rng.randrange(8)], Decimal(rng.randint(1, 3)))
                    for _ in range(rng.randint(1, 4))
                )
                checkout(
                    branch.deps,
                    cashier,
                    CheckoutRequest(
                        lines, (Tender(TenderKind.CASH, Money.of(Decimal(200000), "DZD")),)
                    ),
                )
            start = time.perf_counter()
            accepted, rejected = push_outbox(branch.deps, client)
            seconds = time.perf_counter() - start
            print(
                f"push of {accepted + rejected} changes ({sales} sales with their movements): {seconds:.1f} s "
                f"({sales / seconds:.0f} sales/s, {accepted / seconds:.0f} changes/s), {rejected} refused"
            )
            client.close()
        start = time.perf_counter()
        report = reconcile(engine)
        print(f"reconcile: {time.perf_counter() - start:.2f} s, clean: {report.clean}")
        branch.replica.close()
    finally:
        engine.dispose()


if __name__ == "__main__":
    main()
