"""Benchmark: reorder suggestions read from a real replica, 50,000 products and two years of
sale movements, beside a raw SQLite probe of the same work (run by hand; issue 14).

    python benchmarks/bench_replica_reorder.py [--products 50000] [--days 730]
        [--movements 2000000] [--suppliers 200] [--keep DIR]

Builds a migrated replica (storage.migrate) and loads, in bulk: products with reorder
points, suppliers with their supplied products (lead time, pack, last price), stock levels,
open orders with lines, and sale movements spread over ``--days`` days. Then times, warm:
1. the app's path: ``storage.repositories.reorder.reorder_figures`` (five plain scans: the
   products with a reorder point, the active suppliers' offers, the warehouse's
   levels, on order less received, sales over 28 days from the per-day totals of
   migration 0020; joined by product in dictionaries) and
   ``kernel.purchasing.reorder.suggestions`` on its figures;
2. a raw probe: the same statements through the sqlite3 module, rows fetched and nothing
   else (no join, no Decimal, no UUID, no kernel), i.e. what SQLite itself costs.
The issue's aim: suggestions over 50,000 products and two years of movements in ≤ 1 s.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from uuid import uuid4

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from erp_desktop.kernel.purchasing.reorder import suggestions
from erp_desktop.storage.engine import Replica
from erp_desktop.storage.migrate import upgrade_replica
from erp_desktop.storage.repositories.reorder import STATEMENTS, reorder_figures, window_start

STAMP = "%Y-%m-%dT%H:%M:%S.%fZ"


def _timed(label: str, work, runs: int = 3):  # type: ignore[no-untyped-def]
    best, result = float("inf"), None
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        best = min(best, time.perf_counter() - start)
    print(f"{label:<62} {best:8.3f} s (best of {runs})")
    return result


def _load(path: Path, args: argparse.Namespace, rng: random.Random) -> tuple[str, str]:
    """The replica's tables filled in bulk (triggers of the bulk tables dropped first: a
    fixture for timing reads, not a replica to keep)."""
    replica = Replica(path)
    upgrade_replica(replica)
    replica.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN "
        "('products', 'stock_movements', 'stock_levels', 'suppliers', 'supplier_products', "
        "'purchase_orders', 'purchase_order_lines', 'branches', 'warehouses')"
    ).fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    now = datetime(2026, 12, 1, tzinfo=UTC)
    stamp = now.strftime(STAMP)
    branch, warehouse = uuid4().hex, uuid4().hex
    conn.execute(
        "INSERT INTO branches (id, code, name, name_ar, is_local, kind, created_at, "
        "updated_at) VALUES (?, 'ALG01', 'Alger', 'الجزائر', 1, 'branch', ?, ?)",
        (branch, stamp, stamp),
    )
    conn.execute(
        "INSERT INTO warehouses (id, branch_id, code, name, name_ar, created_at, updated_at) "
        "VALUES (?, ?, 'WH01', 'Dépôt', 'مستودع', ?, ?)",
        (warehouse, branch, stamp, stamp),
    )
    products = [uuid4().hex for _ in range(args.products)]
    conn.executemany(
        "INSERT INTO products (id, sku, name, name_ar, unit, category_id, price_minor, "
        "currency, price_mode, tax_class, reorder_point_milli, scale_code, metadata, active, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, 'pce', NULL, 10000, 'DZD', "
        "'tax_included', 'standard', ?, NULL, '{}', 1, ?, ?)",
        [
            (
                p,
                f"SKU{i:06d}",
                f"Article {i}",
                f"منتج {i}",
                rng.randrange(0, 60) * 1000,
                stamp,
                stamp,
            )
            for i, p in enumerate(products)
        ],
    )
    suppliers = [uuid4().hex for _ in range(args.suppliers)]
    conn.executemany(
        "INSERT INTO suppliers (id, name, name_ar, tax_id, metadata, created_at, updated_at, "
        "code, country, currency, terms, legal_ids, bank_account, active) VALUES "
        "(?, ?, ?, '', '{}', ?, ?, ?, 'DZ', 'DZD', 'net:30', '{}', '', 1)",
        [
            (s, f"Fournisseur {i}", f"مورد {i}", stamp, stamp, f"F{i:04d}")
            for i, s in enumerate(suppliers)
        ],
    )
    offers = []
    for p in products:  # one or two suppliers per product
        for s in rng.sample(suppliers, rng.choice((1, 1, 2))):
            offers.append(
                (
                    uuid4().hex,
                    s,
                    p,
                    "REF",
                    rng.randrange(5000, 90000),
                    "DZD",
                    rng.randrange(1, 21),
                    rng.choice((1, 6, 12, 24)) * 1000,
                    stamp,
                    stamp,
                )
            )
    conn.executemany(
        "INSERT INTO supplier_products (id, supplier_id, product_id, reference, "
        "last_price_minor, currency, lead_time_days, pack_milli, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        offers,
    )
    conn.executemany(
        "INSERT INTO stock_levels (id, warehouse_id, product_id, quantity_milli, average_cost, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, '100', ?, ?)",
        [(uuid4().hex, warehouse, p, rng.randrange(0, 200) * 1000, stamp, stamp) for p in products],
    )
    order_rows, line_rows = [], []
    for n in range(args.products // 50):  # some products already on order
        order = uuid4().hex
        order_rows.append(
            (
                order,
                "purchase_order",
                f"ALG01-PO-2026-{n + 1:06d}",
                "open",
                branch,
                branch,
                rng.choice(suppliers),
                stamp,
                "2026-12-10",
                "DZD",
                "1",
                0,
                0,
                0,
                "net:30",
                stamp,
                stamp,
            )
        )
        for pos, p in enumerate(rng.sample(products, 10), start=1):
            line_rows.append(
                (uuid4().hex, order, pos, p, "REF", "", 24000, "100", "19", 0, 0, stamp, stamp)
            )
    conn.executemany(
        "INSERT INTO purchase_orders (id, kind, number, status, branch_id, for_branch_id, "
        "supplier_id, issued_at, expected_on, currency, rate, base_minor, vat_minor, "
        "total_minor, terms, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?)",
        order_rows,
    )
    conn.executemany(
        "INSERT INTO purchase_order_lines (id, document_id, position, product_id, reference, "
        "description, quantity_milli, unit_price, vat_rate, base_minor, vat_minor, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        line_rows,
    )
    start = now - timedelta(days=args.days)
    batch = []
    for _ in range(args.movements):
        at = (start + timedelta(seconds=rng.randrange(args.days * 86400))).strftime(STAMP)
        batch.append(
            (
                uuid4().hex,
                rng.choice(products),
                warehouse,
                branch,
                -rng.randrange(1, 6) * 1000,
                at,
                stamp,
                stamp,
            )
        )
        if len(batch) == 100_000:
            _movements(conn, batch)
            batch = []
    _movements(conn, batch)
    _day_sales(conn)
    conn.commit()
    conn.execute("ANALYZE")
    conn.close()
    return branch, warehouse


def _movements(conn: sqlite3.Connection, rows: list[tuple[object, ...]]) -> None:
    conn.executemany(
        "INSERT INTO stock_movements (id, product_id, warehouse_id, branch_id, kind, "
        "quantity_milli, unit_cost, occurred_at, document_type, document_id, created_by, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, 'sale', ?, '100', ?, 'sale', NULL, NULL, "
        "?, ?)",
        rows,
    )


def _day_sales(conn: sqlite3.Connection) -> None:
    """The per-day sales the movement trigger keeps (dropped for the bulk load), filled as
    the upgrade fills them (migration 0020)."""
    conn.execute("DELETE FROM product_day_sales")
    conn.execute(
        "INSERT INTO product_day_sales SELECT warehouse_id, substr(occurred_at, 1, 10), "
        "product_id, -sum(quantity_milli) FROM stock_movements WHERE kind = 'sale' "
        "GROUP BY 1, 2, 3"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--products", type=int, default=50_000)
    parser.add_argument("--days", type=int, default=730)
    parser.add_argument("--movements", type=int, default=2_000_000)
    parser.add_argument("--suppliers", type=int, default=200)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--keep", type=Path, default=None)
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-reorder-"))
    path = folder / "replica.sqlite3"
    started = time.perf_counter()
    if not path.exists():
        branch, warehouse = _load(path, args, random.Random(args.seed))
    else:
        with sqlite3.connect(path) as conn:
            branch = conn.execute("SELECT id FROM branches").fetchone()[0]
            warehouse = conn.execute("SELECT id FROM warehouses").fetchone()[0]
            if not conn.execute("SELECT 1 FROM product_day_sales LIMIT 1").fetchone():
                _day_sales(conn)  # a replica kept from before the per-day totals
    print(
        f"replica: {args.products:,} products, {args.movements:,} movements over "
        f"{args.days} days ({time.perf_counter() - started:.1f} s to build)"
    )
    until = datetime(2026, 12, 1, tzinfo=UTC)
    raw = sqlite3.connect(path)
    params = {"branch": branch, "warehouse": warehouse, "since": window_start(until, 28)}
    _timed(
        "raw probe: the five statements through sqlite3, rows fetched",
        lambda: [raw.execute(sql, params).fetchall() for sql in STATEMENTS],
    )
    replica = Replica(path)
    from uuid import UUID

    def app_path() -> int:
        with replica.read() as conn:
            figures = reorder_figures(conn, UUID(branch), UUID(warehouse), until, 28)
        return sum(len(o.lines) for o in suggestions(figures))

    lines = _timed("reorder_figures + kernel suggestions (the app's path)", app_path)
    with replica.read() as conn:
        count = len(reorder_figures(conn, UUID(branch), UUID(warehouse), until, 28).product_ids)
    print(f"{count:,} products with a supplier and a reorder point; {lines:,} suggested lines")
    replica.close()
    raw.close()


if __name__ == "__main__":
    main()
