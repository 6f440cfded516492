"""What the company owes its suppliers and how it pays them.

- Open items: each supplier invoice with what is still open on it (less its debit notes) (kernel.invoicing's
  OpenItem, so the receivables' allocation and ageing apply unchanged: oldest first, or
  as the accountant says; a blocked invoice cannot be allocated to).
- A payment (transfer, cheque, traite, cash) settles one or more invoices, in part or in
  full; a cheque needs its number, a traite its number and due date. A cash payment bears
  the stamp duty where the law puts one on cash (kernel.invoicing.payments.cash_stamp_duty:
  Algeria's timbre de quittance, Morocco's 0.25 %), borne by the company. In Tunisia the
  retenue à la source is kept back (kernel.purchasing.withholding).
- Realized exchange differences: what an allocation settles, at the payment's rate less
  at the invoice's booked rate (a loss when the currency rose).
- Aged payables (kernel.invoicing.receivables.aged_balance) and the payment schedule: what
  falls due before this week, this week, next week, and later.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from uuid import UUID

from erp_desktop.kernel.calendar import business_date
from erp_desktop.kernel.documents.business import allocations_of
from erp_desktop.kernel.documents.purchase import (
    SUPPLIER_PAYMENT,
    SUPPLIER_TENDERS,
    SupplierInvoice,
    SupplierPayment,
)
from erp_desktop.kernel.documents.supplier_return import SupplierReturn
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.ids import new_id
from erp_desktop.kernel.invoicing.payments import cash_stamp_duty
from erp_desktop.kernel.invoicing.receivables import AllocationPlan, OpenItem, allocate
from erp_desktop.kernel.money import Money
from erp_desktop.kernel.purchasing.matching import check_payable
from erp_desktop.kernel.purchasing.withholding import withholding
from erp_desktop.kernel.tax.catalog import TaxCatalog, default_catalog


def open_payables(
    country: str,
    invoices: Iterable[SupplierInvoice],
    payments: Iterable[SupplierPayment] = (),
    returns: Iterable[SupplierReturn] = (),
    *,
    include_settled: bool = False,
) -> tuple[OpenItem, ...]:
    """Each supplier invoice with what is still owed on it, by due date: less what payments
    settled and what debit notes (goods returned once invoiced) took off it."""
    taken: dict[UUID, Money] = {}
    for payment in payments:
        for a in payment.allocations:
            taken[a.invoice_id] = taken.get(a.invoice_id, Money.zero(a.amount.currency)) + a.amount
    for note in returns:
        if note.invoice_id is not None and note.status != "cancelled":
            zero = Money.zero(note.total.currency)
            taken[note.invoice_id] = taken.get(note.invoice_id, zero) + note.total
    items = []
    for inv in invoices:
        cancelled = inv.status == "cancelled"
        zero = Money.zero(inv.currency)
        left = zero if cancelled else inv.total - taken.get(inv.id, zero)
        schedule = tuple(sorted((date.fromisoformat(d.due_on), d.amount) for d in inv.schedule))
        due = schedule[0][0] if schedule else inv.issued_on(country)
        item = OpenItem(
            inv.id,
            inv.number,
            inv.issued_on(country),
            due,
            inv.currency,
            inv.rate,
            inv.total,
            left,
            cancelled,
            schedule,
        )
        if include_settled or cancelled or not left.is_zero():
            items.append(item)
    return tuple(sorted(items, key=lambda i: (i.due_on, i.issued_on, i.number)))


def _need(tender: str, detail: str, value: str) -> None:
    if not value.strip():
        raise ValidationError("payables.missing_instrument_detail", tender=tender, detail=detail)


def supplier_payment(
    *,
    number: str,
    country: str,
    branch_id: UUID,
    supplier_id: UUID,
    paid_at: datetime,
    tender: str,
    amount: Money,
    invoices: Sequence[SupplierInvoice],
    items: Sequence[OpenItem],
    explicit: Mapping[UUID, Money] | None = None,
    rate: Decimal = Decimal(1),
    reference: str = "",
    instrument_number: str = "",
    instrument_due: date | None = None,
    withholding_exempt: bool = False,
    catalog: TaxCatalog | None = None,
) -> SupplierPayment:
    """A payment of ``amount`` (what it settles, the invoices' currency) allocated over the
    open ``items`` (oldest first, or ``explicit``). A blocked invoice waits: oldest first
    passes it by, and naming it is refused; the whole of ``amount`` must be allocated."""
    if tender not in SUPPLIER_TENDERS:
        raise ValidationError("posting.unknown_tender", kind=tender)
    if not amount > Money.zero(amount.currency):
        raise ValidationError("payables.invalid_payment", payment=number, amount=str(amount))
    local = (catalog or default_catalog()).currency[country]
    if tender == "cash" and amount.currency != local:
        # the cash duty on foreign notes (Algeria) is not modelled, as for customers
        raise ValidationError(
            "payables.foreign_cash_payment", currency=amount.currency, local=local
        )
    if tender == "cheque":
        _need(tender, "number", instrument_number)
    if tender == "traite":
        _need(tender, "number", instrument_number)
        _need(tender, "due date", instrument_due.isoformat() if instrument_due else "")
    by_id = {inv.id: inv for inv in invoices}
    payable = [i for i in items if i.invoice_id in by_id and by_id[i.invoice_id].payable]
    for target in explicit or {}:
        if target in by_id:
            check_payable(by_id[target])
    plan: AllocationPlan = allocate(amount, payable, explicit, payment=number)
    if not plan.unallocated.is_zero():
        raise ValidationError(
            "payables.unallocated_payment", payment=number, unallocated=str(plan.unallocated)
        )
    on = business_date(country, paid_at)
    kept = Money.zero(amount.currency)
    for invoice_id, part, _booked in plan.parts:
        inv = by_id[invoice_id]
        kept = kept + withholding(country, on, part, inv.total, exempt=withholding_exempt)
    duty = Money.zero(amount.currency)
    if tender == "cash":
        duty = cash_stamp_duty(country, on, amount - kept, catalog)
    payment_id = new_id()
    return SupplierPayment(
        id=payment_id,
        kind=SUPPLIER_PAYMENT,
        number=number,
        branch_id=branch_id,
        supplier_id=supplier_id,
        paid_at=paid_at,
        tender=tender,
        amount=amount,
        currency=amount.currency,
        rate=rate,
        withholding=kept,
        stamp_duty=duty,
        reference=reference,
        instrument_number=instrument_number,
        instrument_due=instrument_due.isoformat() if instrument_due else "",
        allocations=allocations_of(payment_id, plan.parts),
    )


def realized_exchange_difference(payment: SupplierPayment, company_currency: str) -> Money:
    """Company currency paid less booked for what the payment settles: positive is a loss
    (the supplier's currency rose since the invoice), negative a gain."""
    if payment.currency == company_currency:
        return Money.zero(company_currency)
    total = Decimal(0)
    for a in payment.allocations:
        total += a.amount.amount * (payment.rate - a.booked_rate)
    return Money.of(total, company_currency)


@dataclass(frozen=True, slots=True)
class PaymentSchedule:
    currency: str
    week_starts: date  # the first day of this week
    overdue: Money  # fell due before this week
    this_week: Money
    next_week: Money
    later: Money

    @property
    def total(self) -> Money:
        return self.overdue + self.this_week + self.next_week + self.later


# The first day of the working week: Sunday in Algeria (its weekend is Friday and Saturday),
# Monday in Morocco and Tunisia.
WEEK_STARTS = {"DZ": 6, "MA": 0, "TN": 0}


def payment_schedule(
    items: Iterable[OpenItem], as_of: date, currency: str, country: str
) -> PaymentSchedule:
    """What is open in ``currency`` by when it falls due, each instalment by its own date."""
    first = WEEK_STARTS.get(country, 0)
    start = as_of - timedelta(days=(as_of.weekday() - first) % 7)
    next_start, after = start + timedelta(days=7), start + timedelta(days=14)
    zero = Money.zero(currency)
    sums = [zero, zero, zero, zero]
    for item in items:
        if item.currency != currency or item.open.is_zero():
            continue
        for due_on, amount in item.open_by_due_date():
            slot = 0 if due_on < start else 1 if due_on < next_start else 2 if due_on < after else 3
            sums[slot] = sums[slot] + amount
    return PaymentSchedule(currency, start, sums[0], sums[1], sums[2], sums[3])
