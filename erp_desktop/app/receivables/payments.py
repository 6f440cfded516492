"""Receiving a customer's payment on account, in one local transaction.

Any tender: cash (Algeria's and Morocco's stamp duty on the cash part, from the tax data,
paid on top), card (its terminal reference), cheque and traite (bank, number, due date; held
until they clear or bounce, app.receivables.instruments), transfer (its reference). The
amount goes to the customer's oldest open invoices in its currency first, or to the invoices
the user names; what is left stays on the account as credit (refunded by
app.receivables.refunds). Over-allocation, allocating beyond the payment, paying a cancelled
invoice and mixing currencies are refused with their codes before anything is written; the
payment is then numbered, inserted, posted and queued by the one finalize step.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from uuid import UUID

from erp_desktop.app.bridge import chart_of
from erp_desktop.app.changes import Changed, Changes
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.documents.finalize import InTransaction, finalize
from erp_desktop.app.events import Event
from erp_desktop.app.ports import UnitOfWork
from erp_desktop.kernel.documents.business import CustomerPayment
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.invoicing.payments import customer_payment
from erp_desktop.kernel.invoicing.receivables import allocate, check_payment
from erp_desktop.kernel.ledger.journal import JournalEntry
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.permissions import Permission

RECEIVABLES_CHANGES: Changes = frozenset({Changed.CUSTOMERS, Changed.JOURNAL, Changed.OUTBOX})


@dataclass(frozen=True, slots=True)
class PaymentRequest:
    customer_id: UUID
    tender: str  # cash, card, cheque, traite, transfer
    amount: Money  # in the currency of the invoices it settles
    # invoice id -> amount; None: the oldest open invoices first
    allocations: Mapping[UUID, Money] | None = None
    rate: Decimal | None = None  # a foreign payment's rate; None: the day's rate on file
    reference: str = ""  # card terminal or transfer reference
    bank: str = ""
    instrument_number: str = ""
    instrument_due: date | None = None


@dataclass(frozen=True, slots=True)
class PaymentReceived:
    payment: CustomerPayment
    entry: JournalEntry | None
    changes: Changes = field(default=RECEIVABLES_CHANGES)


def rate_of(deps: Deps, tx: UnitOfWork, currency: str, given: Decimal | None) -> Decimal:
    """The rate of an amount in ``currency`` today: the one given, else the one on file."""
    company = tx.org.company()
    if currency == company.currency:
        return Decimal(1)
    if given is not None:
        if given <= 0:
            raise ValidationError("common.invalid_value", field="rate", value=str(given))
        return given
    today = deps.business_date(company.country, deps.now())
    found = tx.catalog.exchange_rate(currency, company.currency, today)
    if found is None:
        raise ValidationError(
            "money.missing_rate", source=currency, target=company.currency, on=today.isoformat()
        )
    return found


def receive_payment(deps: Deps, actor: Actor, request: PaymentRequest) -> PaymentReceived:
    """Records, posts and queues the payment; returns it with its entry."""
    actor.require(Permission.SALES_INVOICE)
    with deps.store.transaction(actor.user_id) as tx:
        company = tx.org.company()
        tx.customers.customer(request.customer_id)  # an unknown customer: common.not_found
        now = deps.now()
        items = tx.receivables.open_items(request.customer_id)
        currency = request.amount.currency
        if request.allocations is None:
            same = [i for i in items if i.currency == currency and not i.cancelled]
            plan = allocate(request.amount, same)
        else:
            plan = allocate(request.amount, items, request.allocations)
        payment = customer_payment(
            number="",
            country=company.country,
            branch_id=actor.branch_id,
            customer_id=request.customer_id,
            received_at=now,
            tender=request.tender,
            amount=request.amount,
            plan=plan,
            rate=rate_of(deps, tx, currency, request.rate),
            reference=request.reference,
            bank=request.bank,
            instrument_number=request.instrument_number,
            instrument_due=request.instrument_due,
            catalog=deps.taxes,
        )
        check_payment(payment, items)
        steps = InTransaction(deps, tx, actor.user_id, now)
        payment, entry = finalize(steps, payment, chart_of(tx))
    deps.bus.publish(
        Event(
            "receivables.payment_received",
            {
                "payment_id": str(payment.id),
                "customer_id": str(payment.customer_id),
                "number": payment.number,
            },
        )
    )
    return PaymentReceived(payment, entry)
