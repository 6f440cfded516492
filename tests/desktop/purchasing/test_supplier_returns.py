"""Supplier returns (debit notes, issue 14): goods sent back against a receipt leave stock
at the cost they entered at (the rest re-averaged) and reverse "invoices not yet received";
once head office's invoice came down, the return is a debit note: the payable reduced, the
VAT reversed, and at head office it offsets what is owed on that invoice. Returning more
than came, to another supplier or from another branch's receipt is refused with its code
and nothing written."""

from __future__ import annotations

from decimal import Decimal

import pytest

from erp_desktop.app.purchasing.invoices import (
    InvoiceEntry,
    InvoiceLineEntry,
    enter_supplier_invoice,
)
from erp_desktop.app.purchasing.payments import aged_payables, open_invoices_of
from erp_desktop.app.purchasing.receiving import ReceiptRequest, ReceivedLine, receive_purchase
from erp_desktop.app.purchasing.returns import (
    ReturnRequest,
    find_supplier_returns,
    return_to_supplier,
    returnable_receipts,
)
from erp_desktop.kernel.documents.supplier_return import ReturnedLine
from erp_desktop.kernel.errors import ErpError
from tests.builders import Branch
from tests.desktop.purchasing.flow import balances, ordered_and_received, pulled
from tests.desktop.purchasing.helpers import give_supplier
from tests.desktop.purchasing.test_suppliers import queued


def _position(branch: Branch, index: int) -> tuple[Decimal, Decimal]:
    with branch.deps.store.read() as tx:
        found = tx.stock.stock_position(
            tx.org.default_warehouse(branch.branch_id), branch.products[index]
        )
    return found.quantity, found.average_cost


def test_goods_sent_back_before_the_invoice_leave_at_their_cost_and_reverse_the_accrual(
    branch: Branch,
) -> None:
    supplier = give_supplier(branch, "F001", {0: "380.00", 1: "90.00"})
    _order, receipt = ordered_and_received(branch, supplier, {0: 20}, {0: 20})
    held, cost = _position(branch, 0)  # 5 from the builder plus the 20 at 380
    clerk = branch.actor("clerk")
    line = receipt.lines[0]
    done, _changed = return_to_supplier(
        branch.deps,
        clerk,
        ReturnRequest(receipt.id, [ReturnedLine(line.id, Decimal(6))], reason="cartons crushed"),
    )
    assert done.number == "ALG01-SR-2026-000001"
    assert (done.invoice_id, done.currency, done.total.amount) == (None, "DZD", Decimal(2280))
    quantity, after = _position(branch, 0)
    assert quantity == held - 6
    # the value left is what stayed: (25 x avg - 6 x 380) / 19
    assert after == ((held * cost - 6 * Decimal(380)) / quantity).quantize(after)
    books = balances(branch)
    assert books["408"] == Decimal(-(20 - 6) * 380)  # the accrual of what is still to bill
    [sent] = queued(branch, "supplier_return")
    assert sent["receipt_id"] == str(receipt.id) and sent["lines"][0]["quantity_milli"] == 6000
    moves = queued(branch, "stock_movement")
    assert moves[-1]["kind"] == "supplier_return" and moves[-1]["unit_cost"] == "380.00"
    [left] = returnable_receipts(branch.deps, clerk)
    assert left.left[line.id] == 14
    assert [r.number for r in find_supplier_returns(branch.deps, branch.actor("manager"))] == [
        done.number
    ]

    with pytest.raises(ErpError) as error:  # 14 are left of the 20
        return_to_supplier(
            branch.deps, clerk, ReturnRequest(receipt.id, [ReturnedLine(line.id, Decimal(15))])
        )
    assert error.value.code == "payables.return_above_received"
    other = give_supplier(branch, "F002", {0: "370.00"})
    with pytest.raises(ErpError) as error:
        return_to_supplier(
            branch.deps,
            clerk,
            ReturnRequest(receipt.id, [ReturnedLine(line.id, Decimal(1))], supplier_id=other.id),
        )
    assert error.value.code == "payables.return_wrong_supplier"
    assert len(queued(branch, "supplier_return")) == 1
    assert _position(branch, 0)[0] == quantity


