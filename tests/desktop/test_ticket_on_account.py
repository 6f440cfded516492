"""A till ticket left on a business customer's account (issue 13) and loyalty points spent as
a tender (issue 16), over a real replica.

The worked ticket: 2 coffees at 450 DZD (tax included) = 900 DZD, sold on 10 March 2026 to
a restaurant on 30 days' terms: 300 DZD paid by card, 600 DZD left on account, due on
9 April 2026. The entry debits the customer's receivable (411) by 600, not the cash; the
ticket is an open item of 600 in the aged balance's "current" column until a payment of
250 allocated to it leaves 350 open. Nothing is paid in cash, so no stamp duty is due."""

from __future__ import annotations

import io
import unicodedata
from datetime import date
from decimal import Decimal
from pathlib import Path
from uuid import UUID

import pdfplumber
import pytest
from sqlalchemy import text

from erp_desktop.app.accounting.reports import trial_balance
from erp_desktop.app.receivables.aged import aged_receivables, open_items_of
from erp_desktop.app.receivables.credit import credit_override_by_pin
from erp_desktop.app.receivables.payments import PaymentRequest, receive_payment
from erp_desktop.app.receivables.statement import customer_statement
from erp_desktop.app.till.checkout import CartLine, CheckoutRequest, CheckoutResult, checkout
from erp_desktop.app.till.reprint import printable_sale
from erp_desktop.app.till.sessions import open_cash_session
from erp_desktop.kernel.errors import ErpError
from erp_desktop.kernel.ledger.accounts import AccountRole
from erp_desktop.kernel.ledger.journal import Side
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.partners.customers import CreditDecision
from erp_desktop.kernel.sales import Tender, TenderKind
from erp_desktop.ui.till_documents import write_receipt
from tests.builders import Branch
from tests.desktop.receivables_helpers import wholesale_customer

MANAGER_PIN = "3222"


def da(value: int | str) -> Money:
    return Money.of(Decimal(value), "DZD")


def sell_on_account(
    branch: Branch, customer: UUID | None, left: int = 600, **more: object
) -> CheckoutResult:
    tenders = [Tender(TenderKind.ON_ACCOUNT, da(left))]
    if left < 900:
        tenders.insert(0, Tender(TenderKind.CARD, da(900 - left), reference="T-1"))
    return checkout(
        branch.deps,
        branch.actor("cashier"),
        CheckoutRequest(
            (CartLine(branch.products[0], Decimal(2)),),
            tuple(tenders),
            customer_id=customer,
            **more,  # type: ignore[arg-type]
        ),
    )


