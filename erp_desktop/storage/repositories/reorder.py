"""The figures of the reorder suggestions (issue 14), read as a few plain scans and put
together by product here.

For every active product with a reorder point that a supplier supplies: what is on hand in
the branch's warehouse, what is on order for the branch and not received yet, what sold
there over the recent window, and the supplier to order from with its lead time and pack
(the one with the lowest last price; ties by the shortest lead time). The recent sales are
the per-day totals ``product_day_sales`` keeps (migration 0020), read in one range of its
key (warehouse, day): two years of movements cost only the window's days.

Why scans and not one statement joining them: with 50,000 products each join is 50,000
searches of a 32-character key, most of the time a statement took (the cheapest supplier
grouped over the supplier products, then products, levels, and the on-order and sold
totals searched per product); a dictionary by product does the same joins in tens of
milliseconds. On the benchmark (benchmarks/bench_replica_reorder.py, docs/purchasing.md)
the app's path went from 1.78 s to 0.76 s, paired in one run on a loaded machine. The product and supplier ids are turned into UUIDs only for the
products the kernel suggests (``_HexIds``). The arrays are kernel.purchasing.reorder's
ReorderFigures, in the products' id order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from itertools import repeat
from operator import itemgetter
from typing import Any, overload
from uuid import UUID

from sqlalchemy import Connection

from erp_desktop.kernel.purchasing.reorder import ReorderFigures

PRODUCTS = "SELECT id, reorder_point_milli FROM products WHERE active AND reorder_point_milli > 0"
# every active offer, the cheapest of a product last (ties: the shortest lead time last)
OFFERS = (
    "SELECT product_id, supplier_id, lead_time_days, pack_milli FROM supplier_products "
    "WHERE deleted_at IS NULL AND supplier_id IN "
    "(SELECT id FROM suppliers WHERE active AND deleted_at IS NULL) "
    "ORDER BY product_id, last_price_minor DESC, lead_time_days DESC"
)
LEVELS = "SELECT product_id, quantity_milli FROM stock_levels WHERE warehouse_id = :warehouse"
ON_ORDER = """
WITH open_orders AS (
    SELECT id FROM purchase_orders
    WHERE for_branch_id = :branch AND status IN ('draft', 'open', 'partially_received')
),
ordered AS (
    SELECT l.product_id, SUM(l.quantity_milli) AS q
    FROM purchase_order_lines l JOIN open_orders o ON o.id = l.document_id
    WHERE l.deleted_at IS NULL GROUP BY l.product_id
),
received AS (
    SELECT l.product_id, SUM(l.quantity_milli) AS q
    FROM purchase_receipt_lines l
    JOIN purchase_receipts r ON r.id = l.document_id
    JOIN open_orders o ON o.id = r.order_id
    GROUP BY l.product_id
)
SELECT od.product_id, MAX(od.q - COALESCE(rc.q, 0), 0)
FROM ordered od LEFT JOIN received rc ON rc.product_id = od.product_id
"""
SOLD = (
    "SELECT product_id, SUM(sold_milli) FROM product_day_sales "
    "WHERE warehouse_id = :warehouse AND day >= :since GROUP BY product_id"
)
STATEMENTS = (PRODUCTS, OFFERS, LEVELS, ON_ORDER, SOLD)  # the benchmark's probe

_ZERO = Decimal(0)


class _HexIds(Sequence[UUID]):
    """Ids as the replica stores them (32 hex digits), a UUID made only when one is read."""

    __slots__ = ("_hex",)

    def __init__(self, hex_ids: list[str]) -> None:
        self._hex = hex_ids

    def __len__(self) -> int:
        return len(self._hex)

    @overload
    def __getitem__(self, index: int) -> UUID: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[UUID]: ...
    def __getitem__(self, index: int | slice) -> UUID | Sequence[UUID]:
        if isinstance(index, slice):
            return [UUID(h) for h in self._hex[index]]
        return UUID(self._hex[index])

    def __iter__(self) -> Iterator[UUID]:
        return (UUID(h) for h in self._hex)


def window_start(until: datetime, window_days: int) -> str:
    """The window's first day (UTC): the sales of that day up to ``until``'s day count (the
    day a movement is in is the UTC date of its time, migration 0020)."""
    return (until.astimezone(UTC) - timedelta(days=window_days)).date().isoformat()


def reorder_figures(
    conn: Connection,
    branch_id: UUID,
    warehouse_id: UUID,
    until: datetime,
    window_days: int,
) -> ReorderFigures:
    params = {
        "branch": branch_id.hex,
        "warehouse": warehouse_id.hex,
        "since": window_start(until, window_days),
    }

    cursor = conn.connection.cursor()  # the driver's rows as they come: plain values

    def rows(sql: str) -> list[Any]:
        cursor.execute(sql, params)
        return list(cursor.fetchall())

    points: dict[str, int] = dict(rows(PRODUCTS))
    chosen: dict[str, tuple[str, str, int, int]] = {r[0]: r for r in rows(OFFERS)}
    levels: dict[str, int] = dict(rows(LEVELS))
    ordered: dict[str, int] = dict(rows(ON_ORDER))
    sold: dict[str, int] = dict(rows(SOLD))
    cursor.close()

    # the joins by product, each a map over the products in C (no Python per product)
    window = Decimal(window_days)
    milli = _Memo(_milli)
    rates = _Memo(lambda q: _milli(q) / window if q else _ZERO)
    products = sorted(chosen.keys() & points.keys())
    picked = list(map(chosen.__getitem__, products))
    suppliers = {hex_id: UUID(hex_id) for hex_id in {c[1] for c in picked}}  # a few hundred
    return ReorderFigures(
        product_ids=_HexIds(products),
        supplier_ids=list(map(suppliers.__getitem__, map(itemgetter(1), picked))),
        on_hand=list(map(milli.__getitem__, map(levels.get, products, repeat(0)))),
        on_order=list(map(milli.__getitem__, map(ordered.get, products, repeat(0)))),
        reorder_points=list(map(milli.__getitem__, map(points.__getitem__, products))),
        daily_rates=list(map(rates.__getitem__, map(sold.get, products, repeat(0)))),
        lead_times=list(map(itemgetter(2), picked)),
        packs=list(map(milli.__getitem__, map(itemgetter(3), picked))),
    )


class _Memo(dict[int, Decimal]):
    """Decimals by the integer they are made from, each made once (most figures repeat:
    whole units, the same few packs and sales)."""

    def __init__(self, make: Callable[[int], Decimal]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, key: int) -> Decimal:
        made = self[key] = self._make(key)
        return made


def _milli(value: int) -> Decimal:
    """Thousandths as a Decimal (whole units without an exponent)."""
    if value % 1000 == 0:
        return Decimal(value // 1000)
    return Decimal(value).scaleb(-3)
