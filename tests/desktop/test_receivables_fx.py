"""A foreign customer's invoice in euros: paid later at another rate it posts the realized
exchange difference; still open at a period's end it is revalued at the closing rate and the
revaluation is reversed the next day.

Rule: SCF (Algeria) §§ 137.1-137.3 as quoted by the kernel (kernel/fx.py): monetary items in
foreign currency are restated at the closing rate, differences to income. Figures: 100 EUR +
19 % VAT = 119 EUR booked at 148.50 DZD = 17,671.50 DZD; the rate on file is 150.25."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from erp_desktop.app.receivables.payments import PaymentRequest, receive_payment
from erp_desktop.app.receivables.revaluation import revalue_receivables
from erp_desktop.kernel.errors import ErpError
from erp_desktop.kernel.ledger.accounts import AccountRole
from erp_desktop.kernel.money import Money
from tests.builders import Branch
from tests.desktop.receivables_helpers import service_invoice, wholesale_customer


def eur(value: str) -> Money:
    return Money.of(Decimal(value), "EUR")


def receivable_of(branch: Branch, customer: object) -> Decimal:
    with branch.deps.store.read() as view:
        return sum(
            (
                (ln.debit - ln.credit).amount
                for e in view.ledger.entries(None, None)
                for ln in e.lines
                if ln.role is AccountRole.RECEIVABLE and ln.partner_id == customer
            ),
            Decimal(0),
        )


def test_a_euro_invoice_paid_at_another_rate_posts_the_realized_gain(branch: Branch) -> None:
    customer = wholesale_customer(branch, "Export Sarl Lyon", currency="EUR")
    invoice = service_invoice(
        branch, customer, "100", days_ago=20, currency="EUR", rate=Decimal("148.50")
    )
    assert invoice.total == eur("119")
    assert receivable_of(branch, customer) == Decimal("17671.50")
    paid = receive_payment(
        branch.deps,
        branch.actor("manager"),
        PaymentRequest(customer, "transfer", eur("119"), reference="SWIFT 889"),
    )
    assert paid.payment.rate == Decimal("150.25")
    entry = paid.entry
    assert entry is not None and entry.is_balanced()
    gains = [ln for ln in entry.lines if ln.role is AccountRole.EXCHANGE_GAIN]
    assert [g.amount for g in gains] == [Money.of(Decimal("208.25"), "DZD")]
    assert receivable_of(branch, customer) == 0


def test_foreign_cash_on_account_is_refused(branch: Branch) -> None:
    customer = wholesale_customer(branch, "Export Sarl Lyon", currency="EUR")
    service_invoice(branch, customer, "100", currency="EUR", rate=Decimal("148.50"))
    with pytest.raises(ErpError) as err:
        receive_payment(
            branch.deps, branch.actor("manager"), PaymentRequest(customer, "cash", eur("119"))
        )
    assert err.value.code == "receivables.foreign_cash_on_account"


def test_an_open_euro_invoice_is_revalued_at_period_end_and_reversed_the_next_day(
    branch: Branch,
) -> None:
    customer = wholesale_customer(branch, "Export Sarl Lyon", currency="EUR")
    service_invoice(branch, customer, "100", days_ago=20, currency="EUR", rate=Decimal("148.50"))
    end = date(2026, 2, 28)
    done = revalue_receivables(branch.deps, branch.actor("accountant"), end)
    revaluation, reversal = done.entries
    assert (revaluation.on, reversal.on) == (end, date(2026, 3, 1))
    assert reversal.reversal_of == revaluation.id
    gain = [ln.amount for ln in revaluation.lines if ln.role is AccountRole.EXCHANGE_GAIN]
    assert gain == [Money.of(Decimal("208.25"), "DZD")]
    assert receivable_of(branch, customer) == Decimal("17671.50")  # back after the reversal
    with pytest.raises(ErpError) as err:
        revalue_receivables(branch.deps, branch.actor("accountant"), end)
    assert err.value.code == "receivables.already_revalued"
    with pytest.raises(ErpError) as err:
        revalue_receivables(branch.deps, branch.actor("cashier"), end)
    assert err.value.code == "auth.permission_denied"
