"""The fake of the invoicing repository (app/ports/invoicing.py)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from uuid import UUID

from erp_desktop.kernel.errors import ConflictError
from erp_desktop.kernel.invoicing.global_invoice import GlobalInvoice, TicketFigures
from tests.desktop.fakes.replica import FakeReplica


class FakeInvoicing:
    def __init__(self, db: FakeReplica) -> None:
        self.db = db

    def day_tickets(self, branch_id: UUID, start: datetime, end: datetime) -> list[TicketFigures]:
        tickets = []
        invoiced = {d.ticket_id for d in self.db.business_documents.values() if d.status == "final"}
        for s in sorted(self.db.sales.values(), key=lambda s: s.number):
            if s.id in invoiced:
                continue
            if not (
                s.branch_id == branch_id
                and start <= s.issued_at < end
                and s.status == "final"
                and s.kind in ("receipt", "credit_note")
            ):
                continue
            by_rate: dict[Decimal, tuple[int, int]] = {}
            for ln in s.lines:
                base, vat = by_rate.get(ln.vat_rate, (0, 0))
                by_rate[ln.vat_rate] = (base + ln.base.to_minor(), vat + ln.vat.to_minor())
            figures = tuple((rate, base, vat) for rate, (base, vat) in by_rate.items())
            tickets.append(TicketFigures(s.number, s.kind, s.currency, figures))
        return tickets

    def global_invoice_of_day(self, branch_id: UUID, day: date) -> GlobalInvoice | None:
        found = (
            i for i in self.db.global_invoices.values() if i.branch_id == branch_id and i.day == day
        )
        return next(found, None)

    def global_invoice(self, invoice_id: UUID) -> GlobalInvoice | None:
        return self.db.global_invoices.get(invoice_id)

    def last_global_invoice(self, series: str) -> tuple[int, str] | None:
        chain = self.global_invoices_of_series(series)
        return (chain[-1].sequence, chain[-1].hash) if chain else None

    def global_invoices_of_series(self, series: str) -> list[GlobalInvoice]:
        chain = [i for i in self.db.global_invoices.values() if i.series == series]
        return sorted(chain, key=lambda i: i.sequence)

    def insert_global_invoice(self, invoice: GlobalInvoice, now: datetime) -> None:
        if invoice.id in self.db.global_invoices:
            raise ConflictError("storage.integrity", detail=f"global invoice {invoice.id}")
        self.db.global_invoices[invoice.id] = invoice
