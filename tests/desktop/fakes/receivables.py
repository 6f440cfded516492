"""The fake of the receivables repository (app/ports/receivables.py): open items and the
aged balance come from the kernel's own rules over the fake's invoices and payments."""

from __future__ import annotations

from datetime import UTC, date, datetime
from uuid import UUID

from erp_desktop.app.records import AgedRow, HeldInstrument, OverdueItem, StatementRow
from erp_desktop.kernel.documents.business import (
    CUSTOMER_CREDIT_NOTE,
    CUSTOMER_INVOICE,
    CustomerPayment,
    InstrumentEvent,
)
from erp_desktop.kernel.documents.business_posting import (
    INSTRUMENT_BOUNCED,
    INSTRUMENT_CLEARED,
    INSTRUMENT_DEPOSITED,
)
from erp_desktop.kernel.errors import ConflictError
from erp_desktop.kernel.invoicing.payments import CUSTOMER_REFUND
from erp_desktop.kernel.invoicing.receivables import BUCKETS, OpenItem, aged_balance, open_items
from tests.desktop.fakes.replica import FakeReplica


class FakeReceivables:
    def __init__(self, db: FakeReplica) -> None:
        self.db = db

    def payment(self, payment_id: UUID) -> CustomerPayment | None:
        return self.db.customer_payments.get(payment_id)

    def payments_of_customer(self, customer_id: UUID) -> list[CustomerPayment]:
        found = [p for p in self.db.customer_payments.values() if p.customer_id == customer_id]
        return sorted(found, key=lambda p: (p.received_at, p.number))

    def instrument_events_of(self, payment_id: UUID) -> list[InstrumentEvent]:
        found = [e for e in self.db.instrument_events if e.payment_id == payment_id]
        return sorted(found, key=lambda e: (e.happened_at, e.number))

    def bounced_payments(self, customer_id: UUID) -> list[UUID]:
        mine = {p.id for p in self.payments_of_customer(customer_id)}
        return [
            e.payment_id
            for e in self.db.instrument_events
            if e.kind == INSTRUMENT_BOUNCED and e.payment_id in mine
        ]

    def held_instruments(self) -> list[HeldInstrument]:
        held = []
        for p in self.db.customer_payments.values():
            if p.tender not in ("cheque", "traite") or p.kind == CUSTOMER_REFUND:
                continue
            kinds = {e.kind for e in self.instrument_events_of(p.id)}
            if kinds & {INSTRUMENT_CLEARED, INSTRUMENT_BOUNCED}:
                continue
            customer = self.db.customers[p.customer_id].name
            state = "deposited" if INSTRUMENT_DEPOSITED in kinds else "in_hand"
            held.append(
                HeldInstrument(
                    p.id,
                    p.number,
                    p.customer_id,
                    customer,
                    p.tender,
                    p.bank,
                    p.instrument_number,
                    p.instrument_due,
                    p.amount.to_minor(),
                    p.currency,
                    state,
                )
            )
        return sorted(held, key=lambda h: (h.due_on, h.number))

    def next_receivables_number(self, prefix: str, branch_code: str, year: int) -> str:
        start = f"{branch_code}-{prefix}-{year}-"
        numbers = [p.number for p in self.db.customer_payments.values()] + [
            e.number for e in self.db.instrument_events
        ]
        count = sum(1 for n in numbers if n.startswith(start))
        return f"{start}{count + 1:06d}"

    def _items(self, customer_id: UUID | None, include_settled: bool) -> list[OpenItem]:
        docs = [
            d
            for d in self.db.business_documents.values()
            if customer_id is None or d.customer_id == customer_id
        ]
        invoices = [d for d in docs if d.kind == CUSTOMER_INVOICE and d.ticket_id is None]
        notes = [d for d in docs if d.kind == CUSTOMER_CREDIT_NOTE]
        payments = [
            p
            for p in self.db.customer_payments.values()
            if customer_id is None or p.customer_id == customer_id
        ]
        bounced = [e.payment_id for e in self.db.instrument_events if e.kind == INSTRUMENT_BOUNCED]
        country = self.db.company.country
        return list(
            open_items(country, invoices, notes, payments, bounced, include_settled=include_settled)
        )

    def open_items(self, customer_id: UUID, *, include_settled: bool = False) -> list[OpenItem]:
        return self._items(customer_id, include_settled)

    def foreign_open_items(self, as_of: date, company_currency: str) -> list[tuple[UUID, OpenItem]]:
        out = []
        for customer_id in self.db.customers:
            for item in self._items(customer_id, False):
                if item.currency != company_currency and item.issued_on <= as_of:
                    out.append((customer_id, item))
        return out

    def returned_on_account(self, ticket_id: UUID) -> list[tuple[str, int]]:
        out: dict[str, int] = {}
        for c in self.db.sales.values():
            if c.kind == "credit_note" and c.original_id == ticket_id:
                for p in c.payments:
                    if p.tender == "on_account":
                        out[p.reference] = out.get(p.reference, 0) + p.amount.to_minor()
        return list(out.items())

    def returned_credit(self, customer_id: UUID, currency: str) -> int:
        return sum(
            p.amount.to_minor()
            for c in self.db.sales.values()
            if c.kind == "credit_note" and c.customer_id == customer_id
            for p in c.payments
            if p.tender == "on_account" and p.reference == "credit" and p.currency == currency
        )

    def allocated_to(self, invoice_id: UUID) -> int:
        bounced = set(self.bounced_all())
        return sum(
            a.amount.to_minor()
            for p in self.db.customer_payments.values()
            if p.id not in bounced
            for a in p.allocations
            if a.invoice_id == invoice_id
        )

    def bounced_all(self) -> list[UUID]:
        return [e.payment_id for e in self.db.instrument_events if e.kind == INSTRUMENT_BOUNCED]

    def aged_receivables(self, as_of: date) -> list[AgedRow]:
        rows = []
        for customer_id, customer in self.db.customers.items():
            items = self._items(customer_id, False)
            for currency in sorted({i.currency for i in items}):
                aged = aged_balance(items, as_of, currency)
                minors = tuple(aged[b].to_minor() for b in BUCKETS)
                if any(minors):
                    rows.append(
                        AgedRow(customer_id, customer.name, currency, minors, customer.name_ar)  # type: ignore[arg-type]
                    )
        return sorted(rows, key=lambda r: (r.customer, r.currency))

    def overdue_items(self, as_of: date, min_days: int = 1) -> list[OverdueItem]:
        out = []
        for customer_id, customer in self.db.customers.items():
            for item in self._items(customer_id, False):
                if item.issued_on > as_of or item.open.is_negative() or item.open.is_zero():
                    continue
                late = [(d, m) for d, m in item.open_by_due_date() if (as_of - d).days >= min_days]
                if late:
                    first = min(d for d, _ in late)
                    minor = sum(m.to_minor() for _, m in late)
                    out.append(
                        OverdueItem(
                            customer_id,
                            customer.name,
                            item.invoice_id,
                            item.number,
                            first.isoformat(),
                            (as_of - first).days,
                            minor,
                            item.currency,
                            customer.name_ar,
                        )
                    )
        return sorted(out, key=lambda o: (o.customer, -o.days_overdue, o.number))

    def statement(self, customer_id: UUID, start: datetime, end: datetime) -> list[StatementRow]:
        out = []
        for d in self.db.business_documents.values():
            if d.customer_id != customer_id or not start <= d.issued_at < end:
                continue
            if d.status != "final" or d.ticket_id is not None:
                continue
            if d.kind == CUSTOMER_INVOICE:
                due = min((ln.due_on for ln in d.schedule), default="")
                out.append(
                    StatementRow(
                        d.issued_at, d.kind, d.number, d.currency, d.total.to_minor(), 0, due
                    )
                )
            elif d.kind == CUSTOMER_CREDIT_NOTE:
                out.append(
                    StatementRow(d.issued_at, d.kind, d.number, d.currency, 0, d.total.to_minor())
                )
        for p in self.payments_of_customer(customer_id):
            if start <= p.received_at < end and p.kind != "credit_application":
                minor = p.amount.to_minor()
                refund = p.kind == CUSTOMER_REFUND
                out.append(
                    StatementRow(
                        p.received_at,
                        p.kind,
                        p.number,
                        p.currency,
                        minor if refund else 0,
                        0 if refund else minor,
                    )
                )
            for e in self.instrument_events_of(p.id):
                if e.kind == INSTRUMENT_BOUNCED and start <= e.happened_at < end:
                    out.append(
                        StatementRow(
                            e.happened_at, e.kind, e.number, p.currency, p.amount.to_minor(), 0
                        )
                    )
        return sorted(out, key=lambda r: (r.at, r.number))

    def statement_opening(self, customer_id: UUID, start: datetime) -> dict[str, int]:
        balance: dict[str, int] = {}
        for row in self.statement(customer_id, datetime(2000, 1, 1, tzinfo=UTC), start):
            balance[row.currency] = (
                balance.get(row.currency, 0) + row.debit_minor - row.credit_minor
            )
        return balance

    def insert_payment(self, payment: CustomerPayment, now: datetime) -> None:
        if payment.id in self.db.customer_payments:
            raise ConflictError("storage.integrity", detail=f"payment {payment.id}")
        self.db.customer_payments[payment.id] = payment

    def insert_instrument_event(self, event: InstrumentEvent, now: datetime) -> None:
        self.db.instrument_events.append(event)
