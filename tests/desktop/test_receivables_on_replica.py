"""Payments on account over a real replica: the migration's tables, a payment allocated
oldest first and posted from its queued payload, a bounced cheque reopening its invoices in
the aged balance, a refund of credit, the statement, every refusal leaving nothing written.

Law: Algeria's stamp duty on cash payments (Code du timbre art. 100-I, LF 2025 rates in the
kernel's tax data, tests/kernel/test_stamp_duty.py): 1 % of 11,900 DA in cash is 119 DA."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import inspect, text

from erp_desktop.app.receivables.instruments import held_instruments, record_instrument_step
from erp_desktop.app.receivables.payments import PaymentRequest, receive_payment
from erp_desktop.app.receivables.refunds import refund_credit
from erp_desktop.kernel.errors import ErpError
from erp_desktop.kernel.ledger.accounts import AccountRole
from erp_desktop.kernel.money import Money
from erp_desktop.storage.tables import metadata
from tests.builders import Branch
from tests.desktop.receivables_helpers import service_invoice, wholesale_customer

CHEQUE = {"bank": "CPA Oran", "instrument_number": "7700451", "instrument_due": date(2026, 4, 10)}


def da(value: int) -> Money:
    return Money.of(Decimal(value), "DZD")


def count(branch: Branch, table: str) -> int:
    with branch.replica.read() as conn:
        return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def test_the_migration_makes_the_tables_the_declarations_describe(branch: Branch) -> None:
    with branch.replica.read() as conn:
        found = inspect(conn)
        for name in ("customer_payments", "payment_allocations", "instrument_events"):
            columns = {c["name"] for c in found.get_columns(name)}
            assert columns == {c.name for c in metadata.tables[name].columns}


def test_a_cash_payment_goes_to_the_oldest_invoice_and_posts_what_the_server_will(
    branch: Branch,
) -> None:
    customer = wholesale_customer(branch)
    old = service_invoice(branch, customer, "10000", days_ago=40)
    new = service_invoice(branch, customer, "10000", days_ago=10)
    done = receive_payment(
        branch.deps, branch.actor("manager"), PaymentRequest(customer, "cash", da(15000))
    )
    assert done.payment.stamp_duty == da(150)
    assert [(a.invoice_id, a.amount) for a in done.payment.allocations] == [
        (old.id, da(11900)),
        (new.id, da(3100)),
    ]
    with branch.deps.store.read() as view:
        stored = view.receivables.payment(done.payment.id)
        open_ = {i.number: i.open for i in view.receivables.open_items(customer)}
        entries = [e for e in view.ledger.entries(None, None) if e.source_id == done.payment.id]
    assert stored == done.payment
    assert open_ == {new.number: da(8800)}
    assert [e.id for e in entries] == [done.entry.id]  # type: ignore[union-attr]
    with branch.replica.read() as conn:
        queued = conn.execute(
            text("SELECT entity FROM outbox WHERE entity_id = :id"), {"id": done.payment.id.hex}
        ).scalar_one()
    assert queued == "customer_payment"


def test_a_bounced_cheque_reopens_both_invoices_in_the_aged_balance(branch: Branch) -> None:
    manager = branch.actor("manager")
    customer = wholesale_customer(branch)
    service_invoice(branch, customer, "10000", days_ago=75)  # due 45 days ago
    service_invoice(branch, customer, "10000", days_ago=10)  # not yet due
    today = branch.deps.business_date("DZ")
    paid = receive_payment(
        branch.deps,
        manager,
        PaymentRequest(customer, "cheque", da(23800), **CHEQUE),  # type: ignore[arg-type]
    )
    with branch.deps.store.read() as view:
        assert view.receivables.aged_receivables(today) == []
    [held] = held_instruments(branch.deps, manager)
    assert (held.bank, held.state) == ("CPA Oran", "in_hand")
    record_instrument_step(branch.deps, manager, paid.payment.id, "deposit")
    bounced = record_instrument_step(branch.deps, manager, paid.payment.id, "bounce")
    assert bounced.entry is not None and bounced.entry.is_balanced()
    with branch.deps.store.read() as view:
        [row] = view.receivables.aged_receivables(today)
    assert row.buckets == (1190000, 0, 1190000, 0, 0)
    assert held_instruments(branch.deps, manager) == []
    with pytest.raises(ErpError) as err:
        record_instrument_step(branch.deps, manager, paid.payment.id, "clear")
    assert err.value.code == "receivables.bad_instrument_transition"


def test_an_over_payment_by_transfer_is_credit_refunded_once(branch: Branch) -> None:
    manager = branch.actor("manager")
    customer = wholesale_customer(branch)
    service_invoice(branch, customer, "10000", days_ago=5)
    paid = receive_payment(
        branch.deps,
        manager,
        PaymentRequest(customer, "transfer", da(12000), reference="VIR-2026-118"),
    )
    assert paid.payment.unallocated == da(100) and paid.payment.stamp_duty == da(0)
    refund = refund_credit(branch.deps, manager, customer, da(100), "cash")
    assert refund.refund.number.startswith("ALG01-RF-")
    with pytest.raises(ErpError) as err:
        refund_credit(branch.deps, manager, customer, da(1), "cash")
    assert err.value.code == "receivables.refund_exceeds_credit"
    with branch.deps.store.read() as view:
        lines = [
            ln
            for e in view.ledger.entries(None, None)
            for ln in e.lines
            if ln.role is AccountRole.RECEIVABLE and ln.partner_id == customer
        ]
    owed = sum((ln.debit - ln.credit).to_minor() for ln in lines)
    assert owed == 0  # invoiced 11,900, paid 12,000, refunded 100


def test_over_allocating_or_paying_a_cancelled_invoice_writes_nothing(branch: Branch) -> None:
    from erp_desktop.app.business.cancellation import cancel_document

    manager = branch.actor("manager")
    customer = wholesale_customer(branch)
    invoice = service_invoice(branch, customer, "10000", days_ago=5)
    before = (count(branch, "customer_payments"), count(branch, "journal_entries"))
    with pytest.raises(ErpError) as err:
        receive_payment(
            branch.deps,
            manager,
            PaymentRequest(customer, "cash", da(20000), allocations={invoice.id: da(12000)}),
        )
    assert err.value.code == "receivables.over_allocation"
    cancel_document(branch.deps, manager, invoice.id)
    with pytest.raises(ErpError) as err:
        receive_payment(
            branch.deps,
            manager,
            PaymentRequest(customer, "cash", da(100), allocations={invoice.id: da(100)}),
        )
    assert err.value.code == "receivables.invoice_cancelled"
    assert count(branch, "customer_payments") == before[0]
    assert count(branch, "payment_allocations") == 0


def test_a_payment_once_written_cannot_be_edited_nor_deleted(branch: Branch) -> None:
    customer = wholesale_customer(branch)
    service_invoice(branch, customer, "1000")
    receive_payment(branch.deps, branch.actor("manager"), PaymentRequest(customer, "cash", da(500)))
    for sql in (
        "UPDATE customer_payments SET amount_minor = 1",
        "DELETE FROM payment_allocations",
    ):
        with pytest.raises(Exception, match="storage"), branch.replica.transaction(None) as conn:
            conn.execute(text(sql))


def test_credit_left_by_an_over_payment_settles_the_next_invoice_and_posts_nothing(
    branch: Branch,
) -> None:
    from erp_desktop.app.receivables.credit_application import apply_credit

    manager = branch.actor("manager")
    customer = wholesale_customer(branch)
    service_invoice(branch, customer, "10000", days_ago=20)
    receive_payment(
        branch.deps, manager, PaymentRequest(customer, "transfer", da(15000), reference="V7")
    )  # 3,100 left on the account
    later = service_invoice(branch, customer, "5000")
    entries = count(branch, "journal_entries")
    applied = apply_credit(branch.deps, manager, customer)
    assert applied.application.number.startswith("ALG01-AC-")
    assert [(a.invoice_id, a.amount) for a in applied.application.allocations] == [
        (later.id, da(3100))
    ]
    assert count(branch, "journal_entries") == entries
    with branch.deps.store.read() as view:
        assert {i.number: i.open for i in view.receivables.open_items(customer)} == {
            later.number: da(2850)
        }
        [row] = view.receivables.aged_receivables(branch.deps.business_date("DZ"))
        balance = view.receivables.statement_opening(customer, branch.clock.now() + timedelta(1))
    assert row.buckets == (285000, 0, 0, 0, 0)
    assert balance == {"DZD": 285000}  # the statement's balance agrees
    with pytest.raises(ErpError) as err:
        apply_credit(branch.deps, manager, customer)
    assert err.value.code == "receivables.nothing_to_apply"
    with pytest.raises(ErpError) as err:
        refund_credit(branch.deps, manager, customer, da(1), "cash")
    assert err.value.code == "receivables.refund_exceeds_credit"
