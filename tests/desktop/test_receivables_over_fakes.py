"""Receiving payments on account, over the in-memory fakes: tenders, allocation oldest first
or chosen, over-payment kept as credit and refunded, a bounced cheque reopening its invoices,
and every refusal leaving nothing written.

Law: Algeria's stamp duty on cash payments, Code du timbre art. 100-I as amended by the LF
2025 (kernel tax data, tests/kernel/test_stamp_duty.py): 1 DA per started 100 DA above
300 DA at 1 %, so 11,900 DA in cash bear 119 DA."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.receivables.instruments import held_instruments, record_instrument_step
from erp_desktop.app.receivables.payments import PaymentRequest, receive_payment
from erp_desktop.app.receivables.refunds import credit_of, refund_credit
from erp_desktop.app.records import BranchInfo, CompanyInfo, CustomerInfo
from erp_desktop.kernel.clock import FixedClock, HybridLogicalClock
from erp_desktop.kernel.documents.business import (
    CUSTOMER_INVOICE,
    BusinessDocument,
    BusinessLineInput,
    business_document,
)
from erp_desktop.kernel.errors import ErpError
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.invoicing.terms import terms_from_code
from erp_desktop.kernel.ledger import AccountRole
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.permissions import Role
from tests.desktop.fakes import FakeReplica, FakeStore

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def da(value: str | int) -> Money:
    return Money.of(Decimal(value), "DZD")


class Wholesale:
    """An Algerian branch with one business customer and two invoices on account."""

    def __init__(self) -> None:
        branch = BranchInfo(new_id(), "ALG01", "Alger Centre", "الجزائر الوسطى")
        company = CompanyInfo(new_id(), "Supérette El Baraka", "سوبيرات البركة", "DZ", "DZD", {})
        self.replica = FakeReplica(company, branch.id)
        self.replica.branches = {branch.id: branch}
        self.branch = branch
        self.customer = CustomerInfo(
            new_id(), "Restaurant Le Golfe", "مطعم الخليج", "", "", "", 0, "DZD", {}
        )
        self.replica.customers = {self.customer.id: self.customer}
        self.store = FakeStore(self.replica)
        self.clock = FixedClock(START)
        self.deps = Deps(self.store, self.clock, HybridLogicalClock("ALG01", lambda: 1))
        self.manager = Actor(new_id(), "manager", frozenset({Role.BRANCH_MANAGER}), branch.id)
        self.cashier = Actor(new_id(), "cashier", frozenset({Role.CASHIER}), branch.id)
        # net:30 invoices of 11,900 DA (10,000 + 19 % VAT) issued on 2 and 9 February
        self.old = self.invoice("ALG01-FA-2026-000001", START - timedelta(days=28))
        self.new = self.invoice("ALG01-FA-2026-000002", START - timedelta(days=21))

    def invoice(self, number: str, at: datetime, status: str = "final") -> BusinessDocument:
        doc = business_document(
            CUSTOMER_INVOICE,
            number=number,
            country="DZ",
            branch_id=self.branch.id,
            customer_id=self.customer.id,
            issued_at=at,
            currency="DZD",
            lines=[BusinessLineInput(Decimal(1), Decimal(10000), Decimal(19), nature="service")],
            terms=terms_from_code("net:30"),
        )
        if status != "final":
            from dataclasses import replace

            doc = replace(doc, status=status)
        self.store.replica.business_documents[doc.id] = doc
        return doc

    def open_amounts(self) -> dict[str, Money]:
        with self.store.read() as view:
            return {i.number: i.open for i in view.receivables.open_items(self.customer.id)}

    def pay(self, tender: str, amount: Money, **details: object) -> PaymentRequest:
        return PaymentRequest(self.customer.id, tender, amount, **details)  # type: ignore[arg-type]


@pytest.fixture
def shop() -> Wholesale:
    return Wholesale()


CHEQUE = {"bank": "BNA Alger", "instrument_number": "0012345", "instrument_due": date(2026, 3, 20)}


def test_a_cash_payment_settles_the_oldest_invoice_first_and_bears_the_stamp_duty(
    shop: Wholesale,
) -> None:
    done = receive_payment(shop.deps, shop.manager, shop.pay("cash", da(11900)))
    assert done.payment.number == "ALG01-RC-2026-000001"
    assert done.payment.stamp_duty == da(119)
    assert [a.invoice_id for a in done.payment.allocations] == [shop.old.id]
    assert shop.open_amounts() == {"ALG01-FA-2026-000002": da(11900)}
    entry = done.entry
    assert entry is not None and entry.is_balanced()
    assert [e.source_id for e in shop.store.replica.entries] == [done.payment.id]
    assert [c["entity"] for c in shop.store.replica.outbox] == ["customer_payment"]


def test_a_partial_payment_chosen_for_the_newer_invoice_leaves_the_older_open(
    shop: Wholesale,
) -> None:
    receive_payment(
        shop.deps,
        shop.manager,
        shop.pay("transfer", da(5000), reference="VIR 7781", allocations={shop.new.id: da(5000)}),
    )
    assert shop.open_amounts() == {
        "ALG01-FA-2026-000001": da(11900),
        "ALG01-FA-2026-000002": da(6900),
    }


def test_an_over_payment_settles_both_invoices_and_keeps_the_rest_as_credit_to_refund(
    shop: Wholesale,
) -> None:
    done = receive_payment(shop.deps, shop.manager, shop.pay("card", da(25000), reference="T-991"))
    assert done.payment.unallocated == da(1200)
    assert shop.open_amounts() == {}
    with shop.store.read() as view:
        assert credit_of(view, shop.customer.id, "DZD") == da(1200)
    refund = refund_credit(shop.deps, shop.manager, shop.customer.id, da(1200), "cash")
    assert refund.refund.number == "ALG01-RF-2026-000001"
    assert refund.entry is not None and refund.entry.is_balanced()
    with shop.store.read() as view:
        assert credit_of(view, shop.customer.id, "DZD") == da(0)
    with pytest.raises(ErpError) as err:
        refund_credit(shop.deps, shop.manager, shop.customer.id, da(1), "cash")
    assert err.value.code == "receivables.refund_exceeds_credit"


@pytest.mark.parametrize(
    ("request_of", "code"),
    [
        (lambda s: s.pay("cash", da(20000), allocations={s.old.id: da(12000)}),
         "receivables.over_allocation"),
        (lambda s: s.pay("cash", da(1000), allocations={s.old.id: da(900), s.new.id: da(900)}),
         "receivables.allocation_exceeds_payment"),
        (lambda s: s.pay("cheque", da(1000), bank="BNA"), "receivables.missing_instrument_detail"),
        (lambda s: s.pay("card", da(1000)), "receivables.missing_instrument_detail"),
        (lambda s: s.pay("cash", da(0)), "money.invalid_amount"),
    ],
)  # fmt: skip
def test_a_refused_payment_writes_nothing(shop: Wholesale, request_of: object, code: str) -> None:
    with pytest.raises(ErpError) as err:
        receive_payment(shop.deps, shop.manager, request_of(shop))  # type: ignore[operator]
    assert err.value.code == code
    assert shop.store.replica.customer_payments == {}
    assert shop.store.replica.entries == [] and shop.store.replica.outbox == []


def test_a_cancelled_invoice_cannot_be_paid(shop: Wholesale) -> None:
    gone = shop.invoice("ALG01-FA-2026-000003", START - timedelta(days=2), status="cancelled")
    with pytest.raises(ErpError) as err:
        receive_payment(
            shop.deps, shop.manager, shop.pay("cash", da(100), allocations={gone.id: da(100)})
        )
    assert err.value.code == "receivables.invoice_cancelled"
    assert shop.store.replica.customer_payments == {}


def test_a_cashier_may_not_take_payments_on_account(shop: Wholesale) -> None:
    with pytest.raises(ErpError) as err:
        receive_payment(shop.deps, shop.cashier, shop.pay("cash", da(100)))
    assert err.value.code == "auth.permission_denied"


def test_a_post_dated_cheque_is_held_then_bounces_and_its_invoices_reopen(
    shop: Wholesale,
) -> None:
    paid = receive_payment(shop.deps, shop.manager, shop.pay("cheque", da(23800), **CHEQUE))
    assert shop.open_amounts() == {}
    [held] = held_instruments(shop.deps, shop.manager)
    assert (held.state, held.instrument_number, held.due_on) == ("in_hand", "0012345", "2026-03-20")
    deposit = record_instrument_step(shop.deps, shop.manager, paid.payment.id, "deposit")
    assert deposit.entry is None and deposit.event.number == "ALG01-IE-2026-000001"
    assert held_instruments(shop.deps, shop.manager)[0].state == "deposited"
    bounced = record_instrument_step(shop.deps, shop.manager, paid.payment.id, "bounce")
    assert bounced.state == "bounced"
    assert bounced.entry is not None and bounced.entry.reversal_of == paid.entry.id  # type: ignore[union-attr]
    assert shop.open_amounts() == {
        "ALG01-FA-2026-000001": da(11900),
        "ALG01-FA-2026-000002": da(11900),
    }
    assert held_instruments(shop.deps, shop.manager) == []
    with pytest.raises(ErpError) as err:
        record_instrument_step(shop.deps, shop.manager, paid.payment.id, "clear")
    assert err.value.code == "receivables.bad_instrument_transition"
    receivable = sum(
        (ln.debit - ln.credit).amount
        for e in shop.store.replica.entries
        for ln in e.lines
        if ln.role == AccountRole.RECEIVABLE
    )
    assert receivable == 0  # paid then owed again: the invoices' own entries are not here


def test_a_cleared_traite_moves_from_cheques_to_cash_to_the_bank(shop: Wholesale) -> None:
    paid = receive_payment(shop.deps, shop.manager, shop.pay("traite", da(11900), **CHEQUE))
    cleared = record_instrument_step(shop.deps, shop.manager, paid.payment.id, "clear")
    assert cleared.entry is not None
    roles = {(ln.role, ln.side.name) for ln in cleared.entry.lines}
    assert roles == {(AccountRole.BANK, "DEBIT"), (AccountRole.CHEQUES_TO_CASH, "CREDIT")}
    with pytest.raises(ErpError) as err:
        record_instrument_step(shop.deps, shop.manager, paid.payment.id, "bounce")
    assert err.value.code == "receivables.bad_instrument_transition"


def test_a_card_payment_is_no_instrument_to_deposit(shop: Wholesale) -> None:
    paid = receive_payment(shop.deps, shop.manager, shop.pay("card", da(100), reference="T-1"))
    with pytest.raises(ErpError) as err:
        record_instrument_step(shop.deps, shop.manager, paid.payment.id, "deposit")
    assert err.value.code == "receivables.not_an_instrument"


def test_the_aged_balance_puts_each_invoice_in_its_bucket(shop: Wholesale) -> None:
    shop.invoice("ALG01-FA-2026-000003", START - timedelta(days=100))
    with shop.store.read() as view:
        [row] = view.receivables.aged_receivables(date(2026, 3, 2))
    # due 4 and 11 March: current; the one of 22 November is due 22 December, 70 days ago
    assert row.buckets == (2380000, 0, 0, 1190000, 0)
