"""The rows the event handlers keep: low-stock alerts and customers' purchase history.

Written after the document's own transaction committed (by ``app.stock.low_stock`` and
``app.purchase_history``), read by the dashboard and the customer screens.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from uuid import UUID

from sqlalchemy import Connection, select, update

from erp_desktop.app.records import LowStockAlert, PurchaseHistory
from erp_desktop.kernel.ids import new_id
from erp_desktop.storage.repositories.base import from_milli, stamped, to_milli
from erp_desktop.storage.tables.catalog import products
from erp_desktop.storage.tables.reactions import customer_history, stock_alerts


def record_low_stock(
    conn: Connection,
    product_id: UUID,
    warehouse_id: UUID,
    level: Decimal,
    reorder_point: Decimal,
    at: datetime,
) -> UUID:
    alert_id = new_id()
    conn.execute(
        stock_alerts.insert().values(
            stamped(
                at,
                id=alert_id,
                product_id=product_id,
                warehouse_id=warehouse_id,
                level_milli=to_milli(level),
                reorder_point_milli=to_milli(reorder_point),
                raised_at=at,
            )
        )
    )
    return alert_id


def low_stock_alerts(
    conn: Connection, warehouse_id: UUID, since: datetime, limit: int
) -> list[LowStockAlert]:
    """The warehouse's alerts raised since ``since``, newest first, with the product."""
    rows = conn.execute(
        select(
            stock_alerts.c.id,
            stock_alerts.c.product_id,
            products.c.sku,
            products.c.name,
            products.c.name_ar,
            stock_alerts.c.warehouse_id,
            stock_alerts.c.level_milli,
            stock_alerts.c.reorder_point_milli,
            stock_alerts.c.raised_at,
        )
        .join(products, products.c.id == stock_alerts.c.product_id)
        .where(
            stock_alerts.c.warehouse_id == warehouse_id,
            stock_alerts.c.raised_at >= since,
            stock_alerts.c.deleted_at.is_(None),
        )
        .order_by(stock_alerts.c.raised_at.desc(), products.c.sku)
        .limit(limit)
    )
    return [
        LowStockAlert(
            r.id,
            r.product_id,
            r.sku,
            r.name,
            r.name_ar,
            r.warehouse_id,
            from_milli(r.level_milli),
            from_milli(r.reorder_point_milli),
            r.raised_at,
        )
        for r in rows
    ]


def add_purchase(
    conn: Connection,
    customer_id: UUID,
    sale_id: UUID,
    total_minor: int,
    currency: str,
    at: datetime,
    now: datetime,
) -> bool:
    """Counts one more purchase of the customer; False (nothing changed) when that sale was
    already the last one counted (the same event heard twice)."""
    row = (
        conn.execute(select(customer_history).where(customer_history.c.customer_id == customer_id))
        .mappings()
        .first()
    )
    if row is None:
        conn.execute(
            customer_history.insert().values(
                stamped(
                    now,
                    id=new_id(),
                    customer_id=customer_id,
                    purchases=1,
                    spent_minor=total_minor,
                    currency=currency,
                    first_purchase_at=at,
                    last_purchase_at=at,
                    last_sale_id=sale_id,
                )
            )
        )
        return True
    if row["last_sale_id"] == sale_id:
        return False
    conn.execute(
        update(customer_history)
        .where(customer_history.c.customer_id == customer_id)
        .values(
            purchases=customer_history.c.purchases + 1,
            spent_minor=customer_history.c.spent_minor + total_minor,
            first_purchase_at=min(row["first_purchase_at"], at),
            last_purchase_at=max(row["last_purchase_at"], at),
            last_sale_id=sale_id,
            updated_at=now,
        )
    )
    return True


def purchase_history(conn: Connection, customer_id: UUID) -> PurchaseHistory | None:
    row = (
        conn.execute(
            select(customer_history).where(
                customer_history.c.customer_id == customer_id,
                customer_history.c.deleted_at.is_(None),
            )
        )
        .mappings()
        .first()
    )
    if row is None:
        return None
    return PurchaseHistory(
        customer_id,
        row["purchases"],
        row["spent_minor"],
        row["currency"],
        row["first_purchase_at"],
        row["last_purchase_at"],
    )
