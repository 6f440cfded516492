"""Returning a ticket sold on account credits the customer's account, over a real replica.

The worked ticket of tests/desktop/test_ticket_on_account.py: 2 coffees at 450 DZD = 900
DZD, 300 by card, 600 on account due 9 April 2026. Returning one coffee (450 DZD) gives
back its share: two thirds of it (300 DZD) on account, one third (150 DZD) to the card; the
ticket's open item drops from 600 to 300, in the aged balance (both its paths) and on the
statement. Returning the other coffee after the customer paid the ticket leaves the 300
credited back as the customer's unallocated credit (refundable by app.receivables)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text

from erp_desktop.app.accounting.reports import trial_balance
from erp_desktop.app.receivables.aged import aged_receivables, open_items_of
from erp_desktop.app.receivables.payments import PaymentRequest, receive_payment
from erp_desktop.app.receivables.refunds import credit_of, refund_credit
from erp_desktop.app.receivables.statement import customer_statement
from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, checkout
from erp_desktop.app.till.returns import ReturnRequest, return_sale
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.errors import ErpError
from erp_desktop.kernel.ledger.accounts import AccountRole
from erp_desktop.kernel.ledger.journal import Side
from erp_desktop.kernel.sales import Tender, TenderKind
from erp_desktop.ui.till_documents import write_receipt
from tests.builders import Branch
from tests.desktop.receivables_helpers import wholesale_customer
from tests.desktop.test_ticket_on_account import da, sell_on_account, text_of


def credits(branch: Branch, source_id: object) -> dict[AccountRole | None, object]:
    with branch.deps.store.read() as tx:
        (entry,) = [e for e in tx.ledger.entries(None, None) if e.source_id == source_id]
    return {ln.role: ln.amount for ln in entry.lines if ln.side is Side.CREDIT}


def dues_row(branch: Branch) -> list[tuple[str, int, int]]:
    with branch.replica.transaction(None) as conn:
        rows = conn.execute(
            text("SELECT due_on, amount_minor, open_minor FROM receivable_dues ORDER BY due_on")
        ).all()
    return [(r[0], int(r[1]), int(r[2])) for r in rows]


def test_a_return_of_a_ticket_on_account_credits_the_open_item_then_the_credit(
    branch: Branch, tmp_path: Path
) -> None:
    customer = wholesale_customer(branch)
    cashier, manager = branch.actor("cashier"), branch.actor("manager")
    open_cash_session(branch.deps, cashier, da(0))
    sale = sell_on_account(branch, customer).sale
    line = sale.lines[0]

    back = return_sale(branch.deps, cashier, ReturnRequest(sale.number, {line.id: Decimal(1)}))
    credit = back.made
    assert [(p.tender, p.amount, p.reference) for p in credit.payments] == [
        ("on_account", da(300), "2026-04-09"),
        ("card", da(150), ""),
    ]
    assert credits(branch, credit.id)[AccountRole.RECEIVABLE] == da(300)  # 411, no cash out
    assert trial_balance(branch.deps, branch.actor("accountant")).balanced
    (item,) = open_items_of(branch.deps, manager, customer)
    assert (item.open, item.total) == (da(300), da(300))
    today = aged_receivables(branch.deps, manager, date(2026, 3, 10))  # the indexed path
    assert [r.buckets for r in today.rows] == [(30000, 0, 0, 0, 0)]
    assert item.schedule == ((date(2026, 4, 9), da(300)),)  # the due line, net of it
    assert dues_row(branch) == [("2026-04-09", 30000, 30000)]
    as_of = date(2026, 3, 10)
    (section,) = customer_statement(branch.deps, manager, customer, as_of, as_of).sections
    assert [(ln.row.kind, ln.row.debit_minor, ln.row.credit_minor) for ln in section.lines] == [
        ("ticket_on_account", 60000, 0),
        ("return_on_account", 0, 30000),
    ]
    receipt = text_of(write_receipt(branch.deps, cashier, credit.number, tmp_path).read_bytes())
    assert "En compte" in receipt

    # the customer pays what is left, then brings the other coffee back: credit, not cash
    receive_payment(
        branch.deps, manager, PaymentRequest(customer, "transfer", da(300), reference="VIR-9")
    )
    assert open_items_of(branch.deps, manager, customer) == []
    last = return_sale(branch.deps, cashier, ReturnRequest(sale.number, {line.id: Decimal(1)}))
    assert [(p.tender, p.amount, p.reference) for p in last.made.payments] == [
        ("on_account", da(300), "credit"),
        ("card", da(150), ""),
    ]
    assert open_items_of(branch.deps, manager, customer) == []
    with branch.deps.store.read() as tx:
        assert credit_of(tx, customer, "DZD") == da(300)
    refund_credit(branch.deps, manager, customer, da(300), "cash")
    with branch.deps.store.read() as tx:
        assert credit_of(tx, customer, "DZD") == da(0)
    assert trial_balance(branch.deps, branch.actor("accountant")).balanced


def test_refunding_on_account_is_refused_with_a_code(branch: Branch) -> None:
    customer = wholesale_customer(branch)
    cashier = branch.actor("cashier")
    open_cash_session(branch.deps, cashier, da(0))
    cash = checkout(
        branch.deps,
        cashier,
        CheckoutRequest(
            (CartLine(branch.products[0], Decimal(2)),),
            (Tender(TenderKind.CASH, da(1000)),),
            customer_id=customer,
        ),
    ).sale
    line = cash.lines[0]
    with branch.replica.transaction(None) as conn:
        before = int(conn.execute(text("SELECT count(*) FROM sales_documents")).scalar_one())
    with pytest.raises(ErpError) as not_on_account:
        return_sale(
            branch.deps, cashier, ReturnRequest(cash.number, {line.id: Decimal(1)}, "on_account")
        )
    assert not_on_account.value.code == "sales.not_on_account"
    sale = sell_on_account(branch, customer, left=300).sale  # 600 card, 300 on account
    with pytest.raises(ErpError) as beyond:
        return_sale(
            branch.deps,
            cashier,
            ReturnRequest(sale.number, {sale.lines[0].id: Decimal(2)}, "on_account"),
        )
    assert beyond.value.code == "sales.refund_exceeds_on_account"
    with branch.replica.transaction(None) as conn:
        after = int(conn.execute(text("SELECT count(*) FROM sales_documents")).scalar_one())
    assert after == before + 1  # the one ticket sold; nothing of the returns half-written
