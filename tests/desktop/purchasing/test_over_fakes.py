"""Purchasing's use cases over the in-memory fakes (issue 14), as over SQLite: the fakes of
the suppliers and purchasing repositories give the same suggestions, orders and receipts."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from erp_desktop.app.purchasing.orders import find_orders, send_order
from erp_desktop.app.purchasing.receiving import ReceiptRequest, ReceivedLine, receive_purchase
from erp_desktop.app.purchasing.reorder import orders_from_suggestions, reorder_suggestions
from erp_desktop.app.purchasing.suppliers import (
    SuppliedProductEdit,
    SupplierEdit,
    checked_supplier,
)
from tests.desktop.test_use_cases_over_fakes import Shop


def test_suggestion_order_and_partial_receipt_over_the_fakes() -> None:
    shop = Shop()
    shop.replica.products[shop.oil.id] = replace(shop.oil, reorder_point=Decimal(10))
    supplier = checked_supplier(
        SupplierEdit(
            None, "F001", "Huilerie du Sahel", "معصرة الساحل", "DZ", "DZD", "net:30", {}, "",
            [SuppliedProductEdit(shop.oil.id, "HUI-5L", Decimal("900.00"), 3)],
        )
    )  # fmt: skip
    shop.replica.suppliers[supplier.id] = supplier
    manager = shop.actor("manager")
    [suggested] = reorder_suggestions(shop.deps, manager)
    assert [(ln.sku, ln.quantity) for ln in suggested.lines] == [("P0003", Decimal(20))]
    [draft], _ = orders_from_suggestions(shop.deps, manager)
    assert (draft.number, draft.status, draft.lines[0].unit_price) == (
        "ALG01-PO-2026-000001",
        "draft",
        Decimal("900.00"),
    )
    order, _ = send_order(shop.deps, manager, draft.id)
    done, _ = receive_purchase(
        shop.deps,
        manager,
        ReceiptRequest([ReceivedLine(shop.oil.id, Decimal(12))], order_id=order.id),
    )
    assert done.order_status == "partially_received"
    assert [o.status for o in find_orders(shop.deps, manager)] == ["partially_received"]
    # 12 in stock and 8 still on order: 20 at arrival, above the point of 10
    assert reorder_suggestions(shop.deps, manager) == []