def test_once_invoiced_a_return_is_a_debit_note_that_offsets_the_invoice_at_head_office(
    branch: Branch, office: Branch
) -> None:
    supplier = give_supplier(branch, "F001", {0: "380.00", 1: "90.00"})
    give_supplier(office, "F001", {}, supplier=supplier)
    order, receipt = ordered_and_received(branch, supplier, {0: 20, 1: 10}, {0: 20, 1: 10})
    pulled(office, "purchase_order", order, branch.branch_id)
    pulled(office, "purchase_receipt", receipt, branch.branch_id)
    done, _ = enter_supplier_invoice(
        office.deps,
        office.actor("accountant"),
        InvoiceEntry(
            supplier.id,
            "FA-2026-0201",
            [
                InvoiceLineEntry(Decimal(20), Decimal("380.00"), product_id=office.products[0]),
                InvoiceLineEntry(Decimal(10), Decimal("90.00"), product_id=office.products[1]),
            ],
            order_id=order.id,
        ),
    )
    invoice = done.invoice
    pulled(branch, "supplier_invoice", invoice, office.branch_id)  # down to the branch

    milk = next(ln for ln in receipt.lines if ln.product_id == branch.products[1])
    before = balances(branch)
    note, _ = return_to_supplier(
        branch.deps,
        branch.actor("clerk"),
        ReturnRequest(receipt.id, [ReturnedLine(milk.id, Decimal(4))], reason="past its date"),
    )
    # 4 x 90 = 360 and VAT 9 % = 32.40 (the invoice's rate for milk)
    assert note.invoice_id == invoice.id
    assert (note.base.amount, note.vat.amount, note.total.amount) == (
        Decimal(360),
        Decimal("32.40"),
        Decimal("392.40"),
    )
    books = balances(branch)
    moved = {k: books.get(k, 0) - before.get(k, 0) for k in books if books.get(k) != before.get(k)}
    # the payable reduced (it was booked at head office), stock out at the invoice's price,
    # the VAT deducted reversed; "invoices not yet received" untouched
    assert moved == {"401": Decimal("392.40"), "30": Decimal(-360), "4456": Decimal("-32.40")}

    pulled(office, "supplier_return", note, branch.branch_id)
    [item] = open_invoices_of(office.deps, office.actor("accountant"), supplier.id)
    assert item.open.amount == invoice.total.amount - Decimal("392.40")
    [owed] = aged_payables(office.deps, office.actor("accountant"))
    assert owed.aged.total.amount == invoice.total.amount - Decimal("392.40")


def test_a_receipt_of_another_branch_cannot_be_returned_here(
    branch: Branch, office: Branch
) -> None:
    supplier = give_supplier(branch, "F001", {0: "380.00"})
    _order, receipt = ordered_and_received(branch, supplier, {0: 5}, {0: 5})
    give_supplier(office, "F001", {}, supplier=supplier)
    pulled(office, "purchase_receipt", receipt, branch.branch_id)
    with pytest.raises(ErpError) as error:  # head office holds it, the goods are at ALG01
        return_to_supplier(
            office.deps,
            office.actor("manager"),
            ReturnRequest(receipt.id, [ReturnedLine(receipt.lines[0].id, Decimal(1))]),
        )
    assert error.value.code in ("payables.receipt_of_another_branch", "sync.owned_by_branches")


def test_a_market_purchase_invoiced_without_an_order_moves_the_branch_average_cost(
    branch: Branch, office: Branch
) -> None:
    supplier = give_supplier(branch, "F003", {0: "380.00"})
    give_supplier(office, "F003", {}, supplier=supplier)
    came, _ = receive_purchase(
        branch.deps,
        branch.actor("clerk"),
        ReceiptRequest(
            [ReceivedLine(branch.products[0], Decimal(10), unit_cost=Decimal(380))],
            supplier_id=supplier.id,
        ),
    )
    held, cost = _position(branch, 0)
    pulled(office, "purchase_receipt", came.receipt, branch.branch_id)
    done, _ = enter_supplier_invoice(
        office.deps,
        office.actor("accountant"),
        InvoiceEntry(
            supplier.id,
            "MKT-77",
            [InvoiceLineEntry(Decimal(10), Decimal("390.00"), product_id=office.products[0])],
        ),
    )
    invoice = done.invoice
    assert invoice.order_id is None and invoice.receipt_id == came.receipt.id
    assert balances(office)["30"] == Decimal(100)  # the difference into stock, as matched
    pulled(branch, "supplier_invoice", invoice, office.branch_id)
    quantity, after = _position(branch, 0)
    # all 10 are still held: the whole 100 of difference joins the average
    assert quantity == held
    assert after == ((held * cost + Decimal(100)) / held).quantize(after)