def text_of(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        raw = "\n".join(page.extract_text() or "" for page in doc.pages)
    return unicodedata.normalize("NFKC", raw).replace("\u202f", " ")


def sales_count(branch: Branch) -> int:
    with branch.replica.transaction(None) as conn:
        return int(conn.execute(text("SELECT count(*) FROM sales_documents")).scalar_one())


def entry_lines(branch: Branch, source_id: UUID) -> dict[AccountRole | None, Money]:
    with branch.deps.store.read() as tx:
        (entry,) = [e for e in tx.ledger.entries(None, None) if e.source_id == source_id]
    return {ln.role: ln.amount for ln in entry.lines if ln.side is Side.DEBIT}


def test_a_ticket_left_on_account_posts_the_receivable_and_is_an_open_item(
    branch: Branch, tmp_path: Path
) -> None:
    customer = wholesale_customer(branch)
    open_cash_session(branch.deps, branch.actor("cashier"), da(0))
    done = sell_on_account(branch, customer)
    sale = done.sale
    assert done.settlement.stamp_duty == da(0)  # nothing in cash
    assert [(p.tender, p.amount, p.reference) for p in sale.payments] == [
        ("card", da(300), "T-1"),
        ("on_account", da(600), "2026-04-09"),  # net 30 from 10 March
    ]
    debits = entry_lines(branch, sale.id)
    assert debits[AccountRole.RECEIVABLE] == da(600)
    assert debits[AccountRole.CARD_CLEARING] == da(300)
    assert AccountRole.CASH not in debits
    assert done.credit is not None and done.credit.decision is CreditDecision.OK
    accountant = branch.actor("accountant")
    assert trial_balance(branch.deps, accountant).balanced

    manager = branch.actor("manager")
    (item,) = open_items_of(branch.deps, manager, customer)
    assert (item.number, item.open, item.due_on) == (sale.number, da(600), date(2026, 4, 9))
    as_of = date(2026, 3, 10)
    aged = aged_receivables(branch.deps, manager, as_of)
    assert [(r.customer_id, r.buckets) for r in aged.rows] == [(customer, (60000, 0, 0, 0, 0))]
    late = aged_receivables(branch.deps, manager, date(2026, 5, 20))  # 41 days past due
    assert [r.buckets for r in late.rows] == [(0, 0, 60000, 0, 0)]

    receive_payment(
        branch.deps,
        manager,
        PaymentRequest(
            customer, "transfer", da(250), allocations={sale.id: da(250)}, reference="VIR-7"
        ),
    )
    (item,) = open_items_of(branch.deps, manager, customer)
    assert item.open == da(350)
    assert [r.buckets for r in aged_receivables(branch.deps, manager, as_of).rows] == [
        (35000, 0, 0, 0, 0)
    ]
    statement = customer_statement(branch.deps, manager, customer, as_of, as_of)
    (section,) = statement.sections
    assert [(ln.row.kind, ln.row.debit_minor, ln.row.credit_minor) for ln in section.lines] == [
        ("ticket_on_account", 60000, 0),
        ("customer_payment", 0, 25000),
    ]
    assert section.lines[-1].balance_minor == 35000  # the statement agrees with the open item
    printable = printable_sale(branch.deps, manager, sale.number)
    assert printable.customer == "Restaurant Le Golfe"
    receipt = text_of(write_receipt(branch.deps, manager, sale.number, tmp_path).read_bytes())
    assert "Client : Restaurant Le Golfe" in receipt
    assert "En compte" in receipt and "échéance 09/04/2026" in receipt


def test_on_account_needs_a_customer_with_credit_terms(branch: Branch) -> None:
    open_cash_session(branch.deps, branch.actor("cashier"), da(0))
    before = sales_count(branch)
    with pytest.raises(ErpError) as anonymous:
        sell_on_account(branch, None)
    assert anonymous.value.code == "sales.on_account_needs_customer"
    cash_only = wholesale_customer(branch, name="Épicerie Amal", terms="")
    with pytest.raises(ErpError) as no_terms:
        sell_on_account(branch, cash_only)
    assert no_terms.value.code == "sales.no_credit_terms"
    assert no_terms.value.params["customer"] == "Épicerie Amal"
    assert sales_count(branch) == before  # nothing half-written


def test_a_blocking_limit_refuses_the_ticket_until_a_manager_types_their_pin(
    branch: Branch,
) -> None:
    customer = wholesale_customer(branch, limit="500", blocks=True)
    open_cash_session(branch.deps, branch.actor("cashier"), da(0))
    before = sales_count(branch)
    with pytest.raises(ErpError) as blocked:
        sell_on_account(branch, customer)
    assert blocked.value.code == "receivables.credit_limit_blocked"
    assert sales_count(branch) == before
    manager = credit_override_by_pin(branch.deps, MANAGER_PIN, branch.register_id)
    done = sell_on_account(branch, customer, credit_approver=manager)
    assert done.credit is not None and done.credit.decision is CreditDecision.OVERRIDDEN
    assert done.sale.approved_by == manager.user_id


def test_a_limit_that_only_warns_lets_the_ticket_pass_and_says_so(branch: Branch) -> None:
    customer = wholesale_customer(branch, limit="500")
    open_cash_session(branch.deps, branch.actor("cashier"), da(0))
    done = sell_on_account(branch, customer, left=900)
    assert done.credit is not None
    assert (done.credit.decision, done.credit.exposure) == (CreditDecision.WARN, da(900))
    assert [p.tender for p in done.sale.payments] == ["on_account"]
