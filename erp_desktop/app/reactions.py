"""The app's cross-module reactions, subscribed once on the event bus by the composition root.

A module reacts to another's events, never to its tables: stock watches sales and stock
documents for products falling low, and records the alert; CRM counts each customer's
purchases. Every handler runs after the commit of what it reacts to, isolated from the
others (a failing one is logged, the sale stands).
"""

from __future__ import annotations

from erp_desktop.app.crm.history import subscribe_history
from erp_desktop.app.crm.loyalty import earn_on_sales, take_back_on_returns
from erp_desktop.app.deps import Deps
from erp_desktop.app.purchase_history import record_purchases
from erp_desktop.app.stock.low_stock import (
    LOW_STOCK,
    SALE_COMPLETED,
    STOCK_MOVED,
    record_alerts,
    watch_sales,
    watch_stock_documents,
)


def subscribe_reactions(deps: Deps) -> None:
    bus = deps.bus
    bus.subscribe(SALE_COMPLETED, watch_sales(deps))
    bus.subscribe(STOCK_MOVED, watch_stock_documents(deps))
    bus.subscribe(LOW_STOCK, record_alerts(deps))
    bus.subscribe(SALE_COMPLETED, record_purchases(deps))
    bus.subscribe(SALE_COMPLETED, earn_on_sales(deps))
    subscribe_history(deps)
    bus.subscribe("sales.return_completed", take_back_on_returns(deps))
