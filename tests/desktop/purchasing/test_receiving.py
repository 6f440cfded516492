"""Receiving at a branch (issue 14): against an order, partial receipts adding up to its
status, stock at the order's price re-averaging the cost, the accrual to "invoices not yet
received"; over-delivery and substitutions refused unless a manager accepts them; a
receipt for another branch's order and a market purchase without a supplier refused with
their codes and nothing written."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from uuid import UUID

import pytest

from erp_desktop.app.purchasing.orders import (
    OrderDraft,
    OrderLineDraft,
    save_draft_order,
    send_order,
)
from erp_desktop.app.purchasing.receiving import ReceiptRequest, ReceivedLine, receive_purchase
from erp_desktop.kernel.documents.purchase import PurchaseOrder
from erp_desktop.kernel.errors import ErpError
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.purchasing.suppliers import Supplier
from tests.builders import Branch
from tests.desktop.purchasing.helpers import give_supplier, manager
from tests.desktop.purchasing.test_suppliers import queued


def _order(
    branch: Branch, lines: dict[int, int], code: str = "F001"
) -> tuple[Supplier, PurchaseOrder]:
    supplier = give_supplier(branch, code, {0: "380.00", 1: "90.00", 3: "70.00"})
    buyer = branch.actor("manager")
    draft, _ = save_draft_order(
        branch.deps,
        buyer,
        OrderDraft(
            supplier.id, [OrderLineDraft(branch.products[i], Decimal(q)) for i, q in lines.items()]
        ),
    )
    sent, _ = send_order(branch.deps, buyer, draft.id)
    return supplier, sent


def _position(branch: Branch, index: int) -> tuple[Decimal, Decimal]:
    with branch.deps.store.read() as tx:
        found = tx.stock.stock_position(
            tx.org.default_warehouse(branch.branch_id), branch.products[index]
        )
    return found.quantity, found.average_cost


def _balances(branch: Branch, source_id: UUID) -> dict[str, Decimal]:
    with branch.deps.store.read() as tx:
        [entry] = [e for e in tx.ledger.entries(None, None) if e.source_id == source_id]
    assert entry.is_balanced()
    out: dict[str, Decimal] = {}
    for ln in entry.lines:
        sign = 1 if ln.side.value == "debit" else -1
        out[ln.account] = out.get(ln.account, Decimal(0)) + sign * ln.amount.amount
    return out


def test_partial_receipts_add_up_enter_stock_at_the_order_price_and_accrue_to_408(
    branch: Branch,
) -> None:
    _supplier, order = _order(branch, {0: 20, 1: 10})
    clerk = branch.actor("clerk")
    before_qty, before_cost = _position(branch, 0)  # 5 in stock (tests.builders)
    first, _ = receive_purchase(
        branch.deps,
        clerk,
        ReceiptRequest([ReceivedLine(branch.products[0], Decimal(12))], order_id=order.id),
    )
    assert first.order_status == "partially_received"
    assert first.receipt.number == "ALG01-PR-2026-000001"
    quantity, cost = _position(branch, 0)
    assert quantity == before_qty + 12
    assert cost == ((before_qty * before_cost + 12 * Decimal(380)) / quantity).quantize(cost)
    # stock (SCF 30) debited at cost, "invoices not yet received" (SCF 408) credited
    assert _balances(branch, first.receipt.id) == {"30": Decimal(4560), "408": Decimal(-4560)}
    assert [o["status"] for o in queued(branch, "purchase_order")] == ["open", "partially_received"]
    assert len(queued(branch, "purchase_receipt")) == 1

    second, _ = receive_purchase(
        branch.deps,
        clerk,
        ReceiptRequest(
            [
                ReceivedLine(branch.products[0], Decimal(8)),
                ReceivedLine(branch.products[1], Decimal(10)),
            ],
            order_id=order.id,
        ),
    )
    assert (second.order_status, second.differences) == ("received", ())


def test_an_over_delivery_beyond_the_tolerance_needs_a_manager_and_is_reported(
    branch: Branch,
) -> None:
    _supplier, order = _order(branch, {0: 20})
    clerk = branch.actor("clerk")
    request = ReceiptRequest([ReceivedLine(branch.products[0], Decimal(22))], order_id=order.id)
    with pytest.raises(ErpError) as error:  # 22 is 10 % above 20, the tolerance 5 %
        receive_purchase(branch.deps, clerk, request)
    assert error.value.code == "payables.over_delivery"
    assert queued(branch, "purchase_receipt") == []
    assert _position(branch, 0)[0] == 5
    within, _ = receive_purchase(
        branch.deps, clerk, replace(request, lines=[ReceivedLine(branch.products[0], Decimal(21))])
    )
    assert [d.kind for d in within.differences] == ["over_delivery"]
    _s, other = _order(branch, {1: 10}, code="F002")
    accepted, _ = receive_purchase(
        branch.deps,
        clerk,
        ReceiptRequest(
            [ReceivedLine(branch.products[1], Decimal(15))],
            order_id=other.id,
            approver=manager(branch),
        ),
    )
    assert [(d.kind, d.received) for d in accepted.differences] == [("over_delivery", 15)]


def test_a_substitution_is_refused_unless_a_manager_accepts_it_at_the_ordered_price(
    branch: Branch,
) -> None:
    _supplier, order = _order(branch, {0: 10})
    clerk = branch.actor("clerk")
    swapped = ReceivedLine(branch.products[4], Decimal(10), substitute_for=branch.products[0])
    with pytest.raises(ErpError) as error:
        receive_purchase(branch.deps, clerk, ReceiptRequest([swapped], order_id=order.id))
    assert error.value.code == "payables.substitution_refused"
    with pytest.raises(ErpError) as error:  # a cashier's PIN is no manager's
        receive_purchase(
            branch.deps,
            clerk,
            ReceiptRequest([swapped], order_id=order.id, approver=branch.actor("cashier")),
        )
    assert error.value.code == "auth.permission_denied"
    done, _ = receive_purchase(
        branch.deps, clerk, ReceiptRequest([swapped], order_id=order.id, approver=manager(branch))
    )
    assert [d.kind for d in done.differences] == ["substitution"]
    assert done.receipt.lines[0].unit_cost == Decimal("380.00")


def test_the_last_delivery_reports_what_is_short_and_closes_the_order(branch: Branch) -> None:
    _supplier, order = _order(branch, {0: 10, 3: 6})
    done, _ = receive_purchase(
        branch.deps,
        branch.actor("clerk"),
        ReceiptRequest(
            [ReceivedLine(branch.products[0], Decimal(10))], order_id=order.id, final=True
        ),
    )
    assert [(d.kind, d.ordered, d.received) for d in done.differences] == [("under_delivery", 6, 0)]
    assert done.order_status == "closed"
    with pytest.raises(ErpError) as error:
        receive_purchase(
            branch.deps,
            branch.actor("clerk"),
            ReceiptRequest([ReceivedLine(branch.products[3], Decimal(6))], order_id=order.id),
        )
    assert error.value.code == "payables.order_not_open"


def test_a_receipt_for_another_branchs_order_is_refused_and_nothing_written(
    branch: Branch,
) -> None:
    _supplier, order = _order(branch, {0: 10})
    theirs = new_id()
    with branch.deps.store.transaction(None) as tx:  # head office's order for the other branch
        tx.purchasing.save_order(
            replace(
                order,
                id=theirs,
                number="ALG02-PO-2026-000001",
                for_branch_id=branch.other_branch_id,
                lines=tuple(replace(ln, id=new_id()) for ln in order.lines),
            ),
            None,
            branch.deps.now(),
        )
    with pytest.raises(ErpError) as error:
        receive_purchase(
            branch.deps,
            branch.actor("clerk"),
            ReceiptRequest([ReceivedLine(branch.products[0], Decimal(10))], order_id=theirs),
        )
    assert error.value.code == "payables.order_for_another_branch"
    assert queued(branch, "purchase_receipt") == []
    assert _position(branch, 0)[0] == 5


def test_a_market_purchase_names_its_supplier_and_enters_at_the_price_paid(
    branch: Branch,
) -> None:
    supplier = give_supplier(branch, "M01", {})
    clerk = branch.actor("clerk")
    line = ReceivedLine(branch.products[9], Decimal("12.5"), unit_cost=Decimal("640.00"))
    with pytest.raises(ErpError) as error:
        receive_purchase(branch.deps, clerk, ReceiptRequest([line]))
    assert error.value.code == "payables.receipt_without_supplier"
    done, _ = receive_purchase(branch.deps, clerk, ReceiptRequest([line], supplier_id=supplier.id))
    assert (done.receipt.supplier_id, done.receipt.order_id, done.order_status) == (
        supplier.id,
        None,
        None,
    )
    assert _balances(branch, done.receipt.id) == {"30": Decimal(8000), "408": Decimal(-8000)}
