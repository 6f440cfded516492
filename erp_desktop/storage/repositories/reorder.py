"""The figures of the reorder suggestions, read in one statement (issue 14).

For every active product with a reorder point that a supplier supplies: what is on hand in
the branch's warehouse, what is on order for the branch and not received yet, what sold
there over the recent window, and the supplier to order from with its lead time and pack
(the one with the lowest last price; ties by the shortest lead time). The recent sales are
read per product through the (product_id, occurred_at) index, so two years of movements
cost only the window's rows. The arrays are kernel.purchasing.reorder's ReorderFigures.
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
    SELECT product_id, supplier_id, lead_time_days, pack_milli FROM (
        SELECT sp.product_id, sp.supplier_id, sp.lead_time_days, sp.pack_milli,
               row_number() OVER (PARTITION BY sp.product_id
                                  ORDER BY sp.last_price_minor, sp.lead_time_days) AS n
        FROM supplier_products sp JOIN suppliers s ON s.id = sp.supplier_id
        WHERE sp.deleted_at IS NULL AND s.active AND s.deleted_at IS NULL
    ) WHERE n = 1
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
FROM products p
JOIN chosen c ON c.product_id = p.id
LEFT JOIN stock_levels lv ON lv.product_id = p.id AND lv.warehouse_id = :warehouse
LEFT JOIN ordered od ON od.product_id = p.id
LEFT JOIN received rc ON rc.product_id = p.id
WHERE p.active AND p.reorder_point_milli > 0
ORDER BY p.sku
"""
)

_MILLI = Decimal("0.001")
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
    return ReorderFigures(
        product_ids=[UUID(r[0]) for r in rows],
        supplier_ids=[UUID(r[1]) for r in rows],
        on_hand=[Decimal(r[2]) * _MILLI for r in rows],
        on_order=[Decimal(r[3]) * _MILLI for r in rows],
        reorder_points=[Decimal(r[4]) * _MILLI for r in rows],
        daily_rates=[Decimal(r[7]) * _MILLI / window for r in rows],
        lead_times=[int(r[5]) for r in rows],
        packs=[Decimal(r[6]) * _MILLI for r in rows],
    )
