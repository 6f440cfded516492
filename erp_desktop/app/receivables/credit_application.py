"""Applying a customer's unallocated credit (an over-payment, a payment made before its
invoice) to their open invoices, the oldest first or as chosen.

The credit was booked when the money came (the receivable credited in full), so the
application moves no money and posts nothing: it only says which invoices the credit
settles, so their open amounts, the aged balance and the reminders follow. It is numbered in
the branch's ``AC`` series and travels like a payment (``customer_payment``, kind
``credit_application``). Only credit in the company's currency, for now
(``receivables.foreign_credit_application``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from uuid import UUID

from erp_desktop.app.bridge import chart_of
from erp_desktop.app.changes import Changes
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.documents.finalize import InTransaction, finalize
from erp_desktop.app.events import Event
from erp_desktop.app.receivables.payments import RECEIVABLES_CHANGES
from erp_desktop.app.receivables.refunds import credit_of
from erp_desktop.kernel.documents.business import CustomerPayment
from erp_desktop.kernel.invoicing.payments import credit_application
from erp_desktop.kernel.invoicing.receivables import allocate, check_payment
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.permissions import Permission


@dataclass(frozen=True, slots=True)
class CreditApplied:
    application: CustomerPayment
    changes: Changes = field(default=RECEIVABLES_CHANGES)


def apply_credit(
    deps: Deps,
    actor: Actor,
    customer_id: UUID,
    allocations: Mapping[UUID, Money] | None = None,
) -> CreditApplied:
    """Settles open invoices with the customer's credit in the company's currency."""
    actor.require(Permission.SALES_INVOICE)
    with deps.store.transaction(actor.user_id) as tx:
        company = tx.org.company()
        tx.customers.customer(customer_id)
        credit = credit_of(tx, customer_id, company.currency)
        items = tx.receivables.open_items(customer_id)
        if allocations is None:
            same = [i for i in items if i.currency == credit.currency and not i.cancelled]
            plan = allocate(credit, same) if credit.amount > 0 else allocate(credit, [])
        else:
            plan = allocate(
                sum(allocations.values(), Money.zero(credit.currency)), items, allocations
            )
        now = deps.now()
        application = credit_application(
            number="",
            country=company.country,
            branch_id=actor.branch_id,
            customer_id=customer_id,
            applied_at=now,
            plan=plan,
            credit=credit,
            catalog=deps.taxes,
        )
        check_payment(application, items)
        application, _ = finalize(
            InTransaction(deps, tx, actor.user_id, now), application, chart_of(tx)
        )
    deps.bus.publish(
        Event(
            "receivables.credit_applied",
            {"payment_id": str(application.id), "customer_id": str(customer_id)},
        )
    )
    return CreditApplied(application)
