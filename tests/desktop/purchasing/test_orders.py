"""Purchase orders on the replica (issue 14): a draft priced at the supplier's last
prices, edited, sent through the one finalize step and queued as the server will read it;
a manager's PIN above the threshold; a branch orders for itself only, head office for any
branch; closed and cancelled by the kernel's moves."""

from __future__ import annotations

from decimal import Decimal

import pytest

from erp_desktop.app.purchasing.orders import (
    OrderDraft,
    OrderLineDraft,
    find_orders,
    move_order,
    order_needs_approval,
    save_draft_order,
    send_order,
)
from erp_desktop.kernel.documents import document_from_payload
from erp_desktop.kernel.errors import ErpError
from erp_desktop.kernel.protocol.payloads import validate_payload
from tests.builders import Branch
from tests.desktop.purchasing.helpers import give_supplier, manager
from tests.desktop.purchasing.test_suppliers import queued


def test_a_draft_is_priced_at_the_suppliers_last_prices_and_edited_before_it_is_sent(
    branch: Branch,
) -> None:
    supplier = give_supplier(branch, "F001", {0: "380.00", 1: "95.50"}, lead_time=4)
    buyer = branch.actor("manager")
    draft, _ = save_draft_order(
        branch.deps,
        buyer,
        OrderDraft(supplier.id, [OrderLineDraft(branch.products[0], Decimal(10))]),
    )
    assert (draft.number, draft.status) == ("ALG01-PO-2026-000001", "draft")
    assert draft.lines[0].unit_price == Decimal("380.00")
    assert draft.lines[0].reference == "REF-F001-0"
    assert draft.expected_on == "2026-03-14"  # four days' lead time
    assert queued(branch, "purchase_order") == []  # a draft stays here

    edited, _ = save_draft_order(
        branch.deps,
        buyer,
        OrderDraft(
            supplier.id,
            [
                OrderLineDraft(branch.products[0], Decimal(12)),
                OrderLineDraft(branch.products[1], Decimal(24), unit_price=Decimal("93.00")),
            ],
            order_id=draft.id,
        ),
    )
    assert (edited.id, edited.number) == (draft.id, draft.number)
    # 12 x 380 at 19 % and 24 x 93 at 9 %: 4,560 + 866.40 and 2,232 + 200.88
    assert (edited.base.amount, edited.vat.amount) == (Decimal("6792.00"), Decimal("1067.28"))

    sent, _ = send_order(branch.deps, buyer, draft.id)
    assert sent.status == "open"
    [wire] = queued(branch, "purchase_order")
    assert (
        document_from_payload(
            "purchase_order", validate_payload("purchase_order", wire), branch.branch_id
        )
        == sent
    )
    [listed] = find_orders(branch.deps, buyer, ("open",))
    assert listed == sent
    with pytest.raises(ErpError) as error:
        save_draft_order(
            branch.deps,
            buyer,
            OrderDraft(
                supplier.id, [OrderLineDraft(branch.products[0], Decimal(1))], order_id=sent.id
            ),
        )
    assert error.value.code == "payables.order_not_draft"


def test_an_order_above_the_threshold_is_refused_without_a_manager_and_sent_with_one(
    branch: Branch,
) -> None:
    supplier = give_supplier(branch, "F002", {8: "45000.00"})  # televisions
    buyer = branch.actor("admin")
    # 12 x 45,000 DA + 19 % = 642,600 DA, above 500,000 DA (data/purchasing_policy.json)
    draft, _ = save_draft_order(
        branch.deps,
        buyer,
        OrderDraft(supplier.id, [OrderLineDraft(branch.products[8], Decimal(12))]),
    )
    assert order_needs_approval(branch.deps, buyer, draft.id)
    cashier = branch.actor("cashier")
    with pytest.raises(ErpError) as error:
        send_order(branch.deps, buyer, draft.id, approver=cashier)
    assert error.value.code == "payables.approval_required"
    assert queued(branch, "purchase_order") == []
    approver = manager(branch)
    sent, _ = send_order(branch.deps, buyer, draft.id, approver=approver)
    assert sent.approved_by == approver.user_id
    assert queued(branch, "purchase_order")[0]["approved_by"] == str(approver.user_id)


def test_a_branch_orders_for_itself_and_head_office_for_any_branch(
    branch: Branch, office: Branch
) -> None:
    at_branch = give_supplier(branch, "F003", {3: "80.00"})
    with pytest.raises(ErpError) as error:
        save_draft_order(
            branch.deps,
            branch.actor("manager"),
            OrderDraft(
                at_branch.id,
                [OrderLineDraft(branch.products[3], Decimal(50))],
                for_branch_id=branch.other_branch_id,
            ),
        )
    assert error.value.code == "payables.order_for_another_branch"

    central = give_supplier(office, "F003", {3: "80.00"}, supplier=at_branch)
    draft, _ = save_draft_order(
        office.deps,
        office.actor("admin"),
        OrderDraft(
            central.id,
            [OrderLineDraft(office.products[3], Decimal(50))],
            for_branch_id=branch.branch_id,
        ),
    )
    sent, _ = send_order(office.deps, office.actor("admin"), draft.id)
    assert (sent.branch_id, sent.for_branch_id) == (office.branch_id, branch.branch_id)
    assert sent.number.startswith("ALG02-PO-2026-")
    with pytest.raises(ErpError) as error:  # head office keeps no stock of its own
        save_draft_order(
            office.deps,
            office.actor("admin"),
            OrderDraft(central.id, [OrderLineDraft(office.products[3], Decimal(5))]),
        )
    assert error.value.code == "payables.order_for_head_office"


def test_an_order_is_cancelled_while_nothing_came_and_a_draft_never_leaves(
    branch: Branch,
) -> None:
    supplier = give_supplier(branch, "F004", {5: "100.00"})
    buyer = branch.actor("manager")
    lines = [OrderLineDraft(branch.products[5], Decimal(6))]
    draft, _ = save_draft_order(branch.deps, buyer, OrderDraft(supplier.id, lines))
    cancelled, _ = move_order(branch.deps, buyer, draft.id, "cancelled")
    assert cancelled.status == "cancelled"
    assert queued(branch, "purchase_order") == []
    other, _ = save_draft_order(branch.deps, buyer, OrderDraft(supplier.id, lines))
    send_order(branch.deps, buyer, other.id)
    move_order(branch.deps, buyer, other.id, "cancelled")
    with pytest.raises(ErpError) as error:  # a cancelled order stays cancelled
        move_order(branch.deps, buyer, other.id, "closed")
    assert error.value.code == "payables.bad_order_transition"
    assert [o["status"] for o in queued(branch, "purchase_order")] == ["open", "cancelled"]
