"""Global invoices of the day's tickets (Tunisia), and the ticket figures they sum.

A row is the invoice's payload (``kernel.invoicing.global_invoice.payload_of``) with typed
columns; reading turns it back into that payload and the kernel rebuilds the invoice, so the
fields are named in one place only.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from sqlalchemy import func, select

from erp_desktop.kernel.invoicing.global_invoice import (
    GlobalInvoice,
    TicketFigures,
    from_payload,
    payload_of,
)
from erp_desktop.storage.repositories.base import RepositoryBase, stamped
from erp_desktop.storage.tables.business import business_documents
from erp_desktop.storage.tables.invoicing import FIELDS, SCHEMA, global_invoices
from erp_desktop.storage.tables.sales import sales_documents, sales_lines

_TICKET_KINDS = ("receipt", "credit_note")


def _to_row(payload: dict[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for name in ("id", *FIELDS):
        value, kind = payload[name], SCHEMA[name]
        if kind == "uuid":
            value = UUID(value)
        elif kind == "datetime":
            value = datetime.fromisoformat(value)
        row[name] = value
    return row


def _to_payload(row: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {}
    for name in ("id", *FIELDS):
        value, kind = row[name], SCHEMA[name]
        if kind == "uuid":
            value = str(value)
        elif kind == "datetime":
            value = value.isoformat()
        payload[name] = value
    return payload


class InvoicingRepository(RepositoryBase):
    def day_tickets(self, branch_id: UUID, start: datetime, end: datetime) -> list[TicketFigures]:
        """The branch's finalized tickets and till returns issued in [start, end), with their
        base and VAT per rate."""
        rows = self.conn.execute(
            select(
                sales_documents.c.number,
                sales_documents.c.kind,
                sales_documents.c.currency,
                sales_lines.c.vat_rate,
                func.sum(sales_lines.c.base_minor),
                func.sum(sales_lines.c.vat_minor),
            )
            .join(sales_lines, sales_lines.c.document_id == sales_documents.c.id)
            .where(
                sales_documents.c.branch_id == branch_id,
                sales_documents.c.issued_at >= start,
                sales_documents.c.issued_at < end,
                sales_documents.c.status == "final",
                sales_documents.c.kind.in_(_TICKET_KINDS),
                # a ticket its business customer had invoiced is invoiced already (issue 13)
                sales_documents.c.id.notin_(
                    select(business_documents.c.ticket_id).where(
                        business_documents.c.ticket_id.is_not(None),
                        business_documents.c.status == "final",
                    )
                ),
            )
            .group_by(
                sales_documents.c.number,
                sales_documents.c.kind,
                sales_documents.c.currency,
                sales_lines.c.vat_rate,
            )
            .order_by(sales_documents.c.number)
        ).all()
        found: dict[str, tuple[str, str, list[tuple[Decimal, int, int]]]] = {}
        for number, kind, currency, rate, base, vat in rows:
            found.setdefault(number, (kind, currency, []))[2].append(
                (Decimal(rate), int(base), int(vat))
            )
        return [
            TicketFigures(number, kind, currency, tuple(lines))
            for number, (kind, currency, lines) in found.items()
        ]

    def global_invoice_of_day(self, branch_id: UUID, day: date) -> GlobalInvoice | None:
        row = (
            self.conn.execute(
                select(global_invoices).where(
                    global_invoices.c.branch_id == branch_id,
                    global_invoices.c.business_date == day.isoformat(),
                )
            )
            .mappings()
            .first()
        )
        return from_payload(_to_payload(row)) if row else None

    def global_invoice(self, invoice_id: UUID) -> GlobalInvoice | None:
        row = (
            self.conn.execute(select(global_invoices).where(global_invoices.c.id == invoice_id))
            .mappings()
            .first()
        )
        return from_payload(_to_payload(row)) if row else None

    def last_global_invoice(self, series: str) -> tuple[int, str] | None:
        """(sequence, hash) of the last invoice of ``series``, None before the first."""
        row = self.conn.execute(
            select(global_invoices.c.sequence, global_invoices.c.hash)
            .where(global_invoices.c.series == series)
            .order_by(global_invoices.c.sequence.desc())
            .limit(1)
        ).first()
        return (int(row[0]), str(row[1])) if row else None

    def global_invoices_of_series(self, series: str) -> list[GlobalInvoice]:
        rows = (
            self.conn.execute(
                select(global_invoices)
                .where(global_invoices.c.series == series)
                .order_by(global_invoices.c.sequence)
            )
            .mappings()
            .all()
        )
        return [from_payload(_to_payload(r)) for r in rows]

    def insert_global_invoice(self, invoice: GlobalInvoice, now: datetime) -> None:
        self.conn.execute(
            global_invoices.insert(),
            stamped(
                now,
                **_to_row(payload_of(invoice)),
                series=invoice.series,
                sequence=invoice.sequence,
            ),
        )
