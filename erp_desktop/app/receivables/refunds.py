"""Paying back a customer's unallocated credit (an over-payment, a payment left on account).

The credit is what the customer's payments left unallocated (a bounced one leaves none) less
what was already refunded; a refund above it is refused with
``receivables.refund_exceeds_credit``. Cash, a transfer or a cheque the shop draws; numbered
in the branch's ``RF`` series, posted (receivable debited, cash or bank credited) and queued
by the one finalize step.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from uuid import UUID

from erp_desktop.app.bridge import chart_of
from erp_desktop.app.changes import Changes
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.documents.finalize import InTransaction, finalize
from erp_desktop.app.events import Event
from erp_desktop.app.ports import ReadView
from erp_desktop.app.receivables.payments import RECEIVABLES_CHANGES, rate_of
from erp_desktop.kernel.documents.business import CustomerPayment
from erp_desktop.kernel.invoicing.payments import available_credit, customer_refund
from erp_desktop.kernel.ledger.journal import JournalEntry
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.permissions import Permission


@dataclass(frozen=True, slots=True)
class CreditRefunded:
    refund: CustomerPayment
    entry: JournalEntry | None
    changes: Changes = field(default=RECEIVABLES_CHANGES)


def credit_of(view: ReadView, customer_id: UUID, currency: str) -> Money:
    """The customer's unallocated credit in ``currency``: what their payments left
    unallocated, less refunds and applications, and what returns of tickets on account they
    had paid gave back (``kernel.sales.on_account_returns.RETURNED_CREDIT``)."""
    payments = [
        p for p in view.receivables.payments_of_customer(customer_id) if p.currency == currency
    ]
    found = available_credit(payments, view.receivables.bounced_payments(customer_id))
    # a till return of a ticket on account already paid credits the account too
    returned = Money.from_minor(view.receivables.returned_credit(customer_id, currency), currency)
    return (found if found is not None else Money.zero(currency)) + returned


def refund_credit(
    deps: Deps,
    actor: Actor,
    customer_id: UUID,
    amount: Money,
    tender: str,
    reference: str = "",
    rate: Decimal | None = None,
) -> CreditRefunded:
    actor.require(Permission.SALES_INVOICE)
    with deps.store.transaction(actor.user_id) as tx:
        company = tx.org.company()
        tx.customers.customer(customer_id)
        now = deps.now()
        refund = customer_refund(
            number="",
            country=company.country,
            branch_id=actor.branch_id,
            customer_id=customer_id,
            paid_at=now,
            tender=tender,
            amount=amount,
            credit=credit_of(tx, customer_id, amount.currency),
            rate=rate_of(deps, tx, amount.currency, rate),
            reference=reference,
            catalog=deps.taxes,
        )
        refund, entry = finalize(InTransaction(deps, tx, actor.user_id, now), refund, chart_of(tx))
    deps.bus.publish(
        Event(
            "receivables.credit_refunded",
            {"payment_id": str(refund.id), "customer_id": str(customer_id)},
        )
    )
    return CreditRefunded(refund, entry)
