"""Benchmark: a shop that ran alone joins a chain, beside the bulk import of the same catalog
(run by hand).

    python benchmarks/bench_join.py [--products 5000] [--overlap 0.5]

Needs PostgreSQL as the tests find it (tests/pg.py). A shop is set up alone with
``--products`` products; the chain already sells ``--overlap`` of them (same SKU) and as
many others. Measured:

1. the join request: its size as JSON and gzipped (the server takes 16 MiB, either way);
2. the join: ``services.joining.join_shop`` called directly (one head-office transaction:
   the site, users, the catalog deduplicated product by product, the device enrolled);
3. raw probe: the same number of products written by the bulk import's statement
   (``db.catalog.upsert_products``, 5,000 rows a statement) into a fresh company.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from decimal import Decimal
from pathlib import Path
from tempfile import TemporaryDirectory

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from erp_desktop.app.records import ProductInfo
from erp_desktop.app.shop_setup.plan import Person, ShopSetup
from erp_desktop.bootstrap import open_branch, set_up_shop
from erp_desktop.kernel.barcodes import make_ean13
from erp_desktop.kernel.ids import new_id
from erp_desktop.storage.joining import join_request
from sync_server.db.catalog import ProductRow, upsert_products
from sync_server.db.engine import make_engine, unit_of_work
from sync_server.db.migrate import upgrade
from sync_server.services import headoffice
from sync_server.services.joining import invite_shop, join_shop
from tests.pg import temporary_database


def shop_products(count: int) -> tuple[ProductInfo, ...]:
    return tuple(
        ProductInfo(
            new_id(), f"SKU{i:06d}", f"Article {i}", f"منتج {i}", "pce", 10_000 + i, "DZD",
            "tax_included", "standard", Decimal(0), (make_ean13(f"613{i:09d}"),),
        )
        for i in range(count)
    )  # fmt: skip


def chain_rows(count: int, overlap: int) -> list[ProductRow]:
    rows = [
        ProductRow(new_id(), f"SKU{i:06d}", f"Chaîne {i}", "م", "pce", 9_900, "DZD", "standard")
        for i in range(overlap)
    ]
    rows += [
        ProductRow(new_id(), f"CHN{i:06d}", f"Autre {i}", "م", "pce", 500, "DZD", "standard")
        for i in range(count)
    ]
    return rows


def fresh(url: str) -> None:
    engine = make_engine(url)
    upgrade(engine)
    headoffice.set_up_company(engine, "El Bahia", "البهية", "DZ", "DZD")
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--products", type=int, default=5000)
    parser.add_argument("--overlap", type=float, default=0.5)
    args = parser.parse_args()
    overlap = int(args.products * args.overlap)
    with TemporaryDirectory() as folder:
        shop = Path(folder) / "shop"
        people = (Person("karim", "Karim", "secret-owner", "4321", ("owner",)),)
        setup = ShopSetup(
            "Ben Ali",
            "",
            "DZ",
            "DZD",
            {},
            "Blida",
            "BLI01",
            "Blida",
            "",
            "C1",
            people,
            shop_products(args.products),
        )
        set_up_shop(shop, setup)
        branch = open_branch(shop)
        try:
            request = join_request(branch.replica, "")
        finally:
            branch.close()
    raw = json.dumps(request).encode()
    print(
        f"join request: {len(raw) / 2**20:.1f} MiB as JSON, {len(gzip.compress(raw)) / 2**20:.2f} MiB gzipped"
    )
    with temporary_database() as url:
        fresh(url)
        engine = make_engine(url)
        with unit_of_work(engine, head_office=True) as conn:
            upsert_products(conn, chain_rows(args.products, overlap))
        request["token"] = invite_shop(engine, "Ben Ali")
        started = time.perf_counter()
        joined = join_shop(engine, request)
        took = time.perf_counter() - started
        engine.dispose()
    print(
        f"join: {args.products} products ({len(joined.merged)} merged, {joined.adopted} adopted) in {took:.2f} s"
    )
    with temporary_database() as url:
        fresh(url)
        engine = make_engine(url)
        rows = [
            ProductRow(
                new_id(),
                f"SKU{i:06d}",
                "x",
                "x",
                "pce",
                1,
                "DZD",
                "standard",
                (make_ean13(f"613{i:09d}"),),
            )
            for i in range(args.products)
        ]
        started = time.perf_counter()
        with unit_of_work(engine, head_office=True) as conn:
            upsert_products(conn, rows)
        probe = time.perf_counter() - started
        engine.dispose()
    print(f"raw probe: the bulk import's statement, {args.products} products, in {probe:.2f} s")


if __name__ == "__main__":
    main()
