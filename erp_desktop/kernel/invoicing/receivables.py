"""Open items, allocating payments to them, and the aged balance.

An invoice's open amount is its total less its credit notes and the payments allocated to
it; a payment whose cheque or traite bounced allocates nothing (the invoice reopens). A
payment goes to the oldest open invoices first (by due date, then date and number) unless
the user names the invoices; what is left stays on the account as unallocated credit. An
allocation never exceeds the invoice's open amount (``receivables.over_allocation``), the
allocations never exceed the payment (``receivables.allocation_exceeds_payment``), and a
cancelled invoice cannot be paid (``receivables.invoice_cancelled``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from uuid import UUID

from erp_desktop.kernel.documents.business import (
    CUSTOMER_CREDIT_NOTE,
    CUSTOMER_INVOICE,
    BusinessDocument,
    CustomerPayment,
)
from erp_desktop.kernel.errors import ValidationError
from erp_desktop.kernel.money import Money


@dataclass(frozen=True, slots=True)
class OpenItem:
    invoice_id: UUID
    number: str
    issued_on: date
    due_on: date
    currency: str
    rate: Decimal  # booked rate (company currency per unit)
    total: Money
    open: Money
    cancelled: bool = False
    # (due date, amount) of each instalment; empty: the whole total falls due on ``due_on``
    schedule: tuple[tuple[date, Money], ...] = ()

    def open_by_due_date(self) -> tuple[tuple[date, Money], ...]:
        """What is open, by the date it fell or falls due: what was paid or credited settles
        the earliest instalments first, so the open part is the latest ones'."""
        if len(self.schedule) < 2 or self.open.is_negative():
            return ((self.due_on, self.open),)
        settled = self.total - self.open
        out = []
        for due, amount in sorted(self.schedule):
            taken = min(settled, amount)
            settled = settled - taken
            if not (amount - taken).is_zero():
                out.append((due, amount - taken))
        return tuple(out)


def _due_on(invoice: BusinessDocument, country: str) -> date:
    if invoice.schedule:
        return min(date.fromisoformat(d.due_on) for d in invoice.schedule)
    return invoice.issued_on(country)


def open_items(
    country: str,
    invoices: Iterable[BusinessDocument],
    credit_notes: Iterable[BusinessDocument] = (),
    payments: Iterable[CustomerPayment] = (),
    bounced: Iterable[UUID] = (),
    *,
    include_settled: bool = False,
) -> tuple[OpenItem, ...]:
    """Each invoice with what is still open on it, oldest first (cancelled ones have none)."""
    gone = set(bounced)
    taken: dict[UUID, Money] = {}
    for note in credit_notes:
        if note.kind == CUSTOMER_CREDIT_NOTE and note.status != "cancelled" and note.related_id:
            prior = taken.get(note.related_id, Money.zero(note.currency))
            taken[note.related_id] = prior + note.total
    for payment in payments:
        if payment.id in gone:
            continue
        for a in payment.allocations:
            taken[a.invoice_id] = taken.get(a.invoice_id, Money.zero(a.amount.currency)) + a.amount
    items = []
    for inv in invoices:
        if inv.kind != CUSTOMER_INVOICE:
            continue
        cancelled = inv.status == "cancelled"
        left = (
            Money.zero(inv.currency)
            if cancelled
            else inv.total - taken.get(inv.id, Money.zero(inv.currency))
        )
        item = OpenItem(
            inv.id,
            inv.number,
            inv.issued_on(country),
            _due_on(inv, country),
            inv.currency,
            inv.rate,
            inv.total,
            left,
            cancelled,
            tuple(sorted((date.fromisoformat(d.due_on), d.amount) for d in inv.schedule)),
        )
        if include_settled or cancelled or not left.is_zero():
            items.append(item)
    return tuple(sorted(items, key=_age))


def _age(item: OpenItem) -> tuple[date, date, str]:
    return (item.due_on, item.issued_on, item.number)


@dataclass(frozen=True, slots=True)
class AllocationPlan:
    parts: tuple[tuple[UUID, Money, Decimal], ...]  # (invoice id, amount, booked rate)
    unallocated: Money


