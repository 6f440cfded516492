"""Receiving against a purchase order in the warehouse desk (issue 14): the branch's open
orders to pick from, the goods scanned at the order's price, an over-delivery beyond the
tolerance posted on a manager's PIN and reported, the order's status moving."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from erp_desktop.app.purchasing.orders import (
    OrderDraft,
    OrderLineDraft,
    find_orders,
    save_draft_order,
    send_order,
)
from erp_desktop.ui.context import UiContext
from tests.builders import Branch
from tests.desktop.purchasing.helpers import MANAGER_PIN, give_supplier
from tests.ui.conftest import on_next_dialog, settle
from tests.ui.test_warehouse import desk, level, scan


def test_goods_scanned_against_an_order_over_the_tolerance_go_in_on_a_managers_pin(
    qtbot: QtBot, ctx: UiContext, branch: Branch
) -> None:
    supplier = give_supplier(branch, "F001", {1: "88.00", 3: "70.00"})
    buyer = branch.actor("manager")
    draft, _ = save_draft_order(
        branch.deps,
        buyer,
        OrderDraft(
            supplier.id,
            [
                OrderLineDraft(branch.products[1], Decimal(20)),
                OrderLineDraft(branch.products[3], Decimal(10)),
            ],
        ),
    )
    order, _ = send_order(branch.deps, buyer, draft.id)
    view = desk(qtbot, ctx, branch)
    panel = view.receipt_panel
    assert view.receipt is not None
    panel.order.setCurrentIndex(panel.order.findData(str(order.id)))
    assert not panel.supplier.isEnabled()
    assert panel.supplier.currentData() == str(supplier.id)
    scan(qtbot, ctx, view.receipt, "25*" + branch.barcodes[1])  # 25 of 20 ordered
    assert view.receipt.table.item(0, 2).text() == "88,00"  # the order's price, not typed
    failures: list[BaseException] = []

    def type_pin(dialog: object) -> None:
        assert isinstance(dialog, QInputDialog)
        assert "20" in dialog.labelText() and "25" in dialog.labelText()
        dialog.setTextValue(MANAGER_PIN)
        dialog.accept()

    on_next_dialog(type_pin, failures)
    view.post_receipt.click()
    settle(qtbot, ctx, 300)
    assert not failures, failures
    assert "ALG01-PR-2026-000001" in view.status.text(), view.status.text()
    assert "25" in view.status.text()  # the over-delivery, reported
    assert level(branch, branch.products[1]) == 125
    [moved] = find_orders(branch.deps, buyer)
    assert moved.status == "partially_received"
