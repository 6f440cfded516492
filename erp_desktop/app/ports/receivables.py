"""Customers' payments, refunds and the fate of their cheques and traites; what is open on
each invoice, and the aged balance (issue 13)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Protocol
from uuid import UUID

from erp_desktop.app.records import AgedRow, HeldInstrument, OverdueItem, StatementRow
from erp_desktop.kernel.documents.business import CustomerPayment, InstrumentEvent
from erp_desktop.kernel.invoicing.receivables import OpenItem


class ReceivablesReads(Protocol):
    def payment(self, payment_id: UUID) -> CustomerPayment | None: ...
    def payments_of_customer(self, customer_id: UUID) -> list[CustomerPayment]: ...
    def instrument_events_of(self, payment_id: UUID) -> list[InstrumentEvent]: ...
    def bounced_payments(self, customer_id: UUID) -> list[UUID]: ...
    def held_instruments(self) -> list[HeldInstrument]: ...
    def next_receivables_number(self, prefix: str, branch_code: str, year: int) -> str: ...
    def open_items(self, customer_id: UUID, *, include_settled: bool = False) -> list[OpenItem]:
        """The customer's invoices with what is open on each (cancelled ones included, with
        nothing open), oldest first; invoices of till tickets are paid, never open."""
        ...

    def foreign_open_items(self, as_of: date, company_currency: str) -> list[tuple[UUID, OpenItem]]:
        """(customer, item) of each invoice in a foreign currency open at the end of ``as_of``."""
        ...

    def returned_on_account(self, ticket_id: UUID) -> list[tuple[str, int]]:
        """(due date or ``credit``, minor units) the returns of a ticket on account credited
        back to the customer's account so far."""
        ...

    def returned_credit(self, customer_id: UUID, currency: str) -> int:
        """What returns of tickets already paid left as the customer's credit (minor units)."""
        ...

    def allocated_to(self, invoice_id: UUID) -> int:
        """What payments (not bounced) settled of the invoice, in its minor units."""
        ...

    def aged_receivables(self, as_of: date) -> list[AgedRow]:
        """What each customer owes by currency and age bucket as of the end of ``as_of``."""
        ...

    def overdue_items(self, as_of: date, min_days: int = 1) -> list[OverdueItem]:
        """Each invoice with a part at least ``min_days`` past due as of ``as_of``, by
        customer then by how late it is."""
        ...

    def statement(self, customer_id: UUID, start: datetime, end: datetime) -> list[StatementRow]:
        """The customer's invoices, credit notes, payments, refunds and bounces in
        [start, end), in order (the opening balance is the sum of what came before)."""
        ...

    def statement_opening(self, customer_id: UUID, start: datetime) -> dict[str, int]:
        """The customer's balance by currency before ``start`` (minor units)."""
        ...


class ReceivablesRepository(ReceivablesReads, Protocol):
    def insert_payment(self, payment: CustomerPayment, now: datetime) -> None: ...
    def insert_instrument_event(self, event: InstrumentEvent, now: datetime) -> None: ...
