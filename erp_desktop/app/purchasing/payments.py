"""Paying suppliers at head office (issue 14), and what is owed to them.

A payment (transfer, cheque with its number, traite with its number and due date, or cash
bearing the stamp duty the law puts on cash) settles open invoices oldest first or as
named, in part or in full (kernel.purchasing.payables over the receivables' allocation); a
blocked invoice waits, and naming it is refused (``payables.invoice_blocked``). Where the
law asks, part of it is withheld for the State (Tunisia's retenue à la source,
kernel.purchasing.withholding: Code de l'IRPP et de l'IS art. 52, dated data citing the
finance laws). The realized exchange difference of a foreign-currency invoice is posted.

Aged payables (the receivables' buckets) and the payment schedule (overdue, this week,
next week, later; the week as each country counts it) are read from the same open items.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from uuid import UUID

from erp_desktop.app.bridge import chart_of
from erp_desktop.app.changes import Changed, Done
from erp_desktop.app.context import Actor
from erp_desktop.app.deps import Deps
from erp_desktop.app.documents.finalize import InTransaction, finalize
from erp_desktop.app.ports import ReadView
from erp_desktop.kernel.documents.purchase import SUPPLIER_PAYMENT, SupplierPayment
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.invoicing.receivables import AgedBalance, OpenItem, aged_balance
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.ownership import write_refusal
from erp_desktop.kernel.permissions import Permission
from erp_desktop.kernel.purchasing.accounts import purchasing_chart
from erp_desktop.kernel.purchasing.payables import (
    PaymentSchedule,
    open_payables,
    payment_schedule,
    supplier_payment,
)

PAYMENT_CHANGES = frozenset({Changed.PURCHASING, Changed.JOURNAL, Changed.OUTBOX})


@dataclass(frozen=True, slots=True)
class PaymentEntry:
    supplier_id: UUID
    tender: str  # transfer, cheque, traite, cash
    amount: Decimal  # what it settles, in the invoices' currency
    currency: str | None = None  # None: the supplier's
    explicit: Mapping[UUID, Decimal] | None = None  # invoice -> amount; None: oldest first
    rate: Decimal | None = None  # None: the replica's rate of the day
    reference: str = ""
    instrument_number: str = ""  # a cheque's or a traite's number
    instrument_due: date | None = None  # a traite's due date
    withholding_exempt: bool = False  # the supplier's certificate of exemption


def _open_items(tx: ReadView, country: str, supplier_id: UUID | None) -> tuple[OpenItem, ...]:
    invoices = tx.purchasing.supplier_invoices(supplier_id, 5000)
    payments = tx.purchasing.supplier_payments(supplier_id, 5000)
    returns = tx.purchasing.supplier_returns(supplier_id, 5000)
    return open_payables(country, invoices, payments, returns)


def pay_supplier(deps: Deps, actor: Actor, entry: PaymentEntry) -> Done[SupplierPayment]:
    actor.require(Permission.PAYABLES_PAY)
    with deps.store.transaction(actor.user_id) as tx:
        site = tx.org.local_branch()
        refusal = write_refusal(SUPPLIER_PAYMENT, site.kind)
        if refusal is not None:
            raise refusal
        company = tx.org.company()
        now = deps.now()
        today = deps.business_date(company.country, now)
        supplier = tx.suppliers.supplier(entry.supplier_id)
        currency = entry.currency or supplier.currency
        rate = entry.rate or Decimal(1)
        if currency != company.currency and entry.rate is None:
            found = tx.catalog.exchange_rate(currency, company.currency, today)
            if found is None:
                raise ValidationError(
                    "money.missing_rate",
                    source=currency,
                    target=company.currency,
                    on=today.isoformat(),
                )
            rate = found
        invoices = tx.purchasing.supplier_invoices(supplier.id, 5000)
        items = open_payables(
            company.country,
            invoices,
            tx.purchasing.supplier_payments(supplier.id, 5000),
            tx.purchasing.supplier_returns(supplier.id, 5000),
        )
        payment = supplier_payment(
            number="",
            country=company.country,
            branch_id=site.id,
            supplier_id=supplier.id,
            paid_at=now,
            tender=entry.tender,
            amount=Money.of(entry.amount, currency),
            invoices=invoices,
            items=[i for i in items if i.currency == currency],
            explicit=(
                {k: Money.of(v, currency) for k, v in entry.explicit.items()}
                if entry.explicit
                else None
            ),
            rate=rate,
            reference=entry.reference,
            instrument_number=entry.instrument_number,
            instrument_due=entry.instrument_due,
            withholding_exempt=entry.withholding_exempt,
            catalog=deps.taxes,
        )
        chart = purchasing_chart(chart_of(tx))
        paid, _entry = finalize(InTransaction(deps, tx, actor.user_id, now), payment, chart)
    return Done(paid, PAYMENT_CHANGES)


@dataclass(frozen=True, slots=True)
class SupplierBalance:
    supplier_id: UUID
    code: str
    name: str
    name_ar: str
    aged: AgedBalance
    schedule: PaymentSchedule


def aged_payables(deps: Deps, actor: Actor, as_of: date | None = None) -> list[SupplierBalance]:
    """What is owed to each supplier, aged, with its schedule, in each supplier's currency."""
    actor.require(Permission.PURCHASING_VIEW)
    with deps.store.read() as tx:
        country = tx.org.company().country
        day = as_of or deps.business_date(country)
        items = _open_items(tx, country, None)
        by_invoice = {
            inv.id: inv.supplier_id for inv in tx.purchasing.supplier_invoices(None, 5000)
        }
        balances = []
        for supplier_id in sorted({by_invoice[i.invoice_id] for i in items}, key=str):
            supplier = tx.suppliers.supplier(supplier_id)
            mine = [i for i in items if by_invoice[i.invoice_id] == supplier_id]
            aged = aged_balance(mine, day, supplier.currency)
            if aged.total.is_zero():
                continue
            balances.append(
                SupplierBalance(
                    supplier.id,
                    supplier.code,
                    supplier.name,
                    supplier.name_ar,
                    aged,
                    payment_schedule(mine, day, supplier.currency, country),
                )
            )
        return sorted(balances, key=lambda b: b.code)


def open_invoices_of(deps: Deps, actor: Actor, supplier_id: UUID) -> list[OpenItem]:
    """The supplier's invoices still owed, by due date (what a payment may settle)."""
    actor.require(Permission.PURCHASING_VIEW)
    with deps.store.read() as tx:
        return list(_open_items(tx, tx.org.company().country, supplier_id))