def allocate(
    amount: Money,
    items: Sequence[OpenItem],
    explicit: Mapping[UUID, Money] | None = None,
    *,
    payment: str = "",
) -> AllocationPlan:
    """Share ``amount`` out over the open ``items``: oldest first, or as ``explicit`` says."""
    zero = Money.zero(amount.currency)
    by_id = {i.invoice_id: i for i in items}
    parts: list[tuple[UUID, Money, Decimal]] = []
    if explicit is not None:
        total = sum(explicit.values(), zero)
        if total > amount:
            raise ValidationError(
                "receivables.allocation_exceeds_payment",
                payment=payment,
                allocated=str(total),
                amount=str(amount),
            )
        for invoice_id, part in explicit.items():
            item = by_id.get(invoice_id)
            if item is None:
                raise ValidationError(
                    "receivables.over_allocation",
                    invoice=str(invoice_id),
                    amount=str(part),
                    open=str(zero),
                )
            _check_part(item, part, amount.currency)
            if not part.is_zero():
                parts.append((invoice_id, part, item.rate))
        return AllocationPlan(tuple(parts), amount - total)
    left = amount
    for item in sorted(items, key=_age):
        if left.is_zero():
            break
        if item.cancelled:
            continue
        _check_currency(item, amount.currency)
        if not item.open > zero:
            continue
        part = min(left, item.open)
        parts.append((item.invoice_id, part, item.rate))
        left = left - part
    return AllocationPlan(tuple(parts), left)


def _check_currency(item: OpenItem, currency: str) -> None:
    if item.currency != currency:
        raise ValidationError(
            "receivables.mixed_currencies",
            document=item.number,
            currency=item.currency,
            expected=currency,
        )


def _check_part(item: OpenItem, part: Money, currency: str) -> None:
    if item.cancelled:
        raise ValidationError("receivables.invoice_cancelled", invoice=item.number)
    _check_currency(item, currency)
    if part.is_negative() or part > item.open:
        raise ValidationError(
            "receivables.over_allocation",
            invoice=item.number,
            amount=str(part),
            open=str(item.open),
        )


def check_payment(payment: CustomerPayment, items: Sequence[OpenItem]) -> None:
    """Refuses a payment whose allocations pass the payment or an invoice's open amount,
    or touch a cancelled invoice (``items``: the open items before this payment)."""
    if payment.allocated > payment.amount:
        raise ValidationError(
            "receivables.allocation_exceeds_payment",
            payment=payment.number,
            allocated=str(payment.allocated),
            amount=str(payment.amount),
        )
    by_id = {i.invoice_id: i for i in items}
    asked: dict[UUID, Money] = defaultdict(lambda: Money.zero(payment.currency))
    for a in payment.allocations:
        asked[a.invoice_id] = asked[a.invoice_id] + a.amount
    for invoice_id, part in asked.items():
        item = by_id.get(invoice_id)
        if item is None:
            raise ValidationError(
                "receivables.over_allocation",
                invoice=str(invoice_id),
                amount=str(part),
                open="0",
            )
        _check_part(item, part, payment.currency)


BUCKETS = ("current", "1-30", "31-60", "61-90", "over_90")


def bucket_of(days_overdue: int) -> str:
    if days_overdue <= 0:
        return "current"
    if days_overdue <= 30:
        return "1-30"
    if days_overdue <= 60:
        return "31-60"
    if days_overdue <= 90:
        return "61-90"
    return "over_90"


@dataclass(frozen=True, slots=True)
class AgedBalance:
    currency: str
    as_of: date
    buckets: tuple[tuple[str, Money], ...]  # in BUCKETS order

    @property
    def total(self) -> Money:
        return sum((m for _, m in self.buckets), Money.zero(self.currency))

    def __getitem__(self, bucket: str) -> Money:
        return dict(self.buckets)[bucket]


def aged_balance(items: Iterable[OpenItem], as_of: date, currency: str) -> AgedBalance:
    """The open amounts in ``currency`` by days past their due date as of ``as_of``: not yet
    due (current), 1-30, 31-60, 61-90 and over 90 days overdue; an invoice in instalments
    ages each open instalment by its own date. Invoices issued after ``as_of`` are left out."""
    sums = {b: Money.zero(currency) for b in BUCKETS}
    for item in items:
        if item.currency != currency or item.issued_on > as_of or item.open.is_zero():
            continue
        for due_on, amount in item.open_by_due_date():
            bucket = bucket_of((as_of - due_on).days)
            sums[bucket] = sums[bucket] + amount
    return AgedBalance(currency, as_of, tuple((b, sums[b]) for b in BUCKETS))
