"""The figures of the reorder suggestions, read in one statement (issue 14).

For every active product with a reorder point that a supplier supplies: what is on hand in
the branch's warehouse, what is on order for the branch and not received yet, what sold
there over the recent window, and the supplier to order from with its lead time and pack
(the one with the lowest last price; ties by the shortest lead time: SQLite's min() gives
the other columns of the row it picks, one pass over the supplier-product index, no
window function). The recent sales are read per product through the (product_id,
occurred_at) index, so two years of movements cost only the window's rows. Rows come in
the suppliers' products order; the kernel groups them by supplier. The arrays are kernel.purchasing.reorder's ReorderFigures.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from uuid import UUID

from sqlalchemy import Connection, text

from erp_desktop.kernel.purchasing.reorder import ReorderFigures

_FIGURES = text(
    """
WITH chosen AS (
    SELECT sp.product_id, sp.supplier_id, sp.lead_time_days, sp.pack_milli,
           min(sp.last_price_minor * 1000 + sp.lead_time_days) AS rank
    FROM supplier_products sp JOIN suppliers s ON s.id = sp.supplier_id
    WHERE sp.deleted_at IS NULL AND s.active AND s.deleted_at IS NULL
    GROUP BY sp.product_id
),
open_orders AS (
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
SELECT p.id, c.supplier_id, COALESCE(lv.quantity_milli, 0) AS on_hand,
       MAX(COALESCE(od.q, 0) - COALESCE(rc.q, 0), 0) AS on_order,
       p.reorder_point_milli, c.lead_time_days, c.pack_milli,
       COALESCE((SELECT -SUM(m.quantity_milli) FROM stock_movements m
                 WHERE m.product_id = p.id AND m.occurred_at > :since
                   AND m.kind = 'sale' AND m.warehouse_id = :warehouse), 0) AS sold
FROM chosen c
JOIN products p ON p.id = c.product_id
LEFT JOIN stock_levels lv ON lv.product_id = p.id AND lv.warehouse_id = :warehouse
LEFT JOIN ordered od ON od.product_id = p.id
LEFT JOIN received rc ON rc.product_id = p.id
WHERE p.active AND p.reorder_point_milli > 0
"""
)

_ZERO = Decimal(0)
_WHOLE = {n * 1000: Decimal(n) for n in range(0, 1001)}  # shared: Decimals are immutable
_STAMP = "%Y-%m-%dT%H:%M:%S.%fZ"  # storage.tables.base.UtcDateTime's


def reorder_figures(
    conn: Connection,
    branch_id: UUID,
    warehouse_id: UUID,
    until: datetime,
    window_days: int,
) -> ReorderFigures:
    since = (until - timedelta(days=window_days)).astimezone(UTC).strftime(_STAMP)
    rows = conn.execute(
        _FIGURES,
        {"branch": branch_id.hex, "warehouse": warehouse_id.hex, "since": since},
    ).all()
    window = Decimal(window_days)
    suppliers = {hex_id: UUID(hex_id) for hex_id in {r[1] for r in rows}}  # a few hundred
    return ReorderFigures(
        product_ids=[UUID(r[0]) for r in rows],
        supplier_ids=[suppliers[r[1]] for r in rows],
        on_hand=[_milli(r[2]) for r in rows],
        on_order=[_milli(r[3]) for r in rows],
        reorder_points=[_milli(r[4]) for r in rows],
        daily_rates=[_milli(r[7]) / window if r[7] else _ZERO for r in rows],
        lead_times=[int(r[5]) for r in rows],
        packs=[_milli(r[6]) for r in rows],
    )


def _milli(value: int) -> Decimal:
    """Thousandths as a Decimal, the common ones (whole units, none) without arithmetic."""
    if value % 1000 == 0:
        return _WHOLE.get(value) or Decimal(value // 1000)
    return Decimal(value).scaleb(-3)
