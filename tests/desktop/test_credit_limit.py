"""A customer's credit limit on sales orders and invoices on account: it warns, or blocks
unless a manager overrides with their PIN; payments and bounces move the exposure; a paid
invoice can no longer be cancelled."""

from __future__ import annotations

from decimal import Decimal

import pytest

from erp_desktop.app.business.cancellation import cancel_document
from erp_desktop.app.business.documents import DocumentRequest, LineRequest, issue_document
from erp_desktop.app.receivables.credit import credit_override_by_pin, credit_standing
from erp_desktop.app.receivables.payments import PaymentRequest, receive_payment
from erp_desktop.kernel.errors import ErpError
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.partners.customers import CreditDecision
from tests.builders import Branch
from tests.desktop.receivables_helpers import service_invoice, wholesale_customer

MANAGER_PIN, CASHIER_PIN = "3222", "2111"


def da(value: int) -> Money:
    return Money.of(Decimal(value), "DZD")


def order(branch: Branch, customer: object, price: str, **more: object) -> DocumentRequest:
    line = LineRequest(
        Decimal(1), unit_price=Decimal(price), description="Traiteur", vat_rate=Decimal(19)
    )
    return DocumentRequest("customer_invoice", customer, (line,), **more)  # type: ignore[arg-type]


def test_a_blocking_limit_refuses_the_invoice_until_a_manager_types_their_pin(
    branch: Branch,
) -> None:
    customer = wholesale_customer(branch, limit="20000", blocks=True)
    service_invoice(branch, customer, "10000")  # 11,900 owed
    manager = branch.actor("manager")
    standing = credit_standing(branch.deps, manager, customer, da(11900))
    assert (standing.decision, standing.exposure) == (CreditDecision.BLOCK, da(23800))
    with pytest.raises(ErpError) as err:
        issue_document(branch.deps, manager, order(branch, customer, "10000"))
    assert err.value.code == "receivables.credit_limit_blocked"
    with pytest.raises(ErpError) as err:
        credit_override_by_pin(branch.deps, CASHIER_PIN, branch.register_id)
    assert err.value.code == "auth.permission_denied"
    approver = credit_override_by_pin(branch.deps, MANAGER_PIN, branch.register_id)
    made, _ = issue_document(
        branch.deps, manager, order(branch, customer, "10000", approver=approver)
    )
    assert made.total == da(11900)


def test_a_payment_makes_room_under_the_limit_and_a_bounce_takes_it_back(branch: Branch) -> None:
    customer = wholesale_customer(branch, limit="20000", blocks=True)
    service_invoice(branch, customer, "10000")
    manager = branch.actor("manager")
    paid = receive_payment(
        branch.deps,
        manager,
        PaymentRequest(
            customer, "cheque", da(11900), bank="BNA", instrument_number="9",
            instrument_due=branch.deps.business_date("DZ"),
        ),
    )  # fmt: skip
    assert credit_standing(branch.deps, manager, customer, da(11900)).decision is CreditDecision.OK
    from erp_desktop.app.receivables.instruments import record_instrument_step

    record_instrument_step(branch.deps, manager, paid.payment.id, "bounce")
    assert (
        credit_standing(branch.deps, manager, customer, da(11900)).decision is CreditDecision.BLOCK
    )


def test_a_limit_that_only_warns_lets_the_sale_through(branch: Branch) -> None:
    customer = wholesale_customer(branch, limit="5000")
    manager = branch.actor("manager")
    assert (
        credit_standing(branch.deps, manager, customer, da(11900)).decision is CreditDecision.WARN
    )
    made, _ = issue_document(branch.deps, manager, order(branch, customer, "10000"))
    assert made.total == da(11900)


def test_a_paid_invoice_cannot_be_cancelled(branch: Branch) -> None:
    customer = wholesale_customer(branch)
    invoice = service_invoice(branch, customer, "10000")
    manager = branch.actor("manager")
    receive_payment(branch.deps, manager, PaymentRequest(customer, "cash", da(1000)))
    with pytest.raises(ErpError) as err:
        cancel_document(branch.deps, manager, invoice.id)
    assert err.value.code == "receivables.invoice_paid"
