"""The daily global invoice of tickets (Tunisia)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Protocol
from uuid import UUID

from erp_desktop.kernel.invoicing.global_invoice import GlobalInvoice, TicketFigures


class InvoicingReads(Protocol):
    def day_tickets(
        self, branch_id: UUID, start: datetime, end: datetime
    ) -> list[TicketFigures]: ...
    def global_invoice_of_day(self, branch_id: UUID, day: date) -> GlobalInvoice | None: ...
    def global_invoice(self, invoice_id: UUID) -> GlobalInvoice | None: ...
    def last_global_invoice(self, series: str) -> tuple[int, str] | None: ...
    def global_invoices_of_series(self, series: str) -> list[GlobalInvoice]: ...


class InvoicingRepository(InvoicingReads, Protocol):
    def insert_global_invoice(self, invoice: GlobalInvoice, now: datetime) -> None: ...
